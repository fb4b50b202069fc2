/** The seven-step overview: the counts of `scorecard.steps` and the gaps the rules found. */

import { html, type SafeHtml } from './escape.js';
import { formatNumber, SEVERITY_LABEL } from './format.js';
import type { HtmlContext } from './html-context.js';
import { diagnosticCountsByCode, sevenSteps, stepOfCode } from './steps.js';

function emphasiseCount(fact: string): SafeHtml {
    const match = /^(\d+)(.*)$/.exec(fact);
    return match ? html`<strong>${formatNumber(Number(match[1]))}</strong>${match[2] ?? ''}` : html`${fact}`;
}

export function stepsSectionHtml(ctx: HtmlContext): SafeHtml {
    const steps = sevenSteps(ctx.scorecard).map((step) => {
        const gaps =
            step.gaps.length > 0
                ? html`<ul class="step-gaps" aria-label="${`Gaps in step ${step.number}`}">${step.gaps.map(
                      (g) => html`<li><code>${g.code}</code> × ${formatNumber(g.count)}</li>`,
                  )}</ul>`
                : html`<div class="step-ok">No gaps</div>`;
        return html`<li class="${step.gaps.length > 0 ? 'step has-gaps' : 'step'}"><div class="step-head"><span class="step-num" aria-hidden="true">${step.number}</span><span><span class="visually-hidden">${`Step ${step.number}: `}</span>${step.name}</span></div><ul class="step-facts">${step.facts.map((f) => html`<li>${emphasiseCount(f)}</li>`)}</ul>${gaps}</li>`;
    });
    const counts = diagnosticCountsByCode(ctx.scorecard);
    const gapsTable =
        counts.length === 0
            ? html`<p class="empty">The rules found no gaps.</p>`
            : html`<div class="table-scroll"><table class="data"><thead><tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">Step</th><th scope="col" class="num">Count</th></tr></thead><tbody>${counts.map((c) => {
                  const step = stepOfCode(c.code);
                  return html`<tr><td><code>${c.code}</code></td><td><span class="${`chip sev-chip sev-${c.severity}`}"><span class="sev-dot" aria-hidden="true"></span>${SEVERITY_LABEL[c.severity] ?? c.severity}</span></td><td>${step === null ? 'general' : `step ${step}`}</td><td class="num">${formatNumber(c.count)}</td></tr>`;
              })}</tbody></table></div>`;
    return html`<section class="panel" id="seven-steps" aria-labelledby="h-steps">
<div class="panel-head"><div><h2 id="h-steps">Seven steps</h2><p>From ambition to business as usual: how far the strategy has come.</p></div></div>
<ol class="steps">${steps}</ol>
<h3 class="sub">Gaps found by the rules</h3>
${gapsTable}
</section>`;
}
