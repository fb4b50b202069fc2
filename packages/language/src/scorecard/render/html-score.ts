/**
 * An objective's score area: the score as a ring (its grade's colour), the grade as a chip —
 * marked "provisional" while the cycle runs — and, while the OKR has a pace, a tick on the
 * ring where the score should be by now and the pace as a chip.
 */

import type { OkrCard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { fractionToPercent, GRADE_LABEL, NO_DATA, PACE_LABEL, WITHHELD_TEXT } from './format.js';
import { gradeChip } from './html-icons.js';
import { expectedText, paceChip } from './html-pace.js';

const CENTRE = 36;
const RING_RADIUS = 26;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;
/** Half the tick's length: it crosses the ring's stroke (7) and shows on both sides. */
const TICK = 6.5;

/** A short radial line at `elapsed` of the way round, clockwise from the top. */
function expectedTick(elapsed: number): SafeHtml {
    const angle = Math.max(0, Math.min(1, elapsed)) * 2 * Math.PI - Math.PI / 2;
    const at = (radius: number): [string, string] => [
        (CENTRE + radius * Math.cos(angle)).toFixed(2),
        (CENTRE + radius * Math.sin(angle)).toFixed(2),
    ];
    const [x1, y1] = at(RING_RADIUS - TICK);
    const [x2, y2] = at(RING_RADIUS + TICK);
    return html`<line class="ring-expected" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`;
}

function ringLabel(okr: OkrCard, percent: number | null, provisional: boolean): string {
    if (okr.withheld) return `Score: ${WITHHELD_TEXT}`;
    if (percent === null) return `Score: ${NO_DATA}`;
    const grade = okr.grade ? `, grade ${GRADE_LABEL[okr.grade]}${provisional ? ' (provisional)' : ''}` : '';
    const expected = okr.pace === null ? null : expectedText(okr.elapsed);
    const pace = okr.pace === null || expected === null ? '' : `; ${expected}: ${PACE_LABEL[okr.pace]}`;
    return `Score: ${percent}%${grade}${pace}`;
}

export function scoreHtml(okr: OkrCard): SafeHtml {
    const percent = fractionToPercent(okr.score);
    // a grade can only be provisional when there is one to see
    const provisional = okr.provisional === true && okr.grade !== null && okr.grade !== 'confidential';
    const dash = percent === null ? 0 : (RING_LENGTH * percent) / 100;
    const value =
        percent === null || percent === 0
            ? null
            : html`<circle class="ring-value" cx="${CENTRE}" cy="${CENTRE}" r="${RING_RADIUS}" stroke-dasharray="${`${dash.toFixed(2)} ${RING_LENGTH.toFixed(2)}`}" transform="rotate(-90 36 36)"/>`;
    const tick = okr.pace !== null && okr.elapsed !== null ? expectedTick(okr.elapsed) : null;
    const text = okr.withheld
        ? html`<text class="ring-text nodata" x="36" y="40" text-anchor="middle">${WITHHELD_TEXT}</text>`
        : percent === null
            ? html`<text class="ring-text nodata" x="36" y="40" text-anchor="middle">${NO_DATA}</text>`
            : html`<text class="ring-text" x="36" y="41" text-anchor="middle">${`${percent}%`}</text>`;
    const note = provisional
        ? html`<span class="grade-note" title="The cycle is still running: the grade can still change">provisional</span>`
        : null;
    return html`<div class="${`score s-${okr.grade ?? 'unknown'}${provisional ? ' provisional' : ''}`}"><svg class="ring" viewBox="0 0 72 72" width="72" height="72" role="img" aria-label="${ringLabel(okr, percent, provisional)}"><circle class="ring-track" cx="${CENTRE}" cy="${CENTRE}" r="${RING_RADIUS}"/>${value}${tick}${text}</svg>${gradeChip(okr.grade)}${note}${okr.pace === null ? null : paceChip(okr.pace)}</div>`;
}
