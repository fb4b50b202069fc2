/**
 * The real language server as an editor runs it: a child process over stdio, a workspace folder,
 * and the diagnostics it publishes, file by file, with a way to wait until they say something.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from './paths.js';

const SERVER = path.join(REPO_ROOT, 'packages', 'language', 'bin', 'strat-language-server.js');

export interface StdioServer {
    connection: ProtocolConnection;
    /** The latest diagnostics published for a file of the workspace folder (by name), or undefined. */
    diagnostics(file: string): Diagnostic[] | undefined;
    /** Waits until `condition` holds for what was published, or fails after `timeoutMs` saying what it waited for. */
    until(what: string, condition: () => boolean, timeoutMs?: number): Promise<void>;
    uri(file: string): string;
    close(): Promise<void>;
}

/** `initializationOptions`: what the client says at start (the extension: `{ trusted }`). */
export async function startServer(folder: string, initializationOptions?: object): Promise<StdioServer> {
    const server: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published = new Map<string, Diagnostic[]>();
    connection.onNotification(PublishDiagnosticsNotification.type, params => { published.set(params.uri, params.diagnostics); });
    connection.onRequest('workspace/configuration', () => [null]);
    connection.listen();
    const root = pathToFileURL(folder).toString();
    const uri = (file: string) => pathToFileURL(path.join(folder, file)).toString();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], capabilities: {}, initializationOptions });
    await connection.sendNotification(InitializedNotification.type, {});
    return {
        connection,
        uri,
        diagnostics: file => published.get(uri(file)),
        until: async (what, condition, timeoutMs = 10_000) => {
            const started = Date.now();
            while (!condition()) {
                if (Date.now() - started > timeoutMs) {
                    throw new Error(`waited ${timeoutMs} ms for ${what}; published: ${JSON.stringify([...published].map(([u, d]) => [path.basename(u), d.map(x => x.code)]))}`);
                }
                await new Promise(resolve => setTimeout(resolve, 20));
            }
        },
        close: async () => {
            await connection.sendRequest('shutdown').catch(() => undefined);
            connection.dispose();
            server.kill();
        }
    };
}
