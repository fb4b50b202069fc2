/**
 * `renderScorecardHtml`: one Scorecard as a self-contained HTML page (the CLI's `--format html`,
 * "Export Scorecard…"): inline CSS and inline SVG only, no script, no external URL; CSP
 * `default-src 'none'; style-src 'unsafe-inline'; img-src data:`; light/dark through
 * `prefers-color-scheme`; print CSS. The group-by toggle is CSS radio buttons. Elements carry
 * no source location. (The VS Code preview is another page around the same `<main>`, built by
 * the extension.)
 *
 * Pure: no I/O, no clock. Every piece of user text is escaped by the `html` template.
 */

import type { Scorecard } from '../model.js';
import { escapeHtml, html, trusted } from './escape.js';
import { DEFAULT_HEADING } from './html-header.js';
import type { KpiView } from './html-kpis.js';
import { EXPORT_THEME, scorecardStylesheet } from './html-styles.js';
import { scorecardHeading, scorecardMainHtml } from './render-body.js';

export interface HtmlOptions {
    /** The page heading; default "Strategy scorecard". */
    title?: string;
    /** Shows "Showing the last valid state — the file has syntax errors". */
    stale?: boolean;
    /** The KPI view shown first; default `strategy`. */
    groupBy?: KpiView;
}

export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderScorecardHtml(scorecard: Scorecard, options: HtmlOptions = {}): string {
    const title = scorecardHeading(options.title);
    const documentTitle = title === DEFAULT_HEADING ? title : `${title} — ${DEFAULT_HEADING}`;
    return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(escapeHtml(EXPORT_CSP))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Strat">
<title>${documentTitle}</title>
<style>${trusted(EXPORT_THEME + scorecardStylesheet())}</style>
</head>
<body>
<main>${scorecardMainHtml(scorecard, { title: options.title, stale: options.stale, groupBy: options.groupBy })}</main>
</body>
</html>
`.value;
}
