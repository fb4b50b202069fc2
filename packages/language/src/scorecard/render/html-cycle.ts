/**
 * An OKR's cycle as a small timeline: its first and last day, the part that has passed, a mark
 * at the reference date and where that is in words ("day 48 of 92, on track"). Only with a
 * reference date and a valid cycle (the model's `cycleDays` and `elapsed`); otherwise nothing.
 */

import { formatDay, parseDay } from '../../model/period-span.js';
import type { OkrCard, Scorecard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { cycleText, fractionToPercent } from './format.js';
import { formatDayLong, formatDayShort } from './day-format.js';

/**
 * The reference date an OKR was judged against: the scorecard's, or, where projects are judged on
 * different days, the day its cycle says (none when that day is outside the cycle).
 */
export function okrReferenceDate(okr: OkrCard, scorecard: Pick<Scorecard, 'asOf' | 'referenceDates'>): string | null {
    if (scorecard.referenceDates === undefined) return scorecard.asOf;
    const start = okr.cycleDays ? parseDay(okr.cycleDays.start) : undefined;
    return start === undefined || okr.cycleDays?.day == null ? null : formatDay(start + okr.cycleDays.day - 1);
}

export function cycleTimelineHtml(okr: OkrCard, asOf: string | null): SafeHtml | null {
    const days = okr.cycleDays;
    const where = cycleText(okr);
    const percent = fractionToPercent(okr.elapsed);
    if (days === null || where === null || percent === null) return null;
    const at = asOf === null ? '' : ` — as of ${formatDayLong(asOf)}`;
    const label = `Cycle ${okr.cycle ?? ''} from ${formatDayLong(days.start)} to ${formatDayLong(days.end)}: ${where}${at}`;
    return html`<div class="cycle"><div class="cycle-now">${where}</div><div class="cycle-bar" role="img" aria-label="${label}"><span class="cycle-passed" style="${`width:${percent}%`}"></span><span class="cycle-today" style="${`left:${percent}%`}"></span></div><div class="cycle-scale"><span class="cycle-end">${formatDayShort(days.start)}</span><span class="cycle-end">${formatDayShort(days.end)}</span></div></div>`;
}
