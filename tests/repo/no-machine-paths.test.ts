/**
 * The repository stands on its own: no file names a folder of the machine it was written on,
 * and nothing depends on files outside it (but the optional ../shared conformance cases).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

/** Folders of the machines Strat is developed on, as they would appear in a path. */
const MACHINE_PATH = /(?:^|[\s'"`(=:])\/(?:work|root)\/[\w.-]/;

export function machinePathsIn(text: string): string[] {
    return text.split(/\r?\n/).filter(line => MACHINE_PATH.test(line));
}

describe('no machine paths', () => {
    it('recognises a machine path and leaves other paths alone', () => {
        // built from parts, so this file does not name such a path itself
        const shared = ['', 'work', 'shared', 'E2E.md'].join('/');
        const bin = ['', 'root', 'bin'].join('/');
        expect(machinePathsIn(`see ${shared}\nconst uri = "file:///home/ana/bank.strat";\nPATH=${bin}`)).toEqual([`see ${shared}`, `PATH=${bin}`]);
    });

    it('no tracked file names a folder of the machine it was written on', () => {
        const files = execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n')
            .filter(file => file && !file.endsWith('package-lock.json') && !/\.(png|ico|vsix)$/.test(file));
        const found: string[] = [];
        for (const file of files) {
            let text: string;
            try { text = readFileSync(path.join(REPO_ROOT, file), 'utf8'); } catch { continue; }
            machinePathsIn(text).forEach(line => found.push(`${file}: ${line.trim()}`));
        }
        expect(found).toEqual([]);
    });
});
