/**
 * Extension entry: wires the output channel and the language client to VS Code's lifecycle.
 */
import type { ExtensionContext } from 'vscode';
import { window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    const outputChannel = window.createOutputChannel('Strat', { log: true });
    context.subscriptions.push(outputChannel);
    client = createLanguageClient(context, outputChannel);
    try {
        await client.start();
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        outputChannel.error(`The Strat language server did not start: ${reason}`);
        void window.showErrorMessage('The Strat language server did not start. See the "Strat" output for details.');
    }
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    if (running?.needsStop()) {
        await running.stop();
    }
}
