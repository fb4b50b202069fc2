/**
 * The KPI section's "needs attention" view: only the KPIs whose model `attention` is not empty
 * (red, stale, or addressed by a running OKR at risk), most pressing first (attention.ts), each
 * card saying why it is there.
 */

import type { KpiCard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { plural } from './format.js';
import type { HtmlContext } from './html-context.js';
import { kpiCardHtml } from './html-kpi-card.js';

export function attentionViewHtml(ctx: HtmlContext, pressing: readonly KpiCard[]): SafeHtml {
    const head = html`<div class="kpi-group-head"><h3>Needs attention</h3><span class="muted small">Red, stale, or addressed by an OKR at risk — most pressing first</span><span class="muted small">${plural(pressing.length, 'KPI')}</span></div>`;
    const body =
        pressing.length > 0
            ? html`<div class="grid">${pressing.map((kpi) => kpiCardHtml(ctx, kpi, { reasons: true }))}</div>`
            : html`<p class="empty">No KPI needs attention: none is red, stale, or addressed by an OKR at risk.</p>`;
    return html`<section class="kpi-group" aria-label="KPIs that need attention">${head}${body}</section>`;
}
