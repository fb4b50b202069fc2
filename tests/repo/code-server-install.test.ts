/**
 * Installing code-server for the real-editor tests (scripts/code-server.mjs), with a stand-in
 * installer in a temporary folder: two processes asking at once install it once; an install that
 * was interrupted is removed and done again; a lock left by a process that is gone is taken over;
 * an install past its budget fails with a message saying what to do.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureCodeServer } from '../../scripts/code-server.mjs';

let folder: string;

afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A stand-in for `npm install code-server`: writes code-server's entry after `delayMs`, counting its runs. */
function fakeInstaller(delayMs: number, runs: { count: number; sawLeftovers?: boolean }) {
    return async (installDir: string) => {
        runs.count++;
        runs.sawLeftovers = existsSync(join(installDir, 'node_modules', 'left-over'));
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        const out = join(installDir, 'node_modules', 'code-server', 'out', 'node');
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'entry.js'), '');
    };
}

const quiet = () => undefined;

describe('installing code-server for the real-editor tests', () => {
    it('installs once when several ask at the same time, and not again afterwards', async () => {
        folder = mkdtempSync(join(tmpdir(), 'strat-cs-'));
        const installDir = join(folder, 'code-server');
        const runs = { count: 0 };
        const install = fakeInstaller(300, runs);
        const entries = await Promise.all([1, 2, 3].map(() => ensureCodeServer({ installDir, install, log: quiet, timeoutMs: 30_000 })));
        expect(new Set(entries).size).toBe(1);
        expect(existsSync(entries[0])).toBe(true);
        expect(runs.count).toBe(1);
        await ensureCodeServer({ installDir, install, log: quiet });
        expect(runs.count).toBe(1);
        expect(existsSync(`${installDir}.lock`), 'the lock is released').toBe(false);
    });

    it('removes an install that did not finish, and installs again', async () => {
        folder = mkdtempSync(join(tmpdir(), 'strat-cs-'));
        const installDir = join(folder, 'code-server');
        mkdirSync(join(installDir, 'node_modules', 'left-over'), { recursive: true });
        const runs: { count: number; sawLeftovers?: boolean } = { count: 0 };
        const lines: string[] = [];
        await ensureCodeServer({ installDir, install: fakeInstaller(10, runs), log: (line) => lines.push(line) });
        expect(runs).toEqual({ count: 1, sawLeftovers: false });
        expect(lines.join('\n')).toMatch(/unfinished .* removing it and installing again/);
    });

    it('takes over a lock whose process is gone', async () => {
        folder = mkdtempSync(join(tmpdir(), 'strat-cs-'));
        const installDir = join(folder, 'code-server');
        mkdirSync(`${installDir}.lock`, { recursive: true });
        writeFileSync(join(`${installDir}.lock`, 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 12345, since: '2026-01-01' }));
        const runs = { count: 0 };
        await ensureCodeServer({ installDir, install: fakeInstaller(10, runs), log: quiet, timeoutMs: 10_000 });
        expect(runs.count).toBe(1);
    });

    it('waits for a living lock holder only as long as its budget, then says who holds it', async () => {
        folder = mkdtempSync(join(tmpdir(), 'strat-cs-'));
        const installDir = join(folder, 'code-server');
        mkdirSync(`${installDir}.lock`, { recursive: true });
        writeFileSync(join(`${installDir}.lock`, 'owner.json'), JSON.stringify({ pid: process.pid, since: '2026-01-01' }));
        await expect(ensureCodeServer({ installDir, install: fakeInstaller(10, { count: 0 }), log: quiet, timeoutMs: 1_500 }))
            .rejects.toThrow(new RegExp(`Timed out waiting for another process \\(pid ${process.pid}\\).*remove .*\\.lock`));
    });

    it('fails with the installer\'s clear message, releasing the lock', async () => {
        folder = mkdtempSync(join(tmpdir(), 'strat-cs-'));
        const installDir = join(folder, 'code-server');
        const failing = async () => { throw new Error('Installing code-server took longer than its budget of 1 s and was stopped'); };
        await expect(ensureCodeServer({ installDir, install: failing, log: quiet })).rejects.toThrow(/longer than its budget/);
        expect(existsSync(`${installDir}.lock`)).toBe(false);
        expect(existsSync(join(installDir, 'installed.json')), 'no marker: the next run installs again').toBe(false);
    });
});
