/**
 * Where the preview gets its data: the language server's `strat/validated` notification and
 * `strat/scorecard` request (packages/language/src/lsp/scorecard-protocol.ts).
 */
import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SCORECARD_REQUEST, VALIDATED_NOTIFICATION } from '@strat/language/protocol';
import type { ScorecardParams, ScorecardResult, ValidatedParams } from '@strat/language/protocol';

export interface ScorecardSource {
    /** The scorecard of a document or of the workspace, once the server's current build is validated. */
    request(params: ScorecardParams): Promise<ScorecardResult>;
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
        onValidated: (listener) =>
            client.onNotification(VALIDATED_NOTIFICATION, (params: ValidatedParams) => {
                listener(Array.isArray(params?.uris) ? params.uris : []);
            }),
    };
}
