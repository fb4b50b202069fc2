/**
 * The documents the client has open, as Langium keeps them (by normalized URI), plus how the
 * client spelled each URI: diagnostics and notifications go back under the client's own spelling
 * (`file:///C:/x.strat?v=1`, not Langium's `file:///c%3A/x.strat?v%3D1`), which is the only one
 * a client that compares URIs as strings recognizes.
 */
import { UriUtils, type TextDocument } from 'langium';
import { NormalizedTextDocuments } from 'langium/lsp';
import type { Connection, DidOpenTextDocumentParams, Disposable, NotificationHandler } from 'vscode-languageserver';

export class StratTextDocuments extends NormalizedTextDocuments<TextDocument> {
    /** Normalized URI → the URI as the client sent it. */
    private readonly spelled = new Map<string, string>();

    override listen(connection: Connection): Disposable {
        // Langium registers its open handler through this; the spelling is noted on the way. It is
        // kept after the close, so that the diagnostics cleared then reach the client's document too.
        const remembering = Object.create(connection) as Connection;
        remembering.onDidOpenTextDocument = (handler: NotificationHandler<DidOpenTextDocumentParams>) =>
            connection.onDidOpenTextDocument(params => {
                this.spelled.set(UriUtils.normalize(params.textDocument.uri), params.textDocument.uri);
                return handler(params);
            });
        const disposable = super.listen(remembering);
        // Langium marks the sync kind on the connection it is given; keep the mark on the real one.
        Object.assign(connection, { __textDocumentSync: (remembering as unknown as Record<string, unknown>).__textDocumentSync });
        return disposable;
    }

    /** The URI as the client spelled it when it (last) opened the document; as given otherwise (files it never opened). */
    clientUri(uri: string): string {
        return this.spelled.get(UriUtils.normalize(uri)) ?? uri;
    }
}
