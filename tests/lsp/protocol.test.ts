/**
 * The protocol as the specification words it: requests after `shutdown` are refused with
 * `InvalidRequest`, `exit` ends the process with 0 after `shutdown` and 1 without,
 * `publishDiagnostics` says which version of the document it was computed from, and the
 * scorecard request answers malformed params with a clear `InvalidParams` error.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../support/paths.js';
import { startStdioClient, type StdioClient } from './stdio-client.js';

const URI = pathToFileURL(path.join(REPO_ROOT, 'virtual', 'protocol.strat')).toString();
const TEXT = 'kpi Revenue "Revenue" { target >= 100 alert 80 every month actual 2026-01 70 }\n';

async function refusal(reply: Promise<unknown>): Promise<{ code: number; message: string }> {
    try {
        await reply;
    } catch (error) {
        if (error instanceof ResponseError) return { code: error.code, message: error.message };
        throw error;
    }
    throw new Error('the request was answered, not refused');
}

describe('shutdown and exit', () => {
    it('refuses requests after shutdown with InvalidRequest, and exits 0 on exit', async () => {
        const client = await startStdioClient();
        await client.open(URI, TEXT);
        await client.diagnosticsFor(URI);
        await client.connection.sendRequest('shutdown');
        const refused = await refusal(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 5 } }));
        expect(refused.code).toBe(ErrorCodes.InvalidRequest);
        expect(refused.message).toMatch(/shutting down/);
        await client.connection.sendNotification('exit');
        expect(await client.exited).toBe(0);
        client.connection.dispose();
    }, 30_000);

    it('exits 1 on exit without shutdown', async () => {
        const client = await startStdioClient();
        await client.connection.sendNotification('exit');
        expect(await client.exited).toBe(1);
        client.connection.dispose();
    }, 30_000);
});

describe('diagnostics and the scorecard request', () => {
    let client: StdioClient;

    beforeAll(async () => {
        client = await startStdioClient();
    }, 30_000);

    afterAll(async () => {
        await client?.stop();
    });

    it('publish the version they were computed from', async () => {
        await client.open(URI, TEXT, 4);
        expect((await client.diagnosticsFor(URI)).version).toBe(4);
        const before = client.published.length;
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 9 }, contentChanges: [{ text: TEXT.replace('70', '90') }] });
        const published = await client.diagnosticsFor(URI, before);
        expect(published.version).toBe(9);
    }, 30_000);

    it('answer a malformed scorecard request with InvalidParams and a clear message', async () => {
        const cases: Array<[unknown, RegExp]> = [
            [undefined, /params must be an object/],
            [{}, /params\.scope must be one of "file", "workspace"/],
            [{ scope: 'galaxy' }, /params\.scope must be one of "file", "workspace"/],
            [{ scope: 'file' }, /scope 'file' needs the document's uri/],
            [{ scope: 'file', uri: 42 }, /params\.uri must be a URI/],
            [{ scope: 'workspace', audience: 'board' }, /params\.audience must be one of "internal", "public"/],
            [{ scope: 'file', uri: pathToFileURL(path.join(REPO_ROOT, 'virtual', 'unknown.strat')).toString() }, /is not a \.strat file of this workspace/]
        ];
        for (const [params, message] of cases) {
            const reply = params === undefined ? client.connection.sendRequest('strat/scorecard') : client.connection.sendRequest('strat/scorecard', params);
            const refused = await refusal(reply);
            expect(refused, JSON.stringify(params)).toEqual({ code: ErrorCodes.InvalidParams, message: expect.stringMatching(message) });
            expect(refused.message).not.toMatch(/TypeError|\n/);
        }
    }, 30_000);
});
