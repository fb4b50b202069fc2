/**
 * A test client for the built language server (`strat-language-server --stdio`), started as its
 * own process as an editor starts it: the messages it publishes are recorded, and the test can
 * wait for one, send raw bytes, and see how the process ended.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import {
    DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
    type InitializeParams, type InitializeResult, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../support/paths.js';

export const SERVER = path.join(REPO_ROOT, 'packages', 'language', 'bin', 'strat-language-server.js');

export interface StdioClient {
    /** The server's answer to `initialize`. */
    initialized: InitializeResult;
    server: ChildProcess;
    connection: ProtocolConnection;
    /** Every publishDiagnostics received, in order. */
    published: PublishDiagnosticsParams[];
    /** Every `strat/validated` received, in order. */
    validated: string[][];
    /** What the server wrote on standard error. */
    stderr(): string;
    /** Resolves with the exit code once the process has ended. */
    exited: Promise<number | null>;
    /** Waits until `probe` returns something (checked every 20 ms), or fails after `timeout` ms. */
    waitFor<T>(probe: () => T | undefined, what: string, timeout?: number): Promise<T>;
    /** The latest diagnostics published for a URI (as the server spelled it), once some have arrived after `after` publications. */
    diagnosticsFor(uri: string, after?: number): Promise<PublishDiagnosticsParams>;
    open(uri: string, text: string, version?: number): Promise<void>;
    stop(): Promise<void>;
}

export interface ClientOptions {
    /** Workspace folders as file URIs (none: single-file mode). */
    folders?: string[];
    capabilities?: InitializeParams['capabilities'];
}

export async function startStdioClient(options: ClientOptions = {}): Promise<StdioClient> {
    const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let errors = '';
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => { errors += chunk; });
    const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    const validated: string[][] = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => { published.push(params); });
    connection.onNotification('strat/validated', (params: { uris: string[] }) => { validated.push(params.uris); });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onError(() => undefined);
    connection.listen();

    const waitFor = <T>(probe: () => T | undefined, what: string, timeout = 15_000): Promise<T> => new Promise((resolve, reject) => {
        const started = Date.now();
        const tick = () => {
            const value = probe();
            if (value !== undefined) resolve(value);
            else if (Date.now() - started > timeout) reject(new Error(`timed out waiting for ${what}`));
            else setTimeout(tick, 20);
        };
        tick();
    });
    const folders = options.folders ?? [];
    const initialized = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folders[0] ?? null,
        workspaceFolders: folders.length > 0 ? folders.map((uri, i) => ({ uri, name: `folder ${i}` })) : null,
        capabilities: options.capabilities ?? { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return {
        server, connection, published, validated, exited, waitFor, initialized,
        stderr: () => errors,
        diagnosticsFor: (uri, after = 0) => waitFor(() => published.slice(after).filter(p => p.uri === uri).at(-1), `diagnostics for ${uri}`),
        open: (uri, text, version = 1) => connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'strat', version, text } }),
        async stop() {
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 3_000))]);
            connection.dispose();
            server.kill();
        }
    };
}
