/**
 * KPI data files in the editor (docs/language.md#data-files), through the real server over stdio:
 * a saved change to a data file re-checks the KPIs that read it and changes the scorecard; its
 * unreadable cells show on the data file itself; a KPI that stops naming a file stops following
 * it; in Restricted Mode no file is read until the workspace is trusted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { SCORECARD_REQUEST, TRUST_NOTIFICATION, VALIDATED_NOTIFICATION, type ScorecardResult } from '../../packages/language/src/lsp/scorecard-protocol.js';
import { startServer, type StdioServer } from '../support/stdio-server.js';
import { tempFolderOf } from '../support/temp-folder.js';

const STRATEGY = `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi Revenue "Monthly revenue" {
    monitors S
    target >= 100
    alert 90
    every month
    actuals from "data/finance.csv"
}
`;

const codes = (server: StdioServer, file: string) => (server.diagnostics(file) ?? []).map(d => d.code);

function workspace(files: Record<string, string>): string {
    return tempFolderOf({ ...files, 'strat.json': '{ "asOf": "2026-07-10" }\n' }, 'strat-data-');
}

describe('data files in the editor', () => {
    let server: StdioServer | undefined;
    afterEach(async () => {
        await server?.close();
        server = undefined;
    });

    async function revenue(s: StdioServer): Promise<number | null> {
        const result = await s.connection.sendRequest<ScorecardResult>(SCORECARD_REQUEST, { scope: 'workspace' });
        return result.scorecard.kpis.find(kpi => kpi.name === 'Revenue')?.value ?? null;
    }

    it('follows a saved change of the data file: diagnostics and scorecard', async () => {
        const folder = workspace({ 'strategy.strat': STRATEGY, 'data/finance.csv': 'month,Revenue\n2026-05,95\n2026-06,85\n' });
        const s = server = await startServer(folder);
        await s.until('red-kpi-no-okr (85 is past the alert 90)', () => codes(s, 'strategy.strat').includes('red-kpi-no-okr'));
        expect(await revenue(s)).toBe(85);

        writeFileSync(path.join(folder, 'data/finance.csv'), 'month,Revenue\n2026-05,95\n2026-06,85\n2026-07,104\n');
        await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('data/finance.csv'), type: FileChangeType.Changed }] });
        await s.until('the red KPI turned green', () => !codes(s, 'strategy.strat').includes('red-kpi-no-okr'));
        expect(await revenue(s)).toBe(104);
    });

    it('shows unreadable cells on the data file, and clears them when fixed', async () => {
        const folder = workspace({ 'strategy.strat': STRATEGY, 'data/finance.csv': 'month,Revenue\n2026-05,95\n2026-06,n/a\n' });
        const s = server = await startServer(folder);
        await s.until('data-value on the CSV', () => codes(s, 'data/finance.csv').includes('data-value'));
        const [finding] = s.diagnostics('data/finance.csv')!;
        expect(finding).toMatchObject({ code: 'data-value', severity: 1, range: { start: { line: 2, character: 8 }, end: { line: 2, character: 11 } } });
        expect(codes(s, 'strategy.strat')).toContain('data-file');

        writeFileSync(path.join(folder, 'data/finance.csv'), 'month,Revenue\n2026-05,95\n2026-06,96\n');
        await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('data/finance.csv'), type: FileChangeType.Changed }] });
        await s.until('the CSV clean again', () => codes(s, 'data/finance.csv').length === 0 && !codes(s, 'strategy.strat').includes('data-file'));
    });

    it('reads a data file created after the KPI named it, and an unrelated edit meanwhile keeps the finding', async () => {
        const folder = workspace({ 'strategy.strat': STRATEGY, 'other.strat': 'strategy T "Hire" { realizes A }\n' });
        const s = server = await startServer(folder);
        await s.until('data-file: the file does not exist', () => codes(s, 'strategy.strat').includes('data-file'));
        // an edit elsewhere: the missing file is still missing
        const other = s.uri('other.strat');
        await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'strat', version: 1, text: 'strategy T "Hire" { realizes A }\n' } });
        await s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: other, version: 2 }, contentChanges: [{ text: 'strategy T "Hire well" { realizes A }\n' }] });
        expect(await revenue(s)).toBeNull();
        expect(codes(s, 'strategy.strat')).toContain('data-file');

        mkdirSync(path.join(folder, 'data'));
        writeFileSync(path.join(folder, 'data/finance.csv'), 'month,Revenue\n2026-06,104\n');
        await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('data/finance.csv'), type: FileChangeType.Created }] });
        await s.until('the created file read', () => !codes(s, 'strategy.strat').includes('data-file'));
        expect(await revenue(s)).toBe(104);
    });

    it('stops following a file the KPI no longer names', async () => {
        const folder = workspace({ 'strategy.strat': STRATEGY, 'data/finance.csv': 'month,Revenue\n2026-06,85\n' });
        const s = server = await startServer(folder);
        const validated: string[][] = [];
        s.connection.onNotification(VALIDATED_NOTIFICATION, (params: { uris: string[] }) => { validated.push(params.uris); });
        await s.until('the first check', () => codes(s, 'strategy.strat').includes('red-kpi-no-okr'));
        const uri = s.uri('strategy.strat');
        const withoutSource = STRATEGY.replace('    actuals from "data/finance.csv"\n', '    actual 2026-06 99\n');
        expect(withoutSource).not.toBe(STRATEGY);
        await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'strat', version: 1, text: STRATEGY } });
        await s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: withoutSource }] });
        await s.until('the edit checked', () => (s.diagnostics('strategy.strat') ?? []).every(d => d.code !== 'red-kpi-no-okr'));
        // Answered once the edit's build is validated, after its announcement: the count is settled.
        expect(await revenue(s)).toBe(99);
        const before = validated.length;
        writeFileSync(path.join(folder, 'data/finance.csv'), 'month,Revenue\n2026-06,10\n');
        await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('data/finance.csv'), type: FileChangeType.Changed }] });
        // A file nobody reads changes nothing: no build, so no validation is announced. The request
        // below is answered after any build the change started, so the count is then final.
        expect(await revenue(s)).toBe(99);
        expect(validated.slice(before)).toEqual([]);
    });

    it('reads no data file in Restricted Mode, until the workspace is trusted', async () => {
        const folder = workspace({ 'strategy.strat': STRATEGY, 'data/finance.csv': 'month,Revenue\n2026-06,85\n' });
        const s = server = await startServer(folder, { trusted: false });
        await s.until('data-file in Restricted Mode', () => (s.diagnostics('strategy.strat') ?? []).some(d => d.code === 'data-file'));
        expect(s.diagnostics('strategy.strat')!.find(d => d.code === 'data-file')!.message).toBe('Data files are not read in Restricted Mode: trust this workspace to read them.');
        expect(await revenue(s)).toBeNull();
        await s.connection.sendNotification(TRUST_NOTIFICATION, { trusted: true });
        await s.until('the data read once trusted', () => codes(s, 'strategy.strat').includes('red-kpi-no-okr'));
        expect(await revenue(s)).toBe(85);
    });
});
