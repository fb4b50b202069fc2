/**
 * The language client: starts the bundled Strat language server (`dist/server.cjs`) over IPC
 * and connects it to `.strat` documents (files on disk and untitled editors).
 */
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { workspace } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { VALIDATED_NOTIFICATION } from '@strat/language/protocol';
import { COMMANDS } from './commands/command-ids.js';

/** The client id: VS Code reads `strat.trace.server` because of it. */
export const CLIENT_ID = 'strat';
export const CLIENT_NAME = 'Strat Language Server';
/** The settings section the server reads through `workspace/configuration`. */
export const SETTINGS_SECTION = 'strat';

export function createLanguageClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
    const serverModule = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', `--inspect=${process.env.STRAT_SERVER_DEBUG_PORT ?? '6009'}`] }
        }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'strat' },
            { scheme: 'untitled', language: 'strat' }
        ],
        synchronize: {
            configurationSection: SETTINGS_SECTION,
            // strat.json: the project configuration, read by the server too.
            fileEvents: [
                workspace.createFileSystemWatcher('**/*.strat'),
                workspace.createFileSystemWatcher('**/strat.json'),
                // KPI data files: a saved change re-checks the KPIs that read them.
                workspace.createFileSystemWatcher('**/*.{csv,tsv,xlsx,CSV,TSV,XLSX}')
            ]
        },
        initializationOptions: {
            // In Restricted Mode the server reads no data file (docs/language.md#data-files).
            trusted: workspace.isTrusted,
            // What this extension handles beyond plain LSP: the code lenses open the preview, and the
            // preview follows validations (docs/architecture.md#clients).
            clientCommands: [COMMANDS.openScorecard],
            clientNotifications: [VALIDATED_NOTIFICATION]
        },
        outputChannel,
        traceOutputChannel: outputChannel
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
