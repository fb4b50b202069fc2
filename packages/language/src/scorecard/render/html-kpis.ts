/**
 * The KPI scorecard: one card per KPI (html-kpi-card.ts), shown three ways — grouped by
 * strategy, grouped by perspective, or only the KPIs that need attention, most pressing first
 * (html-kpi-attention.ts). All three are rendered; radio buttons and CSS choose which one shows,
 * so the switch needs no script (the preview's script only remembers the choice).
 */

import { html, type SafeHtml } from './escape.js';
import { PERSPECTIVE_LABEL, plural } from './format.js';
import { groupKpisByPerspective, groupKpisByStrategy, type GroupBy, type KpiGroup } from './grouping.js';
import type { HtmlContext } from './html-context.js';
import { kpiCardHtml } from './html-kpi-card.js';
import { attentionViewHtml } from './html-kpi-attention.js';
import { kpisNeedingAttention } from './attention.js';

/** How the KPI section shows its KPIs: grouped, or only those that need attention. */
export type KpiView = GroupBy | 'attention';

export const KPI_VIEWS: readonly KpiView[] = ['strategy', 'perspective', 'attention'];

function groupHeadHtml(ctx: HtmlContext, group: KpiGroup): SafeHtml {
    const count = html`<span class="muted small">${plural(group.kpis.length, 'KPI')}</span>`;
    if (group.kind === 'strategy' && group.strategy) {
        const s = group.strategy;
        const meta = [
            s.perspective ? PERSPECTIVE_LABEL[s.perspective] : 'No perspective',
            s.owner ? `Owner ${s.owner}` : null,
            s.ambition ? `realizes ${s.ambition}` : 'realizes no ambition',
        ].filter((m): m is string => m !== null);
        return html`<div class="kpi-group-head"${ctx.link(s.location, 'strategy')}><h3>${s.title || s.name}</h3><span class="name">${s.name}</span><span class="muted small">${meta.join(' · ')}</span>${count}</div>`;
    }
    const note =
        group.kind === 'unassigned'
            ? 'KPIs that monitor no strategy'
            : group.kind === 'no-perspective'
              ? 'KPIs whose strategies have no perspective'
              : 'Balanced-scorecard perspective';
    return html`<div class="kpi-group-head"><h3>${group.heading}</h3><span class="muted small">${note}</span>${count}</div>`;
}

function groupHtml(ctx: HtmlContext, group: KpiGroup): SafeHtml {
    const body =
        group.kpis.length > 0
            ? html`<div class="grid">${group.kpis.map((k) => kpiCardHtml(ctx, k))}</div>`
            : html`<p class="empty">${group.kind === 'strategy' ? 'No KPI monitors this strategy yet (step 3).' : 'No KPI in this group.'}</p>`;
    return html`<section class="kpi-group" aria-label="${group.heading}">${groupHeadHtml(ctx, group)}${body}</section>`;
}

export function kpiSectionHtml(ctx: HtmlContext, view: KpiView): SafeHtml {
    const head = (toggle: SafeHtml | null): SafeHtml =>
        html`<div class="panel-head"><div><h2 id="h-kpis">KPI scorecard <span class="step-no">steps 3–4</span></h2><p>KPIs measure to monitor: is strategy execution on track?</p></div>${toggle}</div>`;
    if (ctx.scorecard.kpis.length === 0) {
        return html`<section class="panel" id="kpi-scorecard" aria-labelledby="h-kpis">${head(null)}<p class="empty">No KPIs yet — step 3 is to set up the KPI framework with <code>kpi</code> elements that monitor each strategy.</p></section>`;
    }
    const byStrategy = groupKpisByStrategy(ctx.scorecard).map((g) => groupHtml(ctx, g));
    const byPerspective = groupKpisByPerspective(ctx.scorecard).map((g) => groupHtml(ctx, g));
    const pressing = kpisNeedingAttention(ctx.scorecard);
    const radio = (value: KpiView): SafeHtml =>
        html`<input class="group-radio" type="radio" name="strat-group-by" id="${`strat-group-${value}`}" value="${value}"${value === view ? html` checked` : null}>`;
    const toggle = html`<div class="group-toggle" role="group" aria-label="Show KPIs"><span class="muted">Show</span><span class="seg"><label for="strat-group-strategy">By strategy</label><label for="strat-group-perspective">By perspective</label><label for="strat-group-attention">Needs attention <span class="count">${pressing.length}</span></label></span></div>`;
    return html`<section class="panel" id="kpi-scorecard" aria-labelledby="h-kpis">${KPI_VIEWS.map(radio)}${head(toggle)}
<div class="by-strategy" data-group-by="strategy">${byStrategy}</div>
<div class="by-perspective" data-group-by="perspective">${byPerspective}</div>
<div class="by-attention" data-group-by="attention">${attentionViewHtml(ctx, pressing)}</div>
</section>`;
}
