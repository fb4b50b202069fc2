/**
 * Where the preview gets its data: the language server's `strat/validated` notification and
 * `strat/scorecard` request, and for a comparison with a git revision `strat/scorecardComparison`
 * and `strat/comparisonRefs` (packages/language/src/lsp/scorecard-protocol.ts).
 */
import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMPARISON_REFS_REQUEST, SCORECARD_COMPARISON_REQUEST, SCORECARD_REQUEST, VALIDATED_NOTIFICATION } from '@strat/language/protocol';
import type {
    ComparisonRefsParams, ComparisonRefsResult, ScorecardComparisonParams, ScorecardComparisonResult, ScorecardParams, ScorecardResult, ValidatedParams,
} from '@strat/language/protocol';

export interface ScorecardSource {
    /** The scorecard of a document or of the workspace, once the server's current build is validated. */
    request(params: ScorecardParams): Promise<ScorecardResult>;
    /** The scorecard compared with a git revision; refused with one line when it cannot be. */
    compare(params: ScorecardComparisonParams): Promise<ScorecardComparisonResult>;
    /** The revisions to offer for a comparison. */
    refs(params: ComparisonRefsParams): Promise<ComparisonRefsResult>;
    /** Calls `listener` with the URIs of the documents each time a validation finished. */
    onValidated(listener: (uris: readonly string[]) => void): Disposable;
}

/** The source behind a language client; `started` is the client's start (requests wait for it). */
export function languageClientSource(client: LanguageClient, started: Promise<void>): ScorecardSource {
    return {
        request: async (params) => {
            await started;
            return client.sendRequest<ScorecardResult>(SCORECARD_REQUEST, params);
        },
        compare: async (params) => {
            await started;
            return client.sendRequest<ScorecardComparisonResult>(SCORECARD_COMPARISON_REQUEST, params);
        },
        refs: async (params) => {
            await started;
            return client.sendRequest<ComparisonRefsResult>(COMPARISON_REFS_REQUEST, params);
        },
        onValidated: (listener) =>
            client.onNotification(VALIDATED_NOTIFICATION, (params: ValidatedParams) => {
                listener(Array.isArray(params?.uris) ? params.uris : []);
            }),
    };
}
