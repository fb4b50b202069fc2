/**
 * `renderScorecardHtml`: one Scorecard as a complete HTML page.
 *
 * - `export` mode: one self-contained file — inline CSS and inline SVG only, no script, no
 *   external URL; CSP `default-src 'none'; style-src 'unsafe-inline'; img-src data:`; light/dark
 *   through `prefers-color-scheme`; print CSS. The group-by toggle is CSS radio buttons.
 * - `webview` mode: the VS Code preview — colours from the editor theme, CSP with the webview's
 *   `cspSource` and a nonce'd script (see html-script.ts) that reveals elements in the editor,
 *   keeps the scroll position and patches `<main>` on `{ type: 'update', html }`.
 *
 * Pure: no I/O, no clock. Every piece of user text is escaped by the `html` template.
 */

import type { Scorecard } from '../model.js';
import { escapeHtml, html, trusted, type SafeHtml } from './escape.js';
import { htmlContext } from './html-context.js';
import { diagnosticsSectionHtml } from './html-diagnostics.js';
import { DEFAULT_HEADING, headerHtml } from './html-header.js';
import { kpiSectionHtml } from './html-kpis.js';
import { mapSectionHtml } from './html-map-section.js';
import { okrSectionHtml } from './html-okrs.js';
import { WEBVIEW_SCRIPT } from './html-script.js';
import { stepsSectionHtml } from './html-steps.js';
import { stylesheet } from './html-styles.js';

export interface HtmlOptions {
    /** `export`: a self-contained file (CLI, "Export HTML"); `webview`: the VS Code preview. */
    mode: 'export' | 'webview';
    /** The page heading; default "Strategy scorecard". */
    title?: string;
    /** Webview only: the script nonce (base64 characters). Without it the page has no script. */
    nonce?: string;
    /** Webview only: `webview.cspSource`. */
    cspSource?: string;
    /** Shown in the header: a scorecard of one file or of the whole workspace. */
    scope?: 'file' | 'workspace';
    /** Shows "Showing the last valid state — the file has syntax errors". */
    stale?: boolean;
    /** The initial KPI grouping; default `strategy`. */
    groupBy?: 'strategy' | 'perspective';
    /**
     * Webview only: merged into the page's `vscode.setState` state when it loads (through the
     * `data-state` attribute of `<body>`), e.g. what the preview shows, to restore it after a reload.
     */
    state?: Readonly<Record<string, unknown>>;
}

export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const DEFAULT_TITLE = DEFAULT_HEADING;

/** Keeps only characters a CSP nonce can hold, so an option can never add a CSP directive. */
function cleanNonce(nonce: string | undefined): string {
    return (nonce ?? '').replace(/[^A-Za-z0-9+/=_-]/g, '');
}

/** Keeps a CSP source expression to one token without quotes or separators. */
export function cleanSource(source: string | undefined): string {
    return (source ?? '').replace(/[\s;,'"<>\\]/g, '');
}

/** The Content-Security-Policy of the page for these options. */
export function contentSecurityPolicy(options: HtmlOptions): string {
    if (options.mode === 'export') return EXPORT_CSP;
    const source = cleanSource(options.cspSource);
    const nonce = cleanNonce(options.nonce);
    const withSource = (rest: string): string => (source ? `${source} ${rest}` : rest);
    return [
        "default-src 'none'",
        `style-src ${withSource("'unsafe-inline'")}`,
        `script-src ${nonce ? `'nonce-${nonce}'` : "'none'"}`,
        `img-src ${withSource('data:')}`,
    ].join('; ');
}

function pageTitle(options: HtmlOptions): string {
    const title = options.title?.trim();
    return title ? title : DEFAULT_TITLE;
}

function mainContent(scorecard: Scorecard, options: HtmlOptions): SafeHtml {
    const ctx = htmlContext(scorecard, options.mode === 'webview');
    return html`
${headerHtml(ctx, { title: pageTitle(options), scope: options.scope, stale: options.stale === true })}
${mapSectionHtml(ctx)}
${stepsSectionHtml(ctx)}
${kpiSectionHtml(ctx, options.groupBy === 'perspective' ? 'perspective' : 'strategy')}
${okrSectionHtml(ctx)}
${diagnosticsSectionHtml(ctx)}
`;
}

/**
 * The inside of `<main>` only: what the extension may send in `{ type: 'update', html }` to
 * patch an open preview (sending the whole page works too).
 */
export function renderScorecardMainHtml(scorecard: Scorecard, options: HtmlOptions): string {
    return mainContent(scorecard, options).value;
}

export function renderScorecardHtml(scorecard: Scorecard, options: HtmlOptions): string {
    const title = pageTitle(options);
    const documentTitle = title === DEFAULT_TITLE ? title : `${title} — ${DEFAULT_TITLE}`;
    const nonce = cleanNonce(options.nonce);
    const script =
        options.mode === 'webview' && nonce ? html`<script nonce="${nonce}">${trusted(WEBVIEW_SCRIPT)}</script>` : null;
    return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(escapeHtml(contentSecurityPolicy(options)))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Strat">
<title>${documentTitle}</title>
<style>${trusted(stylesheet(options.mode))}</style>
</head>
<body class="${`mode-${options.mode}`}"${options.mode === 'webview' && options.state ? html` data-state="${JSON.stringify(options.state)}"` : null}>
<main>${mainContent(scorecard, options)}</main>
${script}
</body>
</html>
`.value;
}
