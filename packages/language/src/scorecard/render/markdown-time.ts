/**
 * What the Markdown view says about time (docs/language.md#time) and attention: the reference
 * date, pace as emoji + word, where an OKR stands in its cycle, freshness, overdue initiatives and
 * the "Needs attention" list. All read from the model; user text is escaped by the caller's rules.
 */

import type { KpiCard, OkrCard, Pace, Scorecard } from '../model.js';
import { attentionReasons, ATTENTION_LABEL, kpisNeedingAttention } from './attention.js';
import { formatDayShort, asOfText } from './day-format.js';
import { escapeMarkdown } from './escape.js';
import { cycleText, freshnessText, fractionToPercent, KPI_STATUS_EMOJI, PACE_LABEL } from './format.js';
import { EXPECTED_MARK } from './progress-bar.js';

const PACE_EMOJI: Readonly<Record<Pace, string>> = {
    'not-started': '⚪',
    'on-track': '🟢',
    behind: '🟠',
    'at-risk': '🔴',
};

/** The line under the title: `_As of 17 August 2026_` or `_No reference date_` (asOfText). */
export function asOfMd(scorecard: Scorecard): string {
    return `_${escapeMarkdown(asOfText(scorecard.asOf, scorecard.referenceDates))}_`;
}

/** `🟠 behind`; `—` without a pace. */
export function paceMd(pace: Pace | null): string {
    return pace === null ? '—' : `${PACE_EMOJI[pace]} ${PACE_LABEL[pace]}`;
}

/** `📅 day 48 of 92, on track (1 Jul 2026 – 30 Sep 2026) · expected by now 52% (│ on the bars)`; null without a reference date or cycle. */
export function cycleMd(okr: OkrCard): string | null {
    const where = cycleText(okr);
    if (where === null || okr.cycleDays === null) return null;
    const expected = okr.pace === null ? null : fractionToPercent(okr.elapsed);
    const span = `${formatDayShort(okr.cycleDays.start)} – ${formatDayShort(okr.cycleDays.end)}`;
    return `📅 ${escapeMarkdown(where)} (${escapeMarkdown(span)})${expected === null ? '' : ` · expected by now ${expected}% (${EXPECTED_MARK} on the bars)`}`;
}

/** `⏰ stale: no value since 2026-06; monthly`, `fresh until 2026-07-31; monthly`; empty when undecidable. */
export function freshnessMd(kpi: KpiCard): string {
    const text = freshnessText(kpi);
    if (text === null) return '';
    return kpi.stale === true ? `⏰ ${escapeMarkdown(text)}` : escapeMarkdown(text);
}

/** The reasons a KPI needs attention, heaviest first: `red, OKR at risk, stale`; empty when none. */
export function attentionMd(kpi: KpiCard): string {
    return attentionReasons(kpi).map((reason) => ATTENTION_LABEL[reason]).join(', ');
}

/** The list before the KPI tables: the KPIs that need attention, most pressing first, each with its reasons. */
export function needsAttentionMd(scorecard: Scorecard, name: (name: string) => string): string[] {
    const out = ['### Needs attention', ''];
    const pressing = kpisNeedingAttention(scorecard);
    if (pressing.length === 0) {
        out.push('_No KPI needs attention: none is red, stale, or addressed by an OKR at risk._', '');
        return out;
    }
    for (const kpi of pressing) {
        const fresh = kpi.stale === true ? ` (${freshnessMd(kpi)})` : '';
        out.push(`- ${KPI_STATUS_EMOJI[kpi.status]} **${escapeMarkdown(kpi.title || kpi.name)}** ${name(kpi.name)} — ${attentionMd(kpi)}${fresh}`);
    }
    out.push('');
    return out;
}
