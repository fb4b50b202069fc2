/**
 * One KPI card: status as word + icon + colour, latest value vs target and alert, direction,
 * trend, sparkline, time frame, owner, rewarded/confidential badges, the OKRs addressing it (with
 * their pace), and with a reference date its freshness — a stale KPI marked in words, with a
 * clock and a dashed edge. In the "needs attention" view the card also says why it is there.
 * A confidential KPI in a public scorecard shows "confidential" with a lock wherever a figure was.
 */

import type { KpiCard } from '../model.js';
import { attentionReasons, ATTENTION_LABEL, ATTENTION_MEANING } from './attention.js';
import { html, type SafeHtml } from './escape.js';
import {
    DIRECTION_LABEL,
    formatNumber,
    formatQuantity,
    formatTarget,
    freshnessText,
    sourceText,
    FREQUENCY_LABEL,
    OKR_STATUS_LABEL,
    PACE_LABEL,
    TREND_LABEL,
    trendArrow,
    truncate,
} from './format.js';
import type { HtmlContext } from './html-context.js';
import { clockIcon, kpiStatusChip, lockIcon, staleChip, withheldHtml } from './html-icons.js';
import { sparkline } from './html-sparkline.js';

export interface KpiCardOptions {
    /** Says why the KPI needs attention (the "needs attention" view). */
    reasons?: boolean;
}

function fact(term: string, value: SafeHtml | string): SafeHtml {
    return html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
}

function valueHtml(kpi: KpiCard): SafeHtml {
    if (kpi.withheld) return html`<div class="kpi-value"><span class="big withheld">${lockIcon(20)}<span>Confidential</span></span><div class="muted small">Its figures are not shared</div></div>`;
    if (kpi.value === null) return html`<div class="kpi-value"><span class="big muted">—</span><div class="muted small">No actuals yet</div></div>`;
    const unit = kpi.unit === '%' ? '%' : kpi.unit;
    const big = kpi.unit === '%' ? `${formatNumber(kpi.value)}%` : formatNumber(kpi.value);
    return html`<div class="kpi-value"><span class="big">${big}</span>${unit && unit !== '%' ? html` <span class="unit">${unit}</span>` : null}<div class="muted small">${kpi.period ? `latest: ${kpi.period}` : 'latest'}</div></div>`;
}

/** `stale: no value since 2026-06; monthly` or `fresh until 2026-07-31; monthly`; nothing when undecidable. */
function freshnessHtml(kpi: KpiCard): SafeHtml | null {
    const text = freshnessText(kpi);
    if (text === null) return null;
    return kpi.stale === true
        ? html`<p class="freshness is-stale">${clockIcon()}<span>${text}</span></p>`
        : html`<p class="freshness muted small">${text}</p>`;
}

function addressedByHtml(ctx: HtmlContext, kpi: KpiCard): SafeHtml | null {
    if (kpi.addressedBy.length === 0) return null;
    const chips = kpi.addressedBy.map((name) => {
        const okr = ctx.okrs.get(name);
        if (!okr) return html`<span class="chip" title="${`OKR ${name}`}"><span>${name}</span></span>`;
        // the objective gives way (ellipsis) before the status and the pace do
        const state = `· ${OKR_STATUS_LABEL[okr.status]}${okr.pace ? ` · ${PACE_LABEL[okr.pace]}` : ''}`;
        return html`<span class="chip okr-chip" title="${`OKR ${name}: ${okr.objective}`}"><span>${truncate(okr.objective || name, 40)}</span> <span class="okr-state">${state}</span></span>`;
    });
    return html`<span class="label">Addressed by</span>${chips}`;
}

function reasonsHtml(kpi: KpiCard): SafeHtml | null {
    const reasons = attentionReasons(kpi);
    if (reasons.length === 0) return null;
    const chips = reasons.map(
        (reason) => html`<span class="${`chip attention-reason r-${reason}`}" title="${ATTENTION_MEANING[reason]}">${ATTENTION_LABEL[reason]}</span>`,
    );
    return html`<p class="attention-reasons"><span class="label">Needs attention:</span>${chips}</p>`;
}

export function kpiCardHtml(ctx: HtmlContext, kpi: KpiCard, options: KpiCardOptions = {}): SafeHtml {
    const badges: SafeHtml[] = [];
    if (kpi.rewarded) badges.push(html`<span class="chip badge-rewarded" title="Used for remuneration / performance management">Rewarded</span>`);
    if (kpi.confidential) badges.push(html`<span class="chip badge-confidential" title="Visibility limited">Confidential</span>`);
    const addressed = addressedByHtml(ctx, kpi);
    const foot = badges.length > 0 || addressed ? html`<div class="card-foot">${badges}${addressed}</div>` : null;
    const trend = html`<span class="${`trend t-${kpi.trend}`}"><span class="arrow" aria-hidden="true">${trendArrow(kpi.trend, kpi.direction)}</span> ${TREND_LABEL[kpi.trend]}</span>`;
    const subtitle = [kpi.frequency ? FREQUENCY_LABEL[kpi.frequency] : null].filter((s): s is string => s !== null);
    const stale = kpi.stale === true;
    const status = stale ? html`<div class="card-status">${kpiStatusChip(kpi.status)}${staleChip(freshnessText(kpi))}</div>` : kpiStatusChip(kpi.status);
    return html`<article class="${`card kpi-card s-${kpi.status}${stale ? ' kpi-stale' : ''}`}"${ctx.link(kpi.location, 'kpi')}>
${options.reasons === true ? reasonsHtml(kpi) : null}<div class="card-head"><div><h4 class="card-title">${kpi.title || kpi.name}</h4><div class="name">${kpi.name}${subtitle.length > 0 ? ` · ${subtitle.join(' · ')}` : ''}</div></div>${status}</div>
<div class="kpi-figures">${valueHtml(kpi)}${sparkline(kpi)}</div>
${freshnessHtml(kpi)}<dl class="facts">${fact('Target', kpi.withheld ? withheldHtml() : formatTarget(kpi.target, kpi.direction, kpi.unit))}${fact('Alert', kpi.withheld ? withheldHtml() : kpi.alert === null ? 'none' : formatQuantity(kpi.alert, kpi.unit))}${fact('Trend', kpi.withheld ? withheldHtml() : trend)}${fact('Direction', DIRECTION_LABEL[kpi.direction])}${fact('Time frame', kpi.frequency ? FREQUENCY_LABEL[kpi.frequency] : 'not set')}${fact('Owner', kpi.owner ?? '—')}${kpi.baseline !== null ? fact('Baseline', formatQuantity(kpi.baseline, kpi.unit)) : null}${kpi.source ? fact('Data', html`<span class="long">${sourceText(kpi)}</span>`) : null}</dl>
${kpi.description ? html`<p class="muted small long">${kpi.description}</p>` : null}${foot}
</article>`;
}
