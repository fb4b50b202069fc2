/**
 * A git repository in a temporary folder, written commit by commit, for the `strat diff` tests
 * and docs/ci.md's workflow test. Authors and dates are fixed and no user or system git
 * configuration is read, so every run makes the same commits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const GIT_ENV: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Strat Tests',
    GIT_AUTHOR_EMAIL: 'tests@strat.invalid',
    GIT_COMMITTER_NAME: 'Strat Tests',
    GIT_COMMITTER_EMAIL: 'tests@strat.invalid',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1'
};

export class ScriptedRepo {
    private commits = 0;

    private constructor(readonly root: string) {}

    /** `git init` in a new temporary folder, on branch `main`. */
    static create(prefix = 'strat-git-'): ScriptedRepo {
        const repo = new ScriptedRepo(mkdtempSync(path.join(tmpdir(), prefix)));
        repo.git('init', '--quiet', '--initial-branch=main');
        return repo;
    }

    git(...args: string[]): string {
        const date = `2026-07-01T09:${String(this.commits).padStart(2, '0')}:00Z`;
        return execFileSync('git', args, { cwd: this.root, env: { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' }).trim();
    }

    /** Writes files (relative paths with `/`); `null` deletes one. */
    write(files: Record<string, string | null>): this {
        for (const [name, text] of Object.entries(files)) {
            const file = path.join(this.root, ...name.split('/'));
            if (text === null) {
                rmSync(file);
            } else {
                mkdirSync(path.dirname(file), { recursive: true });
                writeFileSync(file, text);
            }
        }
        return this;
    }

    move(from: string, to: string): this {
        const target = path.join(this.root, ...to.split('/'));
        mkdirSync(path.dirname(target), { recursive: true });
        renameSync(path.join(this.root, ...from.split('/')), target);
        return this;
    }

    /** Commits everything and returns the commit's id. */
    commit(message: string): string {
        this.git('add', '--all');
        this.git('commit', '--quiet', '--allow-empty', '-m', message);
        this.commits++;
        return this.git('rev-parse', 'HEAD');
    }

    /** Deletes the repository's folder. */
    remove(): void {
        rmSync(this.root, { recursive: true, force: true });
    }

    path(...parts: string[]): string {
        return path.join(this.root, ...parts);
    }
}
