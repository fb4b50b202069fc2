/** Serves the scorecard to clients (the preview) and tells them when validation finished. */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { buildScorecard, type ReferenceDateOf } from '../scorecard/build-scorecard.js';
import { formatDay } from '../model/period-span.js';
import type { StratServices } from '../strat-module.js';
import { focusScorecard } from '../scorecard/focus-scorecard.js';
import { SCORECARD_REQUEST, VALIDATED_NOTIFICATION, type ScorecardParams, type ScorecardResult, type ValidatedParams } from './scorecard-protocol.js';

export function registerScorecardService(services: StratServices): void {
    const shared = services.shared;
    const settings = services.config.Settings;
    const referenceDate: ReferenceDateOf = document => settings.forDocument(document.uri).asOf;
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
        const documents = shared.workspace.LangiumDocuments;
        const workspace = buildScorecard(documents.all.toArray(), referenceDate);
        if (params.scope === 'file' && params.uri) {
            const document = documents.getDocument(URI.parse(params.uri));
            if (!document) {
                throw new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not a .strat file of this workspace.`);
            }
            const asOf = referenceDate(document);
            return { scorecard: focusScorecard(workspace, document.uri.toString(), asOf === null ? null : formatDay(asOf)), hasSyntaxErrors: hasSyntaxErrors(document) };
        }
        return { scorecard: workspace, hasSyntaxErrors: documents.all.some(hasSyntaxErrors) };
    });
    // A deleted file changes the workspace scorecard, but no document is validated for it.
    builder.onUpdate((_changed, deleted) => {
        if (deleted.length > 0) {
            const params: ValidatedParams = { uris: deleted.map(uri => uri.toString()) };
            void connection.sendNotification(VALIDATED_NOTIFICATION, params);
        }
    });
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}
