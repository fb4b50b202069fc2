/**
 * No message, however malformed, ends the language server. Every LSP method it handles (each
 * capability it announces, and every notification it listens to) is sent malformed params —
 * missing, of the wrong type, out of range, for documents that do not exist, huge, deeply nested —
 * plus bytes that are not JSON-RPC at all. Every request must be answered (a result or an error,
 * never silence), the process must still run, and it must still check files and answer as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseError } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { startStdioClient, type StdioClient } from './stdio-client.js';

const URI = pathToFileURL(path.join(REPO_ROOT, 'virtual', 'fuzz.strat')).toString();
const TEXT = 'kpi Revenue "Revenue" { target >= 100 alert 80 every month actual 2026-01 70 }\n';

/** The requests behind each capability the server announces; a new capability fails the test until it is fuzzed too. */
const CAPABILITY_REQUESTS: Record<string, string[]> = {
    completionProvider: ['textDocument/completion'],
    referencesProvider: ['textDocument/references'],
    documentSymbolProvider: ['textDocument/documentSymbol'],
    definitionProvider: ['textDocument/definition'],
    typeDefinitionProvider: ['textDocument/typeDefinition'],
    documentHighlightProvider: ['textDocument/documentHighlight'],
    codeActionProvider: ['textDocument/codeAction'],
    documentFormattingProvider: ['textDocument/formatting'],
    documentRangeFormattingProvider: ['textDocument/rangeFormatting'],
    foldingRangeProvider: ['textDocument/foldingRange'],
    hoverProvider: ['textDocument/hover'],
    renameProvider: ['textDocument/rename', 'textDocument/prepareRename'],
    semanticTokensProvider: ['textDocument/semanticTokens/full', 'textDocument/semanticTokens/full/delta', 'textDocument/semanticTokens/range'],
    implementationProvider: ['textDocument/implementation'],
    codeLensProvider: ['textDocument/codeLens'],
    declarationProvider: ['textDocument/declaration'],
    inlayHintProvider: ['textDocument/inlayHint'],
    workspaceSymbolProvider: ['workspace/symbol'],
    textDocumentSync: [],
    workspace: []
};
/** Requests the server handles beyond its capabilities. */
const OTHER_REQUESTS = ['strat/scorecard', 'initialize', 'workspace/executeCommand', 'textDocument/willSaveWaitUntil', 'completionItem/resolve', 'no/such/method'];
const NOTIFICATIONS = [
    'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave', 'textDocument/willSave',
    'workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration', 'workspace/didChangeWorkspaceFolders',
    '$/cancelRequest', '$/setTrace', 'initialized', 'no/such/notification'
];

function nested(depth: number): unknown {
    let value: unknown = { uri: URI };
    for (let i = 0; i < depth; i++) value = { textDocument: value, position: { line: 0, character: 0 } };
    return value;
}

/** Params that are wrong in every way a client could get them wrong. */
function malformedParams(): unknown[] {
    const doc = { uri: URI };
    const missing = { uri: pathToFileURL(path.join(REPO_ROOT, 'virtual', 'never-opened.strat')).toString() };
    return [
        undefined, null, 42, 'text', true, [], [1, 'two', null], {},
        { textDocument: null }, { textDocument: {} }, { textDocument: { uri: 42 } }, { textDocument: { uri: '' } }, { textDocument: { uri: '::::' } },
        { textDocument: { uri: 'untitled:' } }, { textDocument: { uri: 'file://%zz/' } },
        { textDocument: missing, position: { line: 0, character: 0 } },
        { textDocument: doc }, { textDocument: doc, position: null }, { textDocument: doc, position: { line: -1, character: 0 } },
        { textDocument: doc, position: { line: 'zero', character: {} } }, { textDocument: doc, position: { line: 1e15, character: 1e15 } },
        { textDocument: doc, position: { line: 0.5, character: Number.NaN } }, { textDocument: doc, position: { line: 10_000, character: 0 } },
        { textDocument: doc, range: null }, { textDocument: doc, range: { start: { line: 9, character: 0 }, end: { line: 0, character: 0 } } },
        { textDocument: doc, range: { start: { line: 0, character: 0 }, end: { line: 1e9, character: 1e9 } }, context: { diagnostics: 'none' } },
        { textDocument: doc, position: { line: 0, character: 5 }, newName: 42, context: null, options: 'tabs' },
        { textDocument: { uri: URI, version: 'one', text: 42, languageId: 7 } }, { textDocument: { uri: URI }, contentChanges: 'everything' },
        { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: 5 }] },
        { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: -5, character: 0 }, end: { line: 0, character: 0 } }, text: '' }] },
        { textDocument: { uri: URI, version: null }, contentChanges: [{ text: 'x' }] },
        { changes: [{ uri: 5, type: 9 }] }, { changes: 'all' }, { settings: null }, { settings: { strat: { rules: 'loud', maxActiveOkrsPerOwner: 'many' } } },
        { event: { added: [{ uri: 3 }], removed: null } }, { id: {} }, { value: 42 }, { query: null }, { command: {}, arguments: 'x' },
        { scope: 'galaxy' }, { scope: 'file' }, { scope: 'file', uri: 42 }, { scope: 'file', uri: missing.uri }, { uri: URI },
        { processId: 'me', capabilities: null, rootUri: 42, workspaceFolders: 'none' },
        nested(2_000), { textDocument: { uri: `file:///${'x'.repeat(100_000)}.strat` }, position: { line: 0, character: 0 } }
    ];
}

let client: StdioClient;

beforeAll(async () => {
    client = await startStdioClient();
    await client.open(URI, TEXT);
    await client.diagnosticsFor(URI);
}, 30_000);

afterAll(async () => {
    await client?.stop();
});

/** Sends a request and waits for its answer: a result or an error, but never silence (nor a dead server). */
async function answered(method: string, params: unknown): Promise<'result' | 'error'> {
    const reply = params === undefined ? client.connection.sendRequest(method) : client.connection.sendRequest(method, params);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer to ${method} ${JSON.stringify(params)?.slice(0, 200)}`)), 20_000));
    try {
        await Promise.race([reply, timeout]);
        return 'result';
    } catch (error) {
        if (error instanceof ResponseError) return 'error';
        throw error;
    }
}

describe('the language server under malformed messages', () => {
    it('fuzzes every method it announces', () => {
        const announced = Object.entries(client.initialized.capabilities).filter(([, value]) => value !== undefined && value !== false).map(([key]) => key);
        expect(announced.filter(capability => !(capability in CAPABILITY_REQUESTS))).toEqual([]);
    });

    it('answers every malformed request', async () => {
        const methods = [...new Set([...Object.values(CAPABILITY_REQUESTS).flat(), ...OTHER_REQUESTS])];
        const answers: Record<string, number> = {};
        for (const method of methods) {
            const replies = await Promise.all(malformedParams().map(params => answered(method, params)));
            replies.forEach(reply => { answers[reply] = (answers[reply] ?? 0) + 1; });
            expect(client.server.exitCode, `the server ended after ${method}`).toBeNull();
        }
        // Most are refused with an error; a few shapes are valid enough to get a (possibly empty) result.
        expect(answers.error).toBeGreaterThan(answers.result ?? 0);
    }, 120_000);

    it('survives every malformed notification', async () => {
        for (const method of NOTIFICATIONS) {
            for (const params of malformedParams()) {
                await (params === undefined ? client.connection.sendNotification(method) : client.connection.sendNotification(method, params));
            }
            // A request behind them proves they were all processed.
            await answered('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 5 } });
            expect(client.server.exitCode, `the server ended after ${method}`).toBeNull();
        }
    }, 120_000);

    it('survives bytes that are not JSON-RPC', async () => {
        const stdin = client.server.stdin!;
        for (const body of ['{not json', '[]', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":{},"method":7}', '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":"x"}', 'null']) {
            stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        }
        await answered('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 5 } });
        expect(client.server.exitCode).toBeNull();
    }, 30_000);

    it('still checks files and answers as before', async () => {
        // The fuzzing closed and changed the first document (some of its messages were valid): check a fresh one.
        const uri = pathToFileURL(path.join(REPO_ROOT, 'virtual', 'after-fuzz.strat')).toString();
        await client.open(uri, TEXT, 1);
        await client.diagnosticsFor(uri);
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } }) as { contents: unknown } | null;
        expect(JSON.stringify(hover?.contents)).toMatch(/Revenue/);
        const before = client.published.length;
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: 'kpi Revenue "Revenue" { target >= 100 every month actual 2026-01 170 }\nkpi Revenue "Twice" { }\n' }]
        });
        const published = await client.waitFor(() => client.published.slice(before).find(p => p.uri === uri && p.version === 2), 'diagnostics of version 2');
        expect(published.diagnostics.map(d => d.code)).toContain('duplicate-name');
        expect(client.server.exitCode).toBeNull();
    }, 30_000);
});
