/**
 * Langium's language server, answering `initialize` with the server's name and version too, and
 * with the command the server runs for a client that has no preview (okr-details-command.ts).
 */
import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { readInitializationOptions } from '../config/initialization-options.js';
import { OKR_DETAILS_COMMAND, okrLensCommand } from './strat-code-lens-provider.js';
import { SERVER_INFO } from './server-info.js';

export class StratLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        const declared = readInitializationOptions(params).clientCommands ?? [];
        // The server runs the lens's command only when the lens carries its own (the same choice as the lens).
        const serverRunsLens = okrLensCommand({ runsCommand: command => declared.includes(command) }) === OKR_DETAILS_COMMAND;
        return {
            ...result,
            capabilities: { ...result.capabilities, ...(serverRunsLens ? { executeCommandProvider: { commands: [OKR_DETAILS_COMMAND] } } : {}) },
            serverInfo: { ...SERVER_INFO }
        };
    }
}
