/**
 * Sends the text of every open `strat.json` to the language server as it is edited (before it is
 * saved) and says when it is closed, so that a change of the reference date, a rule or a limit
 * re-checks the workspace at once (`strat/projectFile`).
 */
import { workspace, type Disposable, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PROJECT_FILE_NOTIFICATION, type ProjectFileParams } from '@strat/language/protocol';

/** A burst of keystrokes is sent once, when typing pauses. */
const PAUSE_MS = 150;

export function syncProjectFiles(client: LanguageClient, started: Promise<void>): Disposable {
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    const send = (params: ProjectFileParams) => {
        void started.then(() => client.sendNotification(PROJECT_FILE_NOTIFICATION, params)).catch(() => undefined);
    };
    const changed = (document: TextDocument) => {
        if (!isProjectFile(document)) return;
        const uri = document.uri.toString();
        clearTimeout(pending.get(uri));
        pending.set(uri, setTimeout(() => {
            pending.delete(uri);
            send({ uri, text: document.getText() });
        }, PAUSE_MS));
    };
    const subscriptions = [
        workspace.onDidOpenTextDocument(changed),
        workspace.onDidChangeTextDocument(event => changed(event.document)),
        workspace.onDidCloseTextDocument(document => {
            if (!isProjectFile(document)) return;
            clearTimeout(pending.get(document.uri.toString()));
            send({ uri: document.uri.toString(), text: null });
        })
    ];
    workspace.textDocuments.forEach(changed);
    return { dispose: () => subscriptions.forEach(subscription => subscription.dispose()) };
}

function isProjectFile(document: TextDocument): boolean {
    return document.uri.scheme === 'file' && /(^|[\\/])strat\.json$/.test(document.uri.fsPath);
}
