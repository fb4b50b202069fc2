/**
 * strat.json in the editor (docs/language.md#project-configuration): the server checks each file
 * with its strat.json, shows the file's problems in strat.json itself, and follows an edit — typed
 * (the extension's `strat/projectFile`) or saved (the file watcher) — at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { PROJECT_FILE_NOTIFICATION } from '../../packages/language/src/lsp/scorecard-protocol.js';
import { startServer, type StdioServer } from '../support/stdio-server.js';

const STRATEGY = `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi K "Revenue" {
    monitors S
    target >= 100
    every month
    actual 2026-06 120
}
`;

const codes = (server: StdioServer, file: string) => (server.diagnostics(file) ?? []).map(d => d.code);

describe('strat.json in the editor', () => {
    let server: StdioServer | undefined;
    afterEach(async () => {
        await server?.close();
        server = undefined;
    });

    async function workspace(config: string): Promise<{ folder: string; server: StdioServer }> {
        const folder = mkdtempSync(path.join(tmpdir(), 'strat-config-'));
        writeFileSync(path.join(folder, 'strategy.strat'), STRATEGY);
        writeFileSync(path.join(folder, 'strat.json'), config);
        server = await startServer(folder);
        return { folder, server };
    }

    it('checks with the reference date of strat.json, and follows an unsaved edit to it at once', async () => {
        const { server } = await workspace('{ "asOf": "2026-07-15" }\n');
        await server.until('the first diagnostics of strategy.strat', () => server.diagnostics('strategy.strat') !== undefined);
        expect(codes(server, 'strategy.strat')).toEqual([]);
        // Typed in the editor, not saved: as of September the June actual is stale.
        const typed = Date.now();
        await server.connection.sendNotification(PROJECT_FILE_NOTIFICATION, { uri: server.uri('strat.json'), text: '{ "asOf": "2026-09-01" }' });
        await server.until('kpi-stale after the edit', () => codes(server, 'strategy.strat').includes('kpi-stale'));
        expect(Date.now() - typed).toBeLessThan(5_000); // a hang guard, not a timing target (npm run bench measures)
        // Closed without saving: the file on disk counts again.
        await server.connection.sendNotification(PROJECT_FILE_NOTIFICATION, { uri: server.uri('strat.json'), text: null });
        await server.until('kpi-stale gone again', () => !codes(server, 'strategy.strat').includes('kpi-stale'));
    });

    it('shows the problems of strat.json in strat.json, and applies its valid parts', async () => {
        const config = '{ "asOf": "2026-09-01", "rules": { "kpi-stale": "loud" }, "checkinDay": 3 }\n';
        const { server } = await workspace(config);
        await server.until('config diagnostics on strat.json', () => codes(server, 'strat.json').length === 2);
        const problems = server.diagnostics('strat.json')!;
        // At the bad severity and at the unknown key.
        expect(problems.map(d => [d.code, d.severity, d.range.start.line, d.range.start.character])).toEqual([
            ['config', 1, 0, config.indexOf('"loud"')],
            ['config', 1, 0, config.indexOf('"checkinDay"')]
        ]);
        expect(problems[1].message).toBe('Unknown key "checkinDay" in strat.json. The keys are "asOf", "rules", "maxOkrsPerOwner", "checkinDays".');
        // The reference date is valid and applies: the KPI is stale as of September.
        await server.until('kpi-stale on strategy.strat', () => codes(server, 'strategy.strat').includes('kpi-stale'));
        // Fixed in the editor: the problems go.
        await server.connection.sendNotification(PROJECT_FILE_NOTIFICATION, { uri: server.uri('strat.json'), text: '{ "asOf": "2026-09-01" }' });
        await server.until('no more problems in strat.json', () => codes(server, 'strat.json').length === 0);
    });

    it('follows a strat.json saved, created or deleted on disk', async () => {
        const { folder, server } = await workspace('{ "asOf": "2026-07-15" }\n');
        await server.until('the first diagnostics', () => server.diagnostics('strategy.strat') !== undefined);
        writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-09-01", "rules": { "kpi-stale": "error" } }\n');
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: server.uri('strat.json'), type: FileChangeType.Changed }] });
        await server.until('kpi-stale as an error', () => (server.diagnostics('strategy.strat') ?? []).some(d => d.code === 'kpi-stale' && d.severity === 1));
    });
});
