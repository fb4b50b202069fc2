/** Serves the scorecard to clients (the preview) and tells them when validation finished. */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { buildScorecard } from '../scorecard/build-scorecard.js';
import { SCORECARD_REQUEST, VALIDATED_NOTIFICATION, type ScorecardParams, type ScorecardResult, type ValidatedParams } from './scorecard-protocol.js';

export function registerScorecardService(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) {
        return;
    }
    const builder = shared.workspace.DocumentBuilder;
    builder.onBuildPhase(DocumentState.Validated, documents => {
        const params: ValidatedParams = { uris: documents.map(d => d.uri.toString()) };
        void connection.sendNotification(VALIDATED_NOTIFICATION, params);
    });
    connection.onRequest(SCORECARD_REQUEST, async (params: ScorecardParams): Promise<ScorecardResult> => {
        await builder.waitUntil(DocumentState.Validated);
        const all = shared.workspace.LangiumDocuments.all.toArray();
        const documents = params.scope === 'file' && params.uri
            ? all.filter(d => d.uri.toString() === URI.parse(params.uri!).toString())
            : all;
        return { scorecard: buildScorecard(documents), hasSyntaxErrors: documents.some(hasSyntaxErrors) };
    });
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}
