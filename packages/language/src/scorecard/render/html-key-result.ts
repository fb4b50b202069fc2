/**
 * One key result on the OKR board: an accessible progress bar ("no data" when progress is null,
 * never 0) that, while its OKR has a pace, marks where progress should be by now and names the
 * pace; from → target, value, confidence, the KPI it measures, and the check-in history. A key
 * result whose figures are withheld from the public says "confidential" in their place.
 */

import type { KeyResultCard, OkrCard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { formatConfidence, formatNumber, formatQuantity, fractionToPercent, NO_DATA, PACE_LABEL, truncate, WITHHELD_TEXT } from './format.js';
import type { HtmlContext } from './html-context.js';
import { kpiStatusChip, withheldHtml } from './html-icons.js';
import { expectedMark, expectedText, paceChip, PACE_TONE } from './html-pace.js';
import { progressLabel, progressPercent } from './progress-bar.js';

function progressBar(kr: KeyResultCard, elapsed: number | null): SafeHtml {
    const percent = progressPercent(kr.progress);
    const name = `Progress of “${truncate(kr.title || kr.name || 'key result', 60)}”`;
    if (kr.withheld) {
        return html`<div class="kr-bar"><div class="progress nodata" role="progressbar" aria-label="${name}" aria-valuemin="0" aria-valuemax="100" aria-valuetext="${WITHHELD_TEXT}"></div><span class="kr-pct">${withheldHtml()}</span></div>`;
    }
    if (percent === null) {
        return html`<div class="kr-bar"><div class="progress nodata" role="progressbar" aria-label="${name}" aria-valuemin="0" aria-valuemax="100" aria-valuetext="${NO_DATA}"></div><span class="kr-pct nodata">${NO_DATA}</span></div>`;
    }
    const label = progressLabel(kr.progress);
    const fill = html`<span class="progress-fill" style="${`width:${percent}%`}"></span>`;
    const expected = expectedText(elapsed);
    if (kr.pace === null || expected === null) {
        return html`<div class="kr-bar"><div class="progress" role="progressbar" aria-label="${name}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent}" aria-valuetext="${label}">${fill}</div><span class="kr-pct">${label}</span></div>`;
    }
    // the mark sits outside the bar, whose rounded corners clip what is inside it
    const valueText = `${label}, ${expected}: ${PACE_LABEL[kr.pace]}`;
    return html`<div class="${`kr-bar paced s-${PACE_TONE[kr.pace]}`}"><div class="progress-track"><div class="progress" role="progressbar" aria-label="${name}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent}" aria-valuetext="${valueText}">${fill}</div>${expectedMark(elapsed)}</div><span class="kr-pct">${label}</span>${paceChip(kr.pace)}</div>`;
}

function checkinsTable(kr: KeyResultCard, unit: string | null): SafeHtml | null {
    if (kr.checkins.length === 0) return null;
    const rows = kr.checkins.map(
        (c) => html`<tr><td>${c.period}</td><td class="num">${formatQuantity(c.value, unit)}</td><td class="num">${formatConfidence(c.confidence)}</td></tr>`,
    );
    return html`<div class="table-scroll"><table class="data checkins"><caption>Check-ins</caption><thead><tr><th scope="col">Period</th><th scope="col" class="num">Value</th><th scope="col" class="num">Confidence</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function keyResultHtml(ctx: HtmlContext, okr: OkrCard, kr: KeyResultCard): SafeHtml {
    const kpi = kr.measures ? ctx.kpis.get(kr.measures) : undefined;
    const unit = kr.unit ?? kpi?.unit ?? null;
    const facts: SafeHtml[] = kr.withheld
        ? [html`<span>From → target <b>${withheldHtml()}</b></span>`, html`<span>Now <b>${withheldHtml()}</b></span>`]
        : [
              html`<span>From <b>${formatQuantity(kr.from, unit)}</b> → <b>${formatQuantity(kr.target, unit)}</b></span>`,
              html`<span>Now <b>${kr.value === null ? NO_DATA : formatQuantity(kr.value, unit)}</b></span>`,
          ];
    const expected = kr.pace === null ? null : fractionToPercent(okr.elapsed);
    if (expected !== null) facts.push(html`<span>Expected by now <b>${`${expected}%`}</b></span>`);
    facts.push(html`<span>Confidence <b>${kr.withheld ? withheldHtml() : formatConfidence(kr.confidence)}</b></span>`);
    if (kr.measures) {
        facts.push(html`<span>Measures <b>${kpi ? kpi.title || kpi.name : kr.measures}</b>${kpi ? html` ${kpiStatusChip(kpi.status)}` : null}</span>`);
    }
    if (kr.weight !== 1) facts.push(html`<span>Weight <b>${formatNumber(kr.weight)}</b></span>`);
    if (kr.owner) facts.push(html`<span>Owner <b>${kr.owner}</b></span>`);
    return html`<li class="kr"${ctx.link(kr.location, 'key-result')}><div class="kr-head"><span class="kr-title">${kr.title || kr.name || 'Key result'}</span>${kr.name ? html`<span class="name">${kr.name}</span>` : null}</div>${progressBar(kr, okr.elapsed)}<div class="kr-facts">${facts}</div>${checkinsTable(kr, unit)}</li>`;
}
