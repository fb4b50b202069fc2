/** Langium's language server, answering `initialize` with the server's name and version too. */
import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { SERVER_INFO } from './server-info.js';

export class StratLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        return { ...super.buildInitializeResult(params), serverInfo: { ...SERVER_INFO } };
    }
}
