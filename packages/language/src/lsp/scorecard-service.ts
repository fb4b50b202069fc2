/** Serves the scorecard to clients (the preview) and tells them when validation finished. */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { StratTextDocuments } from '../workspace/strat-text-documents.js';
import { buildScorecard, type ReferenceDateOf } from '../scorecard/build-scorecard.js';
import { formatDay } from '../model/period-span.js';
import type { StratServices } from '../strat-module.js';
import { focusScorecard } from '../scorecard/focus-scorecard.js';
import { forAudience, isAudience, withheldNames } from '../scorecard/audience.js';
import type { Audience, Scorecard } from '../scorecard/model.js';
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
    // Only a client that handles it (the VS Code extension's preview) is told of every build.
    const notifyValidated = (params: ValidatedParams) => {
        if (services.client.Profile.handlesNotification(VALIDATED_NOTIFICATION)) void connection.sendNotification(VALIDATED_NOTIFICATION, params);
    };
    const clientUri = (uri: URI) => (shared.workspace.TextDocuments as StratTextDocuments).clientUri(uri.toString());
    builder.onBuildPhase(DocumentState.Validated, documents => {
        notifyValidated({ uris: documents.map(d => clientUri(d.uri)) });
    });
    connection.onRequest(SCORECARD_REQUEST, async (raw: unknown): Promise<ScorecardResult> => {
        const params = scorecardParams(raw);
        await builder.waitUntil(DocumentState.Validated);
        const documents = shared.workspace.LangiumDocuments;
        const workspace = buildScorecard(documents.all.toArray(), referenceDate);
        if (params.scope === 'file' && params.uri) {
            const document = documents.getDocument(URI.parse(params.uri));
            if (!document) {
                throw new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not a .strat file of this workspace.`);
            }
            const asOf = referenceDate(document);
            const focused = focusScorecard(workspace, document.uri.toString(), asOf === null ? null : formatDay(asOf));
            return { scorecard: audienceOf(focused, workspace, params.audience), hasSyntaxErrors: hasSyntaxErrors(document) };
        }
        return { scorecard: audienceOf(workspace, workspace, params.audience), hasSyntaxErrors: documents.all.some(hasSyntaxErrors) };
    });
    // A deleted file changes the workspace scorecard, but no document is validated for it.
    builder.onUpdate((_changed, deleted) => {
        if (deleted.length > 0) {
            notifyValidated({ uris: deleted.map(clientUri) });
        }
    });
}

/**
 * What the audience may see of `scorecard` (a file's, or the whole `workspace`'s). A file's
 * scorecard links to elements outside it: what the workspace withholds is withheld there too.
 */
function audienceOf(scorecard: Scorecard, workspace: Scorecard, audience: Audience = 'internal'): Scorecard {
    return audience === 'internal' ? scorecard : forAudience(scorecard, audience, withheldNames(workspace));
}

/** The request's params, or an `InvalidParams` error saying what a valid request looks like. */
function scorecardParams(raw: unknown): ScorecardParams {
    const params = typeof raw === 'object' && raw !== null ? raw as Partial<Record<keyof ScorecardParams, unknown>> : {};
    if (params.scope !== 'file' && params.scope !== 'workspace') {
        throw new ResponseError(ErrorCodes.InvalidParams, `${SCORECARD_REQUEST} needs a scope of 'file' or 'workspace', not ${JSON.stringify(params.scope) ?? 'none'}.`);
    }
    if (params.uri !== undefined && typeof params.uri !== 'string') {
        throw new ResponseError(ErrorCodes.InvalidParams, `${SCORECARD_REQUEST} needs the document's uri as a string.`);
    }
    if (params.scope === 'file' && params.uri === undefined) {
        throw new ResponseError(ErrorCodes.InvalidParams, `${SCORECARD_REQUEST} with scope 'file' needs the document's uri.`);
    }
    if (params.audience !== undefined && !isAudience(params.audience)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `${SCORECARD_REQUEST} needs an audience of 'internal' or 'public', not ${JSON.stringify(params.audience)}.`);
    }
    return { scope: params.scope, uri: params.uri, audience: params.audience };
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}
