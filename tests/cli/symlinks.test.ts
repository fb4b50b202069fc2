/**
 * Symbolic links inside a workspace folder, for `strat check` and the language server's folder
 * scan alike: links to files and to folders are followed, a loop of links ends, a broken link is
 * skipped, and a file reached by several paths counts once (under the first path in path order),
 * so it never clashes with itself (`duplicate-name`).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stratFilesIn } from '../../packages/language/src/node/strat-files.js';
import { runCli } from '../support/run-cli.js';
import { startStdioClient } from '../lsp/stdio-client.js';

let root: string;
let workspace: string;

beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'strat-links-'));
    workspace = path.join(root, 'ws');
    const outside = path.join(root, 'outside');
    mkdirSync(path.join(workspace, 'real'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(workspace, 'real', 'strategy.strat'), 'ambition A "Grow" { horizon 2030 }\nstrategy S "Sell" { realizes A }\n');
    // The January actual is current on the reference date (no kpi-stale, whatever today is).
    writeFileSync(path.join(workspace, 'strat.json'), '{ "asOf": "2026-01-20" }\n');
    writeFileSync(path.join(outside, 'kpi.strat'), 'kpi K "Sales" { monitors S target >= 10 alert 5 every month actual 2026-01 12 }\n');
    symlinkSync(path.join('real', 'strategy.strat'), path.join(workspace, 'linked-file.strat'));     // the same file again
    symlinkSync('real', path.join(workspace, 'linked-folder'), 'dir');                                // the same folder again
    symlinkSync('.', path.join(workspace, 'loop'), 'dir');                                            // a loop
    symlinkSync(path.join(outside, 'kpi.strat'), path.join(workspace, 'kpi.strat'));                 // a file from elsewhere
    symlinkSync(path.join(workspace, 'nowhere.strat'), path.join(workspace, 'broken.strat'));         // a broken link
});

afterAll(() => {
    rmSync(root, { recursive: true, force: true });
});

describe('symbolic links in a workspace folder', () => {
    it('are followed, each file found once under its first path', async () => {
        const files = await stratFilesIn(workspace);
        expect(files.map(file => path.relative(workspace, file.path))).toEqual(['kpi.strat', 'linked-file.strat']);
        expect(files.map(file => path.relative(root, file.realPath))).toEqual([path.join('outside', 'kpi.strat'), path.join('ws', 'real', 'strategy.strat')]);
    });

    it('strat check reads each file once: no duplicate names, the linked KPI monitors the strategy', async () => {
        const { status, stdout, stderr } = await runCli(['check', workspace, path.join(workspace, 'real', 'strategy.strat'), '--format', 'json']);
        expect(stderr).toBe('');
        const report = JSON.parse(stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string }> }> };
        expect(report.files.map(file => path.relative(workspace, file.path))).toEqual(['kpi.strat', 'linked-file.strat']);
        expect(report.files.flatMap(file => file.diagnostics.map(d => d.code))).toEqual([]);
        expect(status).toBe(0);
    });

    it('the language server\'s folder scan finds the same files', async () => {
        const client = await startStdioClient({ folders: [pathToFileURL(workspace).toString()] });
        try {
            await client.waitFor(() => client.published.length >= 2 ? true : undefined, 'diagnostics for both files');
            const result = await client.connection.sendRequest('strat/scorecard', { scope: 'workspace' }) as { scorecard: { strategies: Array<{ name: string }>; kpis: Array<{ name: string; strategies: string[] }>; diagnostics: { items: unknown[] } } };
            expect(result.scorecard.strategies.map(s => s.name)).toEqual(['S']);
            expect(result.scorecard.kpis).toEqual([expect.objectContaining({ name: 'K', strategies: ['S'] })]);
            expect(result.scorecard.diagnostics.items).toEqual([]);
            expect(new Set(client.published.map(p => path.relative(workspace, new URL(p.uri).pathname)))).toEqual(new Set(['kpi.strat', 'linked-file.strat']));
        } finally {
            await client.stop();
        }
    }, 30_000);
});
