/**
 * A test client for the built language server (`strat-language-server --stdio`), started as its
 * own process as an editor starts it: the messages it publishes and the requests it makes are
 * recorded, and the test can wait for one, send raw bytes, and see how the process ended.
 * It starts as one of two clients (`profile`): `full`, as the VS Code extension (every capability,
 * the preview's command and notification declared), or `minimal`, as Helix and older Neovim
 * (no dynamic registration, no workspace folders, no configuration request, no semantic tokens,
 * nothing declared in `initializationOptions`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import {
    DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShowMessageNotification,
    type ClientCapabilities, type InitializeParams, type InitializeResult, type PublishDiagnosticsParams, type ShowMessageParams
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
    /** Every request the server made of the client (`client/registerCapability`, `workspace/configuration`…), in order. */
    serverRequests: Array<{ method: string; params: unknown }>;
    /** Every `window/showMessage` received, in order. */
    messages: ShowMessageParams[];
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

export type ClientProfileName = 'full' | 'minimal';

/** What VS Code's language client declares (the parts the server looks at, and more). */
const FULL_CAPABILITIES: ClientCapabilities = {
    workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        executeCommand: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true }
    },
    window: { workDoneProgress: true, showMessage: {} },
    textDocument: {
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
        synchronization: { dynamicRegistration: true, didSave: true },
        completion: { dynamicRegistration: true, completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
        definition: { dynamicRegistration: true, linkSupport: true },
        references: { dynamicRegistration: true },
        documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true },
        codeAction: { dynamicRegistration: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
        codeLens: { dynamicRegistration: true },
        formatting: { dynamicRegistration: true },
        rename: { dynamicRegistration: true, prepareSupport: true },
        inlayHint: { dynamicRegistration: true },
        semanticTokens: {
            dynamicRegistration: true, requests: { full: { delta: true }, range: true },
            tokenTypes: ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'],
            tokenModifiers: ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'],
            formats: ['relative']
        }
    }
};

/** What Helix and older Neovim declare: static features only, nothing registered later, nothing asked of the client. */
const MINIMAL_CAPABILITIES: ClientCapabilities = {
    workspace: {
        configuration: false,
        workspaceFolders: false,
        didChangeConfiguration: { dynamicRegistration: false },
        didChangeWatchedFiles: { dynamicRegistration: false },
        applyEdit: true
    },
    textDocument: {
        publishDiagnostics: { relatedInformation: true },
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        definition: {},
        references: {},
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        formatting: {},
        rename: { prepareSupport: true },
        inlayHint: {}
    }
};

export const PROFILES: Record<ClientProfileName, { capabilities: ClientCapabilities; initializationOptions?: object }> = {
    full: { capabilities: FULL_CAPABILITIES, initializationOptions: { trusted: true, clientCommands: ['strat.openScorecard'], clientNotifications: ['strat/validated'] } },
    minimal: { capabilities: MINIMAL_CAPABILITIES }
};

export interface ClientOptions {
    /** Workspace folders as file URIs (none: single-file mode, `rootUri` null). */
    folders?: string[];
    /** The client's `rootUri` when it gives no workspace folder (default: null). */
    rootUri?: string;
    /** `full` (the default: as VS Code) or `minimal` (as Helix and older Neovim). */
    profile?: ClientProfileName;
    /** Instead of the profile's capabilities. */
    capabilities?: InitializeParams['capabilities'];
    /** Instead of the profile's initialization options. */
    initializationOptions?: object;
    /** What the client answers to `workspace/configuration`, by section (null for any other). */
    configuration?: Record<string, unknown>;
    /** The client's `rootPath` (the deprecated root some clients still send alone). */
    rootPath?: string;
    /** Instead of the workspace folders made from `folders` (`[]` as Helix sends it, or null). */
    workspaceFolders?: Array<{ uri: string; name: string }> | null;
    /** The server's environment (a temporary HOME), instead of this process's. */
    env?: NodeJS.ProcessEnv;
}

export async function startStdioClient(options: ClientOptions = {}): Promise<StdioClient> {
    const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    let errors = '';
    server.stderr!.setEncoding('utf8').on('data', (chunk: string) => { errors += chunk; });
    const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    const validated: string[][] = [];
    const serverRequests: Array<{ method: string; params: unknown }> = [];
    const messages: ShowMessageParams[] = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => { published.push(params); });
    connection.onNotification('strat/validated', (params: { uris: string[] }) => { validated.push(params.uris); });
    connection.onNotification(ShowMessageNotification.type, params => { messages.push(params); });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => {
        serverRequests.push({ method: 'workspace/configuration', params });
        return params.items.map(item => options.configuration?.[item.section ?? ''] ?? null);
    });
    connection.onRequest('client/registerCapability', params => { serverRequests.push({ method: 'client/registerCapability', params }); return null; });
    connection.onRequest('window/workDoneProgress/create', params => { serverRequests.push({ method: 'window/workDoneProgress/create', params }); return null; });
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
    const profile = PROFILES[options.profile ?? 'full'];
    const initialized = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folders[0] ?? options.rootUri ?? null,
        ...(options.rootPath !== undefined ? { rootPath: options.rootPath } : {}),
        workspaceFolders: options.workspaceFolders !== undefined ? options.workspaceFolders : folders.length > 0 ? folders.map((uri, i) => ({ uri, name: `folder ${i}` })) : null,
        capabilities: options.capabilities ?? profile.capabilities,
        initializationOptions: options.initializationOptions ?? profile.initializationOptions
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return {
        server, connection, published, validated, serverRequests, messages, exited, waitFor, initialized,
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
