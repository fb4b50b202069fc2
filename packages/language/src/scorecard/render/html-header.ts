/**
 * The page header: title, the reference date ("As of 17 August 2026" or "No reference date"),
 * the ambition(s) with their horizon, headline counts and the KPI health bar (how many KPIs are
 * green, amber, red, unknown), plus the "stale" marker.
 */

import type { KpiCardStatus } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { formatNumber, KPI_STATUS_LABEL, KPI_STATUSES, plural } from './format.js';
import type { HtmlContext } from './html-context.js';
import { statusIcon } from './html-icons.js';
import { asOfText } from './day-format.js';
import { audienceBannerHtml } from './html-audience.js';

export interface HeaderOptions {
    title: string;
    stale: boolean;
    /** Words the public scorecard's banner for the editor's preview ("Preview as: everyone"). */
    previewBanner: boolean;
}

/** The heading when the page has no title of its own; the eyebrow then does not repeat it. */
export const DEFAULT_HEADING = 'Strategy scorecard';

export function staleBannerHtml(): SafeHtml {
    return html`<div class="stale" role="status">${statusIcon('amber', 16)}<span>Showing the last valid state — the file has syntax errors</span></div>`;
}

function ambitionsHtml(ctx: HtmlContext): SafeHtml {
    const { ambitions } = ctx.scorecard;
    if (ambitions.length === 0) {
        return html`<p class="empty">No ambition yet — step 1 is to write down the longer-term <code>ambition</code>.</p>`;
    }
    const items = ambitions.map((a) => {
        const meta = [
            a.horizon ? `Horizon ${a.horizon}` : 'No horizon',
            a.owner ? `Owner ${a.owner}` : null,
            plural(a.strategies.length, 'strategy', 'strategies'),
        ].filter((part): part is string => part !== null);
        return html`<li class="ambition"${ctx.link(a.location, 'ambition')}><div class="ambition-title">${a.title || a.name} <span class="name">${a.name}</span></div><div class="meta">${meta.join(' · ')}</div>${a.description ? html`<p class="meta long">${a.description}</p>` : null}</li>`;
    });
    return html`<ul class="ambitions" aria-label="Ambitions">${items}</ul>`;
}

function healthHtml(ctx: HtmlContext): SafeHtml | null {
    const { kpis } = ctx.scorecard;
    if (kpis.length === 0) return null;
    // confidential KPIs of a public scorecard have a bar segment of their own, and a legend entry only when there are some
    const withheld = kpis.filter((k) => k.status === 'confidential').length;
    const statuses: readonly KpiCardStatus[] = withheld > 0 ? [...KPI_STATUSES, 'confidential'] : KPI_STATUSES;
    const counts = statuses.map((status) => ({ status, count: kpis.filter((k) => k.status === status).length }));
    const segments = counts
        .filter((c) => c.count > 0)
        .map((c) => html`<span class="s-${c.status}" style="${`width:${((c.count / kpis.length) * 100).toFixed(2)}%`}"></span>`);
    const legend = counts.map(
        (c) => html`<span class="s-${c.status}">${statusIcon(c.status, 13)}${formatNumber(c.count)} ${KPI_STATUS_LABEL[c.status].toLowerCase()}</span>`,
    );
    const label = counts.map((c) => `${c.count} ${c.status}`).join(', ');
    return html`<div class="health"><div class="health-bar" role="img" aria-label="${`KPI status: ${label}`}">${segments}</div><div class="health-legend">${legend}</div></div>`;
}

/** The reference date every time judgement of the page is made against (docs/language.md#time). */
function asOfHtml(asOf: string | null, referenceDates: readonly string[] = []): SafeHtml {
    if (referenceDates.length > 1) {
        return html`<p class="as-of" title="${`Reference dates: ${referenceDates.join(', ')}`}">${asOfText(asOf, referenceDates)}</p>`;
    }
    return asOf === null
        ? html`<p class="as-of no-date">${asOfText(null)}</p>`
        : html`<p class="as-of"><time datetime="${asOf}">${asOfText(asOf)}</time></p>`;
}

function tile(value: number, label: string): SafeHtml {
    return html`<div class="tile"><div class="tile-value">${formatNumber(value)}</div><div class="tile-label">${label}</div></div>`;
}

export function headerHtml(ctx: HtmlContext, options: HeaderOptions): SafeHtml {
    const { steps, diagnostics } = ctx.scorecard;
    const problems = diagnostics.summary.errors + diagnostics.summary.warnings;
    return html`${options.stale ? staleBannerHtml() : null}${audienceBannerHtml(ctx.scorecard, options.previewBanner)}<header class="hero">
${options.title === DEFAULT_HEADING ? null : html`<div class="eyebrow"><span>Strategy scorecard</span></div>`}
<h1>${options.title}</h1>
${asOfHtml(ctx.scorecard.asOf, ctx.scorecard.referenceDates)}
${ambitionsHtml(ctx)}
<div class="tiles">${tile(steps.strategies, 'strategies')}${tile(steps.kpis, 'KPIs')}${tile(steps.redKpis, 'red KPIs')}${tile(steps.activeOkrs, 'active OKRs')}${tile(steps.closedOkrs, 'closed OKRs')}${tile(problems, 'errors & warnings')}</div>
${healthHtml(ctx)}
<nav class="no-print" aria-label="Sections"><p class="small"><a class="toc" href="#strategy-map">Strategy map</a> · <a class="toc" href="#seven-steps">Seven steps</a> · <a class="toc" href="#kpi-scorecard">KPI scorecard</a> · <a class="toc" href="#okr-board">OKR board</a> · <a class="toc" href="#diagnostics">Diagnostics</a></p></nav>
</header>`;
}
