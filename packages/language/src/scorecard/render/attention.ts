/**
 * The KPIs that need attention, as the views list them: those whose `attention` (the model's
 * reasons: red, stale, addressed by a running OKR at risk) is not empty, most pressing first.
 * The reasons come from the model; only their order is the view's: red KPIs first, then those
 * addressed by an OKR at risk, then the stale ones — compared reason by reason, heaviest first,
 * so "red and stale" comes after "red and at risk" but before "red" alone — then the
 * scorecard's own order.
 */

import type { Attention, KpiCard, Scorecard } from '../model.js';

/** Each reason's weight: a heavier reason outranks any set of lighter ones. */
const WEIGHT: Readonly<Record<Attention, number>> = { red: 4, 'at-risk': 2, stale: 1 };

/** The reasons in words, short enough for a chip. */
export const ATTENTION_LABEL: Readonly<Record<Attention, string>> = {
    red: 'red',
    stale: 'stale',
    'at-risk': 'OKR at risk',
};

/** What each reason means, for tooltips, screen readers and the Markdown list. */
export const ATTENTION_MEANING: Readonly<Record<Attention, string>> = {
    red: 'has passed its alert',
    stale: 'no value for a whole time frame',
    'at-risk': 'a running OKR addressing it is at risk',
};

/** The reasons in the order of `WEIGHT`, heaviest first (the model lists them in its own order). */
export function attentionReasons(kpi: KpiCard): Attention[] {
    return [...new Set(kpi.attention)].sort((a, b) => WEIGHT[b] - WEIGHT[a]);
}

function pressure(kpi: KpiCard): number {
    return attentionReasons(kpi).reduce((sum, reason) => sum + WEIGHT[reason], 0);
}

/** The KPIs that need attention, most pressing first. */
export function kpisNeedingAttention(scorecard: Scorecard): KpiCard[] {
    return scorecard.kpis
        .map((kpi, index) => ({ kpi, index, pressure: pressure(kpi) }))
        .filter((entry) => entry.pressure > 0)
        .sort((a, b) => b.pressure - a.pressure || a.index - b.index)
        .map((entry) => entry.kpi);
}
