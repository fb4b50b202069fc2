/**
 * What an open buffer means for the workspace (docs/decisions.md#editor): while open it is part of
 * the workspace, saved or not, untitled or not; closing it goes back to the file on disk (a file
 * of the workspace folder) or takes it out of the workspace (an untitled buffer, a file from
 * elsewhere, a file deleted meanwhile); a file deleted on disk stays while its buffer is open;
 * and the server answers under the URI exactly as the client spelled it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startStdioClient, type StdioClient } from './stdio-client.js';

const STRATEGY = 'ambition A "Grow" { horizon 2030 }\nstrategy S "Sell more" { realizes A }\n';
const KPI = 'kpi K "Sales" { monitors S target >= 10 alert 5 every month actual 2026-01 12 }\n';

let client: StdioClient | undefined;
let folder: string | undefined;

afterEach(async () => {
    await client?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
    client = undefined;
    folder = undefined;
});

/** A workspace folder with strategy.strat (ambition A, strategy S) and kpi.strat (K monitors S), the server started on it. */
async function workspace(): Promise<{ client: StdioClient; strategy: string; kpi: string; strategyFile: string }> {
    folder = mkdtempSync(path.join(tmpdir(), 'strat-buffers-'));
    const strategyFile = path.join(folder, 'strategy.strat');
    writeFileSync(strategyFile, STRATEGY);
    writeFileSync(path.join(folder, 'kpi.strat'), KPI);
    // The January actual is current on the reference date (no kpi-stale, whatever today is).
    writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-01-20" }\n');
    client = await startStdioClient({ folders: [pathToFileURL(folder).toString()] });
    const strategy = pathToFileURL(strategyFile).toString();
    const kpi = pathToFileURL(path.join(folder, 'kpi.strat')).toString();
    await client.diagnosticsFor(kpi);
    return { client, strategy, kpi, strategyFile };
}

const codes = (published: PublishDiagnosticsParams) => published.diagnostics.map(d => d.code);

async function scorecardNames(c: StdioClient): Promise<{ ambitions: string[]; strategies: string[] }> {
    const result = await c.connection.sendRequest('strat/scorecard', { scope: 'workspace' }) as { scorecard: { ambitions: Array<{ name: string }>; strategies: Array<{ name: string }> } };
    return { ambitions: result.scorecard.ambitions.map(a => a.name), strategies: result.scorecard.strategies.map(s => s.name) };
}

/** Waits for the latest diagnostics of `uri` after publication number `after` to satisfy `test`. */
function settles(c: StdioClient, uri: string, after: number, test: (published: PublishDiagnosticsParams) => boolean, what: string): Promise<PublishDiagnosticsParams> {
    return c.waitFor(() => {
        const latest = c.published.slice(after).filter(p => p.uri === uri).at(-1);
        return latest && test(latest) ? latest : undefined;
    }, what);
}

describe('open buffers and the workspace', () => {
    it('closing an edited buffer without saving goes back to the file on disk', async () => {
        const { client: c, strategy, kpi } = await workspace();
        await c.open(strategy, STRATEGY, 1);
        let mark = c.published.length;
        await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: strategy, version: 2 }, contentChanges: [{ text: STRATEGY.replace('strategy S', 'strategy T') }] });
        await settles(c, kpi, mark, p => codes(p).includes('unresolved'), 'kpi.strat to lose S');
        expect((await scorecardNames(c)).strategies).toEqual(['T']);
        mark = c.published.length;
        await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: strategy } });
        const back = await settles(c, kpi, mark, p => !codes(p).includes('unresolved'), 'kpi.strat to find S again');
        expect(codes(back)).toEqual([]);
        expect((await scorecardNames(c)).strategies).toEqual(['S']);
    }, 60_000);

    it('an untitled buffer is part of the workspace while open, and leaves it when closed', async () => {
        const { client: c, strategy } = await workspace();
        const untitled = 'untitled:Untitled-1';
        let mark = c.published.length;
        await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'strat', version: 1, text: 'ambition A "A again" { }\n' } });
        expect(codes(await c.diagnosticsFor(untitled, mark))).toContain('duplicate-name');
        await settles(c, strategy, mark, p => codes(p).includes('duplicate-name'), 'the file to see the untitled A');
        expect((await scorecardNames(c)).ambitions).toEqual(['A', 'A']);
        mark = c.published.length;
        await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
        await settles(c, strategy, mark, p => !codes(p).includes('duplicate-name'), 'the file to be alone with A');
        expect((await scorecardNames(c)).ambitions).toEqual(['A']);
        // The untitled document's diagnostics were cleared, and nothing is published for it any more.
        const afterClose = c.published.slice(mark).filter(p => p.uri === untitled);
        expect(afterClose.map(p => p.diagnostics.length)).toEqual([0]);
        await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: strategy, version: 5 }, contentChanges: [{ text: STRATEGY }] });
        await c.connection.sendRequest('strat/scorecard', { scope: 'workspace' });
        expect(c.published.slice(mark).filter(p => p.uri === untitled)).toHaveLength(1);
    }, 60_000);

    it('a file deleted on disk stays in the workspace while its buffer is open', async () => {
        const { client: c, strategy, kpi, strategyFile } = await workspace();
        await c.open(strategy, STRATEGY, 1);
        await c.diagnosticsFor(strategy);
        rmSync(strategyFile);
        let mark = c.published.length;
        await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: strategy, type: 3 }] });
        // Still there: S resolves, the scorecard has it, and the buffer answers hovers.
        expect((await scorecardNames(c)).strategies).toEqual(['S']);
        const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: strategy }, position: { line: 1, character: 9 } }) as { contents: unknown } | null;
        expect(JSON.stringify(hover?.contents)).toMatch(/Sell more/);
        expect(c.published.slice(mark).filter(p => p.uri === kpi).every(p => !codes(p).includes('unresolved'))).toBe(true);
        mark = c.published.length;
        await c.connection.sendNotification('textDocument/didClose', { textDocument: { uri: strategy } });
        await settles(c, kpi, mark, p => codes(p).includes('unresolved'), 'kpi.strat to lose S once the buffer is closed');
        expect((await scorecardNames(c)).strategies).toEqual([]);
    }, 60_000);
});

describe('URIs as the client spells them', () => {
    for (const uri of ['file:///C:/Users/ana/strategy.strat', 'file:///tmp/plans/ä b.strat?v=1', 'file:///tmp/plans/%C3%A4%20c.strat']) {
        it(`publishes diagnostics under ${uri}`, async () => {
            client = await startStdioClient();
            await client.open(uri, 'kpi K "k" { }\n');
            const published = await client.diagnosticsFor(uri);
            expect(codes(published)).toContain('kpi-no-target');
            expect(client.published.map(p => p.uri)).toEqual([uri]);
            const validated = await client.waitFor(() => client!.validated.find(uris => uris.includes(uri)), 'strat/validated');
            expect(validated).toContain(uri);
        }, 30_000);
    }
});
