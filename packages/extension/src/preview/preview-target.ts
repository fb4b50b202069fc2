/**
 * What a scorecard preview shows: one document's scorecard (`file`) or the whole workspace's.
 * Pure (no `vscode`): URIs are strings, as the language server sends them.
 */
import type { ScorecardParams } from '@strat/language/protocol';
import type { PreviewScope, SavedPreviewState, TargetState } from './preview-protocol.js';
import { parseSavedState } from './preview-protocol.js';

/** The preview's scopes are the server's (`scorecardParams` does not compile otherwise). */
export type ScorecardScope = PreviewScope;

export interface PreviewTarget {
    readonly scope: ScorecardScope;
    /**
     * The document a `file` preview shows. A `workspace` preview keeps the document it was opened
     * from, so that switching back to `file` knows which one.
     */
    readonly documentUri: string | undefined;
}

/** At most one preview per key: the workspace, or one document. */
export function targetKey(target: PreviewTarget): string {
    return target.scope === 'workspace' || !target.documentUri ? 'workspace' : `file:${target.documentUri}`;
}

/** The scope a target really has: `file` without a document is the workspace. */
export function effectiveScope(target: PreviewTarget): ScorecardScope {
    return targetKey(target) === 'workspace' ? 'workspace' : 'file';
}

export function otherScope(scope: ScorecardScope): ScorecardScope {
    return scope === 'file' ? 'workspace' : 'file';
}

/** The `strat/scorecard` request for a target. */
export function scorecardParams(target: PreviewTarget): ScorecardParams {
    return effectiveScope(target) === 'file' ? { scope: 'file', uri: target.documentUri } : { scope: 'workspace' };
}

/**
 * Whether a finished validation of `validatedUris` can change what the target shows. The server
 * re-validates the documents that link to a changed one too, so a `file` preview only needs to
 * hear about its own document.
 */
export function isAffectedBy(target: PreviewTarget, validatedUris: readonly string[]): boolean {
    if (validatedUris.length === 0) return false;
    if (effectiveScope(target) === 'workspace') return true;
    return validatedUris.some((uri) => sameUri(uri, target.documentUri));
}

/** URIs as the server and VS Code print them may differ in the encoding of `:` and case of drive letters. */
export function sameUri(a: string | undefined, b: string | undefined): boolean {
    if (a === undefined || b === undefined) return false;
    return normalizeUri(a) === normalizeUri(b);
}

function normalizeUri(uri: string): string {
    let decoded = uri;
    try {
        decoded = decodeURIComponent(uri);
    } catch {
        // keep the URI as it is
    }
    return decoded.replace(/^file:\/\/\/([A-Za-z]):/, (_match, drive: string) => `file:///${drive.toLowerCase()}:`);
}

/** The last path segment of a URI: `bank.strat`. */
export function documentName(uri: string): string {
    const path = uri.replace(/[?#].*$/, '');
    const last = path.slice(path.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(last) || uri;
    } catch {
        return last || uri;
    }
}

/** The panel's tab title. */
export function panelTitle(target: PreviewTarget): string {
    return effectiveScope(target) === 'file' && target.documentUri ? `Scorecard: ${documentName(target.documentUri)}` : 'Scorecard: workspace';
}

/** The page heading: the file's name, or the workspace's. */
export function pageHeading(target: PreviewTarget, workspaceName: string | undefined): string {
    if (effectiveScope(target) === 'file' && target.documentUri) return documentName(target.documentUri);
    return workspaceName ? `${workspaceName} workspace` : 'Whole workspace';
}

/** The extension's part of the page state: the target, to restore the preview after a window reload. */
export function previewState(target: PreviewTarget): TargetState {
    return { target: target.documentUri === undefined ? { scope: target.scope } : { scope: target.scope, documentUri: target.documentUri } };
}

/** The schemes of the documents a restored preview may show (what the language server knows). */
const RESTORABLE_SCHEMES = /^(file|untitled):/i;

/** The target kept in a saved page state, or undefined when it holds none a preview may show. */
export function savedTarget(state: SavedPreviewState): PreviewTarget | undefined {
    if (!state.target) return undefined;
    const { scope, documentUri } = state.target;
    const restorable = documentUri !== undefined && RESTORABLE_SCHEMES.test(documentUri) ? documentUri : undefined;
    if (scope === 'file' && !restorable) return undefined;
    return { scope, documentUri: restorable };
}

/**
 * The target kept in a restored page's state (`previewState`), or undefined when the state holds
 * none that is usable. The state comes from the page: untrusted, checked field by field, never throws.
 */
export function parsePreviewState(state: unknown): PreviewTarget | undefined {
    return savedTarget(parseSavedState(state));
}
