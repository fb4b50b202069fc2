/**
 * The KPI scorecard: one card per KPI (status as word + icon + colour, latest value vs target
 * and alert, direction, trend, sparkline, time frame, owner, rewarded/confidential badges, the
 * OKRs addressing it), grouped by strategy or by perspective. Both groupings are rendered; a
 * pair of radio buttons and CSS choose which one shows, so the toggle needs no script.
 */

import type { KpiCard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import {
    DIRECTION_LABEL,
    formatNumber,
    formatQuantity,
    formatTarget,
    FREQUENCY_LABEL,
    OKR_STATUS_LABEL,
    PERSPECTIVE_LABEL,
    plural,
    TREND_LABEL,
    trendArrow,
    truncate,
} from './format.js';
import { groupKpisByPerspective, groupKpisByStrategy, type GroupBy, type KpiGroup } from './grouping.js';
import type { HtmlContext } from './html-context.js';
import { kpiStatusChip } from './html-icons.js';
import { sparkline } from './html-sparkline.js';

function fact(term: string, value: SafeHtml | string): SafeHtml {
    return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}

function valueHtml(kpi: KpiCard): SafeHtml {
    if (kpi.value === null) return html`<div class="kpi-value"><span class="big muted">—</span><div class="muted small">No actuals yet</div></div>`;
    const unit = kpi.unit === '%' ? '%' : kpi.unit;
    const big = kpi.unit === '%' ? `${formatNumber(kpi.value)}%` : formatNumber(kpi.value);
    return html`<div class="kpi-value"><span class="big">${big}</span>${unit && unit !== '%' ? html` <span class="unit">${unit}</span>` : null}<div class="muted small">${kpi.period ? `latest: ${kpi.period}` : 'latest'}</div></div>`;
}

function addressedByHtml(ctx: HtmlContext, kpi: KpiCard): SafeHtml | null {
    if (kpi.addressedBy.length === 0) return null;
    const chips = kpi.addressedBy.map((name) => {
        const okr = ctx.okrs.get(name);
        const label = okr ? `${truncate(okr.objective || name, 40)} · ${OKR_STATUS_LABEL[okr.status]}` : name;
        return html`<span class="chip" title="${okr ? `OKR ${name}: ${okr.objective}` : `OKR ${name}`}">${label}</span>`;
    });
    return html`<span class="label">Addressed by</span>${chips}`;
}

export function kpiCardHtml(ctx: HtmlContext, kpi: KpiCard): SafeHtml {
    const badges: SafeHtml[] = [];
    if (kpi.rewarded) badges.push(html`<span class="chip badge-rewarded" title="Used for remuneration / performance management">Rewarded</span>`);
    if (kpi.confidential) badges.push(html`<span class="chip badge-confidential" title="Visibility limited">Confidential</span>`);
    const addressed = addressedByHtml(ctx, kpi);
    const foot = badges.length > 0 || addressed ? html`<div class="card-foot">${badges}${addressed}</div>` : null;
    const trend = html`<span class="${`trend t-${kpi.trend}`}"><span class="arrow" aria-hidden="true">${trendArrow(kpi.trend, kpi.direction)}</span> ${TREND_LABEL[kpi.trend]}</span>`;
    const subtitle = [kpi.frequency ? FREQUENCY_LABEL[kpi.frequency] : null].filter((s): s is string => s !== null);
    return html`<article class="${`card kpi-card s-${kpi.status}`}"${ctx.link(kpi.location, 'kpi')}>
<div class="card-head"><div><h4 class="card-title">${kpi.title || kpi.name}</h4><div class="name">${kpi.name}${subtitle.length > 0 ? ` · ${subtitle.join(' · ')}` : ''}</div></div>${kpiStatusChip(kpi.status)}</div>
<div class="kpi-figures">${valueHtml(kpi)}${sparkline(kpi)}</div>
<dl class="facts">${fact('Target', formatTarget(kpi.target, kpi.direction, kpi.unit))}${fact('Alert', kpi.alert === null ? 'none' : formatQuantity(kpi.alert, kpi.unit))}${fact('Trend', trend)}${fact('Direction', DIRECTION_LABEL[kpi.direction])}${fact('Time frame', kpi.frequency ? FREQUENCY_LABEL[kpi.frequency] : 'not set')}${fact('Owner', kpi.owner ?? '—')}${kpi.baseline !== null ? fact('Baseline', formatQuantity(kpi.baseline, kpi.unit)) : null}</dl>
${kpi.description ? html`<p class="muted small long">${kpi.description}</p>` : null}${foot}
</article>`;
}

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

export function kpiSectionHtml(ctx: HtmlContext, groupBy: GroupBy): SafeHtml {
    const head = (toggle: SafeHtml | null): SafeHtml =>
        html`<div class="panel-head"><div><h2 id="h-kpis">KPI scorecard <span class="step-no">steps 3–4</span></h2><p>KPIs measure to monitor: is strategy execution on track?</p></div>${toggle}</div>`;
    if (ctx.scorecard.kpis.length === 0) {
        return html`<section class="panel" id="kpi-scorecard" aria-labelledby="h-kpis">${head(null)}<p class="empty">No KPIs yet — step 3 is to set up the KPI framework with <code>kpi</code> elements that monitor each strategy.</p></section>`;
    }
    const byStrategy = groupKpisByStrategy(ctx.scorecard).map((g) => groupHtml(ctx, g));
    const byPerspective = groupKpisByPerspective(ctx.scorecard).map((g) => groupHtml(ctx, g));
    const radio = (value: GroupBy): SafeHtml =>
        html`<input class="group-radio" type="radio" name="strat-group-by" id="${`strat-group-${value}`}" value="${value}"${value === groupBy ? html` checked` : null}>`;
    const toggle = html`<div class="group-toggle" role="group" aria-label="Group KPIs by"><span class="muted">Group by</span><span class="seg"><label for="strat-group-strategy">Strategy</label><label for="strat-group-perspective">Perspective</label></span></div>`;
    return html`<section class="panel" id="kpi-scorecard" aria-labelledby="h-kpis">${radio('strategy')}${radio('perspective')}${head(toggle)}
<div class="by-strategy" data-group-by="strategy">${byStrategy}</div>
<div class="by-perspective" data-group-by="perspective">${byPerspective}</div>
</section>`;
}
