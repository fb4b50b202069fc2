/**
 * The OKR board: one card per objective with cycle, owner, commitment, status, score, grade and
 * pace (html-score.ts); with a reference date, the cycle as a timeline (html-cycle.ts); the
 * step 5 → 7 path at a glance (the KPIs it addresses and their status, the improvement plan,
 * closure); its key results (html-key-result.ts); the plan's initiatives, overdue ones marked.
 * Three parts (about, key results, plan) follow each other on screen and sit side by side on
 * paper, where a card must fit a page (html-styles-print.ts).
 */

import type { InitiativeCard, OkrCard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { freshnessText, OKR_STATUS_LABEL, truncate } from './format.js';
import type { HtmlContext } from './html-context.js';
import { cycleTimelineHtml, okrReferenceDate } from './html-cycle.js';
import { clockIcon, kpiStatusChip, staleChip } from './html-icons.js';
import { keyResultHtml } from './html-key-result.js';
import { scoreHtml } from './html-score.js';

function doneMark(done: boolean): SafeHtml {
    return html`<svg class="mark" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" focusable="false"><rect class="mark-box" x="1.5" y="1.5" width="13" height="13" rx="3"/>${done ? html`<path class="mark-check" d="M4.6 8.3l2.3 2.3 4.6-4.9"/>` : null}</svg>`;
}

function initiativeState(initiative: InitiativeCard): SafeHtml {
    if (initiative.overdue === true) {
        return html`<span class="chip warn overdue" title="Not done, and its due date has passed">${clockIcon()}<span>Overdue</span></span>`;
    }
    return html`<span class="state">${initiative.done ? 'Done' : 'Open'}</span>`;
}

function initiativeHtml(initiative: InitiativeCard): SafeHtml {
    const meta = [initiative.owner ? `owner ${initiative.owner}` : null, initiative.due ? `due ${initiative.due}` : null].filter(
        (m): m is string => m !== null,
    );
    const className = initiative.done ? 'done' : initiative.overdue === true ? 'open overdue' : 'open';
    return html`<li class="${className}">${doneMark(initiative.done)}<span><span class="what">${initiative.title}</span> ${initiativeState(initiative)}${meta.length > 0 ? html`<br><span class="muted small">${meta.join(' · ')}</span>` : null}</span></li>`;
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
            ? html`<span class="chips"><span class="long">${truncate(kpi.title || kpi.name, 48)}</span>${kpiStatusChip(kpi.status)}${kpi.stale === true ? staleChip(freshnessText(kpi)) : null}</span>`
            : html`<span class="chips"><span class="long">${name}</span></span>`;
    });
    const initiatives = okr.plan?.initiatives ?? [];
    const done = initiatives.filter((i) => i.done).length;
    const overdue = initiatives.filter((i) => i.overdue === true).length;
    const plan = okr.plan === null ? 'No plan' : `${done} of ${initiatives.length} initiatives done${overdue > 0 ? `, ${overdue} overdue` : ''}`;
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
            ? html`<ol class="krs">${okr.keyResults.map((kr) => keyResultHtml(ctx, okr, kr))}</ol>`
            : html`<p class="empty">No key results yet.</p>`;
    return html`<article class="${`card okr-card okr-${okr.status} s-${okr.grade ?? 'unknown'}`}"${ctx.link(okr.location, 'okr')}>
<div class="okr-about"><div class="okr-head"><div><h3>${okr.objective || okr.name}</h3><div class="name">${okr.name}</div><div class="chips">${chips}</div></div>${scoreHtml(okr)}</div>
${cycleTimelineHtml(okr, okrReferenceDate(okr, ctx.scorecard))}
<div class="okr-meta">${meta}</div>
${okr.description ? html`<p class="muted small long">${okr.description}</p>` : null}
${flowHtml(ctx, okr)}</div>
<div class="okr-results"><h4>Key results</h4>
${krs}</div>
<div class="okr-plan"><h4>Improvement plan</h4>
${planHtml(okr)}</div>
</article>`;
}

export function okrSectionHtml(ctx: HtmlContext): SafeHtml {
    const { okrs } = ctx.scorecard;
    // the legend explains the marks, so it shows only where there are some
    const paced = okrs.some((o) => o.pace !== null || o.keyResults.some((kr) => kr.pace !== null));
    const body =
        okrs.length > 0
            ? html`<div class="okr-grid">${okrs.map((o) => okrCardHtml(ctx, o))}</div>`
            : html`<p class="empty">No OKRs yet — where a KPI goes red, formulate an <code>okr</code> that addresses it (step 5).</p>`;
    return html`<section class="panel" id="okr-board" aria-labelledby="h-okrs"><div class="panel-head"><div><h2 id="h-okrs">OKR board <span class="step-no">steps 5–7</span></h2><p>OKRs measure to move forward: ambitious, transparent, and kept out of rewards.</p>${paced ? html`<p class="pace-legend"><span class="expected-sample" aria-hidden="true"></span> marks where progress should be by now: the share of the cycle that has passed.</p>` : null}</div></div>${body}</section>`;
}
