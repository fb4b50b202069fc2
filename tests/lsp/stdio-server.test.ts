/**
 * The built language server, started as its own process (`strat-language-server --stdio`), as
 * Neovim, Helix or VS Code start it: diagnostics with codes, hover, completion, the scorecard request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, HoverRequest, CompletionRequest, DidOpenTextDocumentNotification, ShutdownRequest, ExitNotification, type PublishDiagnosticsParams, type CompletionItem, type CompletionList, type Hover } from 'vscode-languageserver-protocol';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '../support/paths.js';

const SERVER = path.join(REPO_ROOT, 'packages', 'language', 'bin', 'strat-language-server.js');
const URI = pathToFileURL(path.join(REPO_ROOT, 'virtual', 'stdio.strat')).toString();
const TEXT = `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi K "Revenue" { monitors S target >= 100 alert 80 every month actual 2026-01 70 }
okr O "Delight customers" {
    cycle 2026-Q1
    addresses K
    key result "Grow revenue from 70 to 120" { from 70 to 120 current 80 }
    key result "Raise NPS" { measures }
}
`;

let server: ChildProcess;
let connection: ProtocolConnection;
let serverInfo: { name: string; version?: string } | undefined;
const diagnostics: PublishDiagnosticsParams[] = [];
const validated: string[][] = [];

function waitFor<T>(probe: () => T | undefined, what: string, timeout = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const tick = () => {
            const value = probe();
            if (value !== undefined) resolve(value);
            else if (Date.now() - started > timeout) reject(new Error(`timed out waiting for ${what}`));
            else setTimeout(tick, 25);
        };
        tick();
    });
}

beforeAll(async () => {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, params => { diagnostics.push(params); });
    connection.onNotification('strat/validated', (params: { uris: string[] }) => { validated.push(params.uris); });
    connection.onRequest('workspace/configuration', () => [null]);
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null, initializationOptions: { clientNotifications: ['strat/validated'] } });
    expect(result.capabilities.hoverProvider).toBe(true);
    serverInfo = result.serverInfo;
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'strat', version: 1, text: TEXT } });
}, 30_000);

afterAll(async () => {
    await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    connection.dispose();
    server.kill();
});

describe('the language server over stdio', () => {
    it('names itself in its initialize answer, with the language package\'s version', () => {
        const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'language', 'package.json'), 'utf8')) as { version: string };
        expect(serverInfo).toEqual({ name: 'strat-language-server', version });
    });

    it('publishes diagnostics with their codes', async () => {
        const published = await waitFor(() => diagnostics.find(d => d.uri === URI && d.diagnostics.length > 0), 'diagnostics');
        expect(published.diagnostics.map(d => d.code)).toContain('kr-not-measurable');
        expect(published.diagnostics.map(d => d.code)).toContain('syntax');
        const first = published.diagnostics.find(d => d.code === 'kr-not-measurable')!;
        expect(first.codeDescription?.href).toMatch(/rules\.md#kr-not-measurable$/);
    });

    it('announces finished validation to the client', async () => {
        const uris = await waitFor(() => validated.find(list => list.includes(URI)), 'strat/validated');
        expect(uris).toContain(URI);
    });

    it('hovers a KPI with its status', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 2, character: 4 } }) as Hover;
        expect(JSON.stringify(hover.contents)).toMatch(/red/i);
    });

    it('completes only KPIs after measures', async () => {
        const result = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: { line: 7, character: 38 } }) as CompletionList | CompletionItem[];
        const labels = (Array.isArray(result) ? result : result.items).map(item => item.label);
        expect(labels).toContain('K');
        expect(labels).not.toContain('S');
    });

    it('serves the scorecard of the file', async () => {
        const result = await connection.sendRequest('strat/scorecard', { uri: URI, scope: 'file' }) as { scorecard: { kpis: Array<{ name: string; status: string }> }; hasSyntaxErrors: boolean };
        expect(result.scorecard.kpis).toEqual([expect.objectContaining({ name: 'K', status: 'red' })]);
        expect(result.hasSyntaxErrors).toBe(true);
    });
});
