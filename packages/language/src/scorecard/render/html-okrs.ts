/**
 * The OKR board: one card per objective with cycle, owner, commitment, status, score and grade;
 * the step 5 → 7 path at a glance (the KPIs it addresses and their status, the improvement plan,
 * closure); each key result with an accessible progress bar ("no data" when progress is null,
 * never 0), from → target, value, confidence and check-in history; the plan's initiatives.
 */

import type { InitiativeCard, KeyResultCard, OkrCard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import {
    formatConfidence,
    formatNumber,
    formatQuantity,
    fractionToPercent,
    GRADE_LABEL,
    NO_DATA,
    OKR_STATUS_LABEL,
    truncate,
} from './format.js';
import type { HtmlContext } from './html-context.js';
import { gradeChip, kpiStatusChip } from './html-icons.js';
import { progressLabel, progressPercent } from './progress-bar.js';

const RING_RADIUS = 26;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

function scoreRing(okr: OkrCard): SafeHtml {
    const percent = fractionToPercent(okr.score);
    const label = percent === null ? `Score: ${NO_DATA}` : `Score: ${percent}%${okr.grade ? `, grade ${GRADE_LABEL[okr.grade]}` : ''}`;
    const dash = percent === null ? 0 : (RING_LENGTH * percent) / 100;
    const value =
        percent === null || percent === 0
            ? null
            : html`<circle class="ring-value" cx="36" cy="36" r="${RING_RADIUS}" stroke-dasharray="${`${dash.toFixed(2)} ${RING_LENGTH.toFixed(2)}`}" transform="rotate(-90 36 36)"/>`;
    const text =
        percent === null
            ? html`<text class="ring-text nodata" x="36" y="40" text-anchor="middle">${NO_DATA}</text>`
            : html`<text class="ring-text" x="36" y="41" text-anchor="middle">${`${percent}%`}</text>`;
    return html`<div class="${`score s-${okr.grade ?? 'unknown'}`}"><svg class="ring" viewBox="0 0 72 72" width="72" height="72" role="img" aria-label="${label}"><circle class="ring-track" cx="36" cy="36" r="${RING_RADIUS}"/>${value}${text}</svg>${gradeChip(okr.grade)}</div>`;
}

function progressBar(kr: KeyResultCard): SafeHtml {
    const percent = progressPercent(kr.progress);
    const name = `Progress of “${truncate(kr.title || kr.name || 'key result', 60)}”`;
    if (percent === null) {
        return html`<div class="kr-bar"><div class="progress nodata" role="progressbar" aria-label="${name}" aria-valuemin="0" aria-valuemax="100" aria-valuetext="${NO_DATA}"></div><span class="kr-pct nodata">${NO_DATA}</span></div>`;
    }
    const label = progressLabel(kr.progress);
    return html`<div class="kr-bar"><div class="progress" role="progressbar" aria-label="${name}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${percent}" aria-valuetext="${label}"><span class="progress-fill" style="${`width:${percent}%`}"></span></div><span class="kr-pct">${label}</span></div>`;
}

function checkinsTable(kr: KeyResultCard, unit: string | null): SafeHtml | null {
    if (kr.checkins.length === 0) return null;
    const rows = kr.checkins.map(
        (c) => html`<tr><td>${c.period}</td><td class="num">${formatQuantity(c.value, unit)}</td><td class="num">${formatConfidence(c.confidence)}</td></tr>`,
    );
    return html`<div class="table-scroll"><table class="data checkins"><caption>Check-ins</caption><thead><tr><th scope="col">Period</th><th scope="col" class="num">Value</th><th scope="col" class="num">Confidence</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function keyResultHtml(ctx: HtmlContext, kr: KeyResultCard): SafeHtml {
    const kpi = kr.measures ? ctx.kpis.get(kr.measures) : undefined;
    const unit = kr.unit ?? kpi?.unit ?? null;
    const facts: SafeHtml[] = [
        html`<span>From <b>${formatQuantity(kr.from, unit)}</b> → <b>${formatQuantity(kr.target, unit)}</b></span>`,
        html`<span>Now <b>${kr.value === null ? NO_DATA : formatQuantity(kr.value, unit)}</b></span>`,
        html`<span>Confidence <b>${formatConfidence(kr.confidence)}</b></span>`,
    ];
    if (kr.measures) {
        facts.push(html`<span>Measures <b>${kpi ? kpi.title || kpi.name : kr.measures}</b>${kpi ? html` ${kpiStatusChip(kpi.status)}` : null}</span>`);
    }
    if (kr.weight !== 1) facts.push(html`<span>Weight <b>${formatNumber(kr.weight)}</b></span>`);
    if (kr.owner) facts.push(html`<span>Owner <b>${kr.owner}</b></span>`);
    return html`<li class="kr"${ctx.link(kr.location, 'key-result')}><div class="kr-head"><span class="kr-title">${kr.title || kr.name || 'Key result'}</span>${kr.name ? html`<span class="name">${kr.name}</span>` : null}</div>${progressBar(kr)}<div class="kr-facts">${facts}</div>${checkinsTable(kr, unit)}</li>`;
}

function doneMark(done: boolean): SafeHtml {
    return html`<svg class="mark" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false"><rect class="mark-box" x="1.5" y="1.5" width="13" height="13" rx="3"/>${done ? html`<path class="mark-check" d="M4.6 8.3l2.3 2.3 4.6-4.9"/>` : null}</svg>`;
}

function initiativeHtml(initiative: InitiativeCard): SafeHtml {
    const meta = [initiative.owner ? `owner ${initiative.owner}` : null, initiative.due ? `due ${initiative.due}` : null].filter(
        (m): m is string => m !== null,
    );
    return html`<li class="${initiative.done ? 'done' : 'open'}">${doneMark(initiative.done)}<span><span class="what">${initiative.title}</span> <span class="state">${initiative.done ? 'Done' : 'Open'}</span>${meta.length > 0 ? html`<br><span class="muted small">${meta.join(' · ')}</span>` : null}</span></li>`;
}

function planHtml(okr: OkrCard): SafeHtml {
    if (!okr.plan) return html`<p class="empty">No improvement plan yet (step 6).</p>`;
    if (okr.plan.initiatives.length === 0) return html`<p class="empty">The plan has no initiatives yet.</p>`;
    return html`<ul class="plan">${okr.plan.initiatives.map(initiativeHtml)}</ul>`;
}

function flowHtml(ctx: HtmlContext, okr: OkrCard): SafeHtml {
    const addressed = okr.addresses.map((name) => {
        const kpi = ctx.kpis.get(name);
        return kpi
            ? html`<span class="chips"><span class="long">${truncate(kpi.title || kpi.name, 48)}</span>${kpiStatusChip(kpi.status)}</span>`
            : html`<span class="chips"><span class="long">${name}</span></span>`;
    });
    const initiatives = okr.plan?.initiatives ?? [];
    const done = initiatives.filter((i) => i.done).length;
    const plan = okr.plan === null ? 'No plan' : `${done} of ${initiatives.length} initiatives done`;
    const closure =
        okr.status === 'closed' ? 'Closed: its KPIs monitor it again' : okr.status === 'draft' ? 'Draft' : 'Not yet: the OKR is active';
    return html`<ol class="flow" aria-label="Steps 5 to 7"><li class="${okr.addresses.length > 0 ? 'reached' : ''}"><span class="flow-step">5 · Addresses</span>${addressed.length > 0 ? addressed : html`<span class="muted">no KPI</span>`}</li><li class="${initiatives.length > 0 ? 'reached' : ''}"><span class="flow-step">6 · Improvement plan</span>${plan}</li><li class="${okr.status === 'closed' ? 'reached' : ''}"><span class="flow-step">7 · Business as usual</span>${closure}</li></ol>`;
}

export function okrCardHtml(ctx: HtmlContext, okr: OkrCard): SafeHtml {
    const chips: SafeHtml[] = [
        html`<span class="${okr.cycle ? 'chip' : 'chip warn'}">${okr.cycle ? `Cycle ${okr.cycle}` : 'No cycle'}</span>`,
        html`<span class="chip">${OKR_STATUS_LABEL[okr.status]}</span>`,
        html`<span class="chip">${okr.commitment === 'committed' ? 'Committed' : 'Aspirational'}</span>`,
    ];
    if (okr.confidential) chips.push(html`<span class="chip warn" title="OKRs are meant to be shared transparently">Confidential</span>`);
    const parent = okr.supports ? ctx.okrs.get(okr.supports) : undefined;
    const meta: SafeHtml[] = [html`<span>Owner <b>${okr.owner ?? '—'}</b></span>`];
    if (okr.supports) {
        meta.push(html`<span>Supports <b>${parent ? truncate(parent.objective || parent.name, 60) : okr.supports}</b>${parent ? html` <span class="name">${parent.name}</span>` : null}</span>`);
    }
    const krs =
        okr.keyResults.length > 0
            ? html`<ol class="krs">${okr.keyResults.map((kr) => keyResultHtml(ctx, kr))}</ol>`
            : html`<p class="empty">No key results yet.</p>`;
    return html`<article class="${`card okr-card okr-${okr.status} s-${okr.grade ?? 'unknown'}`}"${ctx.link(okr.location, 'okr')}>
<div class="okr-head"><div><h3>${okr.objective || okr.name}</h3><div class="name">${okr.name}</div><div class="chips">${chips}</div></div>${scoreRing(okr)}</div>
<div class="okr-meta">${meta}</div>
${okr.description ? html`<p class="muted small long">${okr.description}</p>` : null}
${flowHtml(ctx, okr)}
<h4>Key results</h4>
${krs}
<h4>Improvement plan</h4>
${planHtml(okr)}
</article>`;
}

export function okrSectionHtml(ctx: HtmlContext): SafeHtml {
    const { okrs } = ctx.scorecard;
    const body =
        okrs.length > 0
            ? html`<div class="okr-grid">${okrs.map((o) => okrCardHtml(ctx, o))}</div>`
            : html`<p class="empty">No OKRs yet — where a KPI goes red, formulate an <code>okr</code> that addresses it (step 5).</p>`;
    return html`<section class="panel" id="okr-board" aria-labelledby="h-okrs"><div class="panel-head"><div><h2 id="h-okrs">OKR board <span class="step-no">steps 5–7</span></h2><p>OKRs measure to move forward: ambitious, transparent, and kept out of rewards.</p></div></div>${body}</section>`;
}
