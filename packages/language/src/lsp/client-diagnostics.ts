/**
 * Diagnostics as the client needs them: under the URI it sent (see strat-text-documents.ts) and,
 * for a document it has open, with the version they were computed from, so that it can tell
 * stale diagnostics from current ones (LSP `PublishDiagnosticsParams.version`). A publication
 * equal to the last one for the same URI (same diagnostics, same version) is not sent again: a
 * document validated again after an edit elsewhere costs the client nothing when its findings
 * did not change, while the edited document, at a new version, is always published.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import type { StratDocumentFactory } from '../workspace/strat-document-factory.js';
import type { StratTextDocuments } from '../workspace/strat-text-documents.js';

export function publishDiagnosticsForTheClient(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) {
        return;
    }
    const textDocuments = shared.workspace.TextDocuments as StratTextDocuments;
    const factory = shared.workspace.LangiumDocumentFactory as StratDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    // Langium publishes through the connection; every publication passes here on its way.
    const send = connection.sendDiagnostics.bind(connection);
    const lastSent = new Map<string, string>();
    connection.sendDiagnostics = async (params: PublishDiagnosticsParams) => {
        const document = textDocuments.get(params.uri) ? documents.getDocument(URI.parse(params.uri)) : undefined;
        const version = document ? factory.parsedVersion(document) : undefined;
        const publication: PublishDiagnosticsParams = { ...params, uri: textDocuments.clientUri(params.uri), ...(version === undefined ? {} : { version }) };
        const text = JSON.stringify(publication);
        if (lastSent.get(publication.uri) === text) return;
        lastSent.set(publication.uri, text);
        return send(publication);
    };
}
