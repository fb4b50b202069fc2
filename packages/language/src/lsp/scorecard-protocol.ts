/**
 * The preview's protocol between the Strat language server and its clients (no `vscode` here:
 * the extension imports these names and types). The server announces finished validations; the
 * client then asks for the scorecard of a file or the whole workspace. Nothing polls.
 */
import type { Audience, Scorecard } from '../scorecard/model.js';
import type { ScorecardDiff } from '../scorecard/diff/diff-model.js';
import type { DiffTable } from '../scorecard/diff/diff-tables.js';
import type { CardChange } from '../scorecard/diff/card-changes.js';
import type { GitRef } from '../node/git/git-refs.js';

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

/**
 * Client → server: the scorecard of `scope` (as for `strat/scorecard`) compared with its state at
 * a git revision (`ref`: `HEAD`, a branch, a tag, a commit) — what `strat diff REF` reports, for
 * the preview's "Changes" section and the marks on changed cards. Problems (not a git repository,
 * an unknown revision, git not installed) are refused with one line, `RequestFailed`.
 */
export const SCORECARD_COMPARISON_REQUEST = 'strat/scorecardComparison';
export interface ScorecardComparisonParams extends ScorecardParams {
    ref: string;
}
export interface ScorecardComparisonResult {
    /** As `strat diff --format json` prints it; BASE is the revision, HEAD the editor's text. */
    diff: ScorecardDiff;
    /** "2 KPI status changes · 1 new or changed value", or "No change to the scorecard." */
    summary: string;
    /** The sections of the diff that have rows, as plain-text tables. */
    tables: DiffTable[];
    /** The cards of the current scorecard that changed. */
    cards: CardChange[];
    hasSyntaxErrors: boolean;
}

/** Client → server: the revisions to offer for a comparison, for the repository of `uri` (default: the first workspace folder). */
export const COMPARISON_REFS_REQUEST = 'strat/comparisonRefs';
export interface ComparisonRefsParams {
    uri?: string;
}
export interface ComparisonRefsResult {
    refs: GitRef[];
}
