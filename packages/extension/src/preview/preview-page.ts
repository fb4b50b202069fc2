/**
 * The scorecard preview's page, built by the extension around the scorecard the language
 * package renders, and the update message that patches it:
 *
 *   <head>  CSP (`webview.cspSource`, a fresh script nonce); the scorecard's theme-neutral
 *           stylesheet, inline; preview.css (the editor theme mapped onto it, the toolbar)
 *   <body data-state="…" data-controls="…" [data-comparison="…"]>
 *     <div class="preview-toolbar">  filled by the page script from `data-controls`
 *     <main>                         `renderScorecardMainHtml(…, { sourceLinks: true })`
 *     <script src="…/preview.js" nonce="…">   the page script (preview-src/)
 *
 * Pure: the webview's URIs arrive as strings.
 */
import type { Scorecard } from '@strat/language';
import { escapeAttribute, escapeHtml, renderScorecardMainHtml, scorecardStylesheet } from '@strat/language/render';
import { cleanNonce, scorecardPageCsp } from './preview-csp.js';
import type { ComparisonView } from './preview-comparison.js';
import type { PreviewControls, TargetState, UpdateMessage } from './preview-protocol.js';

/** A scorecard and how to present it. */
export interface ScorecardView {
    readonly scorecard: Scorecard;
    /** The text has syntax errors: the scorecard is the last good one. */
    readonly stale: boolean;
    /** The heading: the file's or the workspace's name. */
    readonly title: string;
    readonly controls: PreviewControls;
    /** Kept in the page state, to restore the preview after a window reload. */
    readonly state: TargetState;
    /** The comparison with a git revision, drawn by the page over the scorecard; absent: the normal view. */
    readonly comparison?: ComparisonView;
}

/** Where the page's own files are and what admits them, from the webview. */
export interface PageResources {
    readonly cspSource: string;
    readonly nonce: string;
    readonly scriptUri: string;
    readonly stylesheetUri: string;
}

/** The inside of `<main>`: every element linked to its source, for the page script's reveals. */
export function previewBodyHtml(view: ScorecardView): string {
    // a public scorecard says so at the top: "Preview as: everyone — …"
    return renderScorecardMainHtml(view.scorecard, { title: view.title, stale: view.stale, sourceLinks: true, previewBanner: true });
}

/** What patches an open page to show `view`. */
export function updateMessage(view: ScorecardView): UpdateMessage {
    return { type: 'update', body: previewBodyHtml(view), controls: view.controls, state: view.state, ...(view.comparison ? { comparison: view.comparison } : {}) };
}

function json(value: unknown): string {
    return escapeAttribute(JSON.stringify(value));
}

/** The whole page for `view`. */
export function scorecardPageHtml(view: ScorecardView, resources: PageResources): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(scorecardPageCsp(resources.cspSource, resources.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.title)}</title>
<style>${scorecardStylesheet({ sourceLinks: true })}</style>
<link rel="stylesheet" href="${escapeAttribute(resources.stylesheetUri)}">
</head>
<body class="strat-preview" data-state="${json(view.state)}" data-controls="${json(view.controls)}"${view.comparison ? ` data-comparison="${json(view.comparison)}"` : ''}>
<div class="preview-toolbar no-print" role="group" aria-label="Preview controls"></div>
<main>${previewBodyHtml(view)}</main>
<script src="${escapeAttribute(resources.scriptUri)}" nonce="${cleanNonce(resources.nonce)}"></script>
</body>
</html>
`;
}
