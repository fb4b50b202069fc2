/**
 * The preview's protocol between the Strat language server and its clients (no `vscode` here:
 * the extension imports these names and types). The server announces finished validations; the
 * client then asks for the scorecard of a file or the whole workspace. Nothing polls.
 */
import type { Audience, Scorecard } from '../scorecard/model.js';

/** Server → client, after every build: the documents whose validation just finished. */
export const VALIDATED_NOTIFICATION = 'strat/validated';
export interface ValidatedParams {
    uris: string[];
}

/**
 * Client → server: the scorecard of one document (`file`) or of every document (`workspace`),
 * for an audience (docs/language.md#audiences): `internal` (the default) shows everything,
 * `public` is what everyone may see — the server withholds the rest before it answers.
 */
export const SCORECARD_REQUEST = 'strat/scorecard';
export interface ScorecardParams {
    uri?: string;
    scope: 'file' | 'workspace';
    audience?: Audience;
}
export interface ScorecardResult {
    scorecard: Scorecard;
    /** True when a document in scope has syntax errors: the client may keep showing the last good state. */
    hasSyntaxErrors: boolean;
}

/**
 * Client → server: the editor's text of an open `strat.json` (changed, maybe unsaved), or null
 * when it was closed (the file on disk counts again). Checking follows the edit at once.
 */
export const PROJECT_FILE_NOTIFICATION = 'strat/projectFile';
export interface ProjectFileParams {
    uri: string;
    text: string | null;
}

/**
 * Client → server: whether the workspace is trusted. In Restricted Mode (not trusted) no data
 * file is read (docs/language.md#data-files); the client also says it at start, in
 * `initializationOptions.trusted`.
 */
export const TRUST_NOTIFICATION = 'strat/trust';
export interface TrustParams {
    trusted: boolean;
}
