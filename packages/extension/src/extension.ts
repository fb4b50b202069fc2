/**
 * Extension entry: wires the output channel, the language client, the scorecard preview and
 * the commands to VS Code's lifecycle.
 */
import type { ExtensionContext } from 'vscode';
import { window, workspace } from 'vscode';
import { TRUST_NOTIFICATION, type TrustParams } from '@strat/language/protocol';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client.js';
import { syncProjectFiles } from './project-file-sync.js';
import { registerExportCommand } from './commands/export-scorecard.js';
import { registerPreviewCommands } from './commands/open-scorecard.js';
import { registerAudienceCommands } from './commands/preview-audience-commands.js';
import { PreviewAudience } from './preview/preview-audience.js';
import { registerCompareCommands } from './commands/compare-scorecard.js';
import { pickRef } from './commands/ref-picker.js';
import { PreviewManager } from './preview/preview-manager.js';
import { languageClientSource } from './preview/scorecard-source.js';
import { SCORECARD_VIEW_TYPE } from './preview/scorecard-view-type.js';
import { errorReason } from './error-reason.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    const outputChannel = window.createOutputChannel('Strat', { log: true });
    context.subscriptions.push(outputChannel);
    client = createLanguageClient(context, outputChannel);
    const started = client.start();
    // the commands exist at once; the preview's requests wait for the server
    const source = languageClientSource(client, started);
    context.subscriptions.push(syncProjectFiles(client, started));
    // Trusting the workspace lets the server read the KPIs' data files.
    context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => {
        void started.then(() => client?.sendNotification(TRUST_NOTIFICATION, { trusted: true } satisfies TrustParams));
    }));
    const audience = new PreviewAudience();
    const previews = new PreviewManager(context.extensionUri, source, outputChannel, audience, (preview) => pickRef(source, preview));
    context.subscriptions.push(
        audience,
        previews,
        ...registerPreviewCommands(previews),
        ...registerAudienceCommands(audience, previews),
        ...registerCompareCommands(previews),
        registerExportCommand(source, previews, audience),
        // like the Markdown preview: the previews open before a window reload come back
        window.registerWebviewPanelSerializer(SCORECARD_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state: unknown) => {
                previews.restore(panel, state);
            },
        }),
    );
    try {
        await started;
    } catch (error) {
        const reason = errorReason(error);
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
