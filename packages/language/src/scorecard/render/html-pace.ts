/**
 * Pace in the HTML view (docs/language.md#time): a chip that names it in words with a shape and
 * a colour (on track ✓ green, behind ! amber, at risk × red, not started ▷ grey), and the mark on
 * a progress bar where progress should be by now — the elapsed share of the cycle. Both read
 * the model's `pace` and `elapsed`; nothing here judges progress.
 */

import type { KpiStatus, Pace } from '../model.js';
import { html, trusted, type SafeHtml } from './escape.js';
import { fractionToPercent, PACE_LABEL } from './format.js';
import { statusShapes } from './html-icons.js';

/** The status colour (and shape) each pace borrows. */
export const PACE_TONE: Readonly<Record<Pace, KpiStatus>> = {
    'not-started': 'unknown',
    'on-track': 'green',
    behind: 'amber',
    'at-risk': 'red',
};

const PACE_MEANING: Readonly<Record<Pace, string>> = {
    'not-started': 'the cycle has not started yet',
    'on-track': 'progress keeps up with the time passed',
    behind: 'progress lags the time passed',
    'at-risk': 'progress lags far behind the time passed',
};

/** `On track`, `Behind`… */
export function paceWord(pace: Pace): string {
    const label = PACE_LABEL[pace];
    return label.charAt(0).toUpperCase() + label.slice(1);
}

function paceShapes(pace: Pace): SafeHtml {
    // "not started" is not "unknown": a dashed ring with a start triangle, not a question mark
    return pace === 'not-started'
        ? trusted('<circle class="si-ring" cx="8" cy="8" r="6.3"/><path class="si-qdot" d="M6.6 5.4v5.2L10.6 8z"/>')
        : statusShapes(PACE_TONE[pace]);
}

/** The pace as a chip: icon + word + colour, its meaning as a tooltip. */
export function paceChip(pace: Pace): SafeHtml {
    const tone = PACE_TONE[pace];
    return html`<span class="${`chip status pace s-${tone}`}" title="${`Pace: ${PACE_LABEL[pace]} — ${PACE_MEANING[pace]}`}"><svg class="${`si s-${tone}`}" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">${paceShapes(pace)}</svg><span>${paceWord(pace)}</span></span>`;
}

/** `expected by now 52%`, for labels; null without an elapsed share. */
export function expectedText(elapsed: number | null): string | null {
    const percent = fractionToPercent(elapsed);
    return percent === null ? null : `expected by now ${percent}%`;
}

/** The mark on a bar at the elapsed share (decorative: the expected share is also written out). */
export function expectedMark(elapsed: number | null): SafeHtml | null {
    const percent = fractionToPercent(elapsed);
    return percent === null ? null : html`<span class="expected" style="${`left:${percent}%`}" aria-hidden="true"></span>`;
}
