/**
 * `renderScorecardMainHtml`: one Scorecard as the inside of a page's `<main>` — the header and
 * the sections, nothing about the page around them. The exported page (render-html.ts) and the
 * VS Code preview (built by the extension) both wrap it; the preview also sends it alone to
 * patch an open page. Pure: no I/O, no clock. Every piece of user text is escaped by `html`.
 */

import type { Scorecard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { htmlContext } from './html-context.js';
import { diagnosticsSectionHtml } from './html-diagnostics.js';
import { DEFAULT_HEADING, headerHtml } from './html-header.js';
import { KPI_VIEWS, kpiSectionHtml, type KpiView } from './html-kpis.js';
import { mapSectionHtml } from './html-map-section.js';
import { okrSectionHtml } from './html-okrs.js';
import { stepsSectionHtml } from './html-steps.js';

export interface ScorecardBodyOptions {
    /** The heading; default "Strategy scorecard". */
    title?: string;
    /** Shows "Showing the last valid state — the file has syntax errors". */
    stale?: boolean;
    /** The KPI view shown first: grouped by strategy (the default) or perspective, or only those that need attention. */
    groupBy?: KpiView;
    /**
     * Marks every element and diagnostic with its source location (`data-uri`, `data-line`,
     * `data-character`, `data-kind`) and makes it focusable, for a page that reveals them in an
     * editor. Off by default: an exported page would otherwise hold the author's file paths.
     */
    sourceLinks?: boolean;
    /** Words the banner of a public scorecard for the editor's preview ("Preview as: everyone"); a public one always has a banner. */
    previewBanner?: boolean;
}

/** The heading of a page: the title given, else "Strategy scorecard". */
export function scorecardHeading(title: string | undefined): string {
    const trimmed = title?.trim();
    return trimmed ? trimmed : DEFAULT_HEADING;
}

export function scorecardMainHtml(scorecard: Scorecard, options: ScorecardBodyOptions): SafeHtml {
    const ctx = htmlContext(scorecard, options.sourceLinks === true);
    return html`
${headerHtml(ctx, { title: scorecardHeading(options.title), stale: options.stale === true, previewBanner: options.previewBanner === true })}
${mapSectionHtml(ctx)}
${stepsSectionHtml(ctx)}
${kpiSectionHtml(ctx, KPI_VIEWS.find((view) => view === options.groupBy) ?? 'strategy')}
${okrSectionHtml(ctx)}
${diagnosticsSectionHtml(ctx)}
`;
}

/** The inside of `<main>`, as a string. */
export function renderScorecardMainHtml(scorecard: Scorecard, options: ScorecardBodyOptions = {}): string {
    return scorecardMainHtml(scorecard, options).value;
}
