/**
 * Formatting shared by the HTML and Markdown views: numbers, quantities, percentages, and the
 * words used for statuses, trends, perspectives and time frames. Deterministic: no locale, no clock.
 */

import type {
    Direction,
    Frequency,
    Grade,
    KpiCard,
    KpiCardStatus,
    OkrCard,
    Pace,
    KpiStatus,
    OkrStatus,
    Perspective,
    Severity,
    Trend,
    Withheld,
} from '../model.js';
import { WITHHELD } from '../model.js';
import { plural } from '../../model/plural.js';

/** A number with thousands separators and at most two decimals (`12,000`, `0.36`, `-3.5`). */
export function formatNumber(value: number | null | undefined): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    const abs = Math.abs(value);
    if (abs >= 1e21) return String(value);
    const [whole = '0', fraction = ''] = abs.toFixed(2).split('.');
    const trimmed = fraction.replace(/0+$/, '');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const body = trimmed ? `${grouped}.${trimmed}` : grouped;
    const negative = value < 0 && body !== '0';
    return negative ? `-${body}` : body;
}

/** A number followed by its unit: `21%`, `9,400 clients`, `3 days`; no unit → the number. */
export function formatQuantity(value: number | null | undefined, unit: string | null | undefined): string {
    const number = formatNumber(value);
    if (value === null || value === undefined || !Number.isFinite(value)) return number;
    if (!unit) return number;
    return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A 0…1 fraction as a whole percentage (`0.357` → `36%`); null → `no data`. */
export function formatFraction(fraction: number | null | undefined): string {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return NO_DATA;
    return `${Math.round(fraction * 100)}%`;
}

/** A 0…100 confidence (`60` → `60%`); null → `—`. */
export function formatConfidence(confidence: number | null | undefined): string {
    if (confidence === null || confidence === undefined || !Number.isFinite(confidence)) return '—';
    return `${formatNumber(confidence)}%`;
}

/** A 0…1 fraction as an integer 0…100 for progress bars, or null. */
export function fractionToPercent(fraction: number | null | undefined): number | null {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return null;
    return Math.max(0, Math.min(100, Math.round(fraction * 100)));
}

/** A KPI target with its direction: `≥ 12,000 clients`, `≤ 2 days`. */
export function formatTarget(target: number | null, direction: Direction, unit: string | null): string {
    if (target === null) return 'no target';
    return `${direction === 'down' ? '≤' : '≥'} ${formatQuantity(target, unit)}`;
}

export const NO_DATA = 'no data';

/** A status withheld from the public (audience.ts) is shown as "Confidential" with a lock. */
export const KPI_STATUS_LABEL: Readonly<Record<KpiCardStatus, string>> = {
    green: 'Green',
    amber: 'Amber',
    red: 'Red',
    unknown: 'Unknown',
    confidential: 'Confidential',
};

/** What each status means, for tooltips and screen readers. */
export const KPI_STATUS_MEANING: Readonly<Record<KpiCardStatus, string>> = {
    green: 'meets its target',
    amber: 'misses its target but has not passed the alert',
    red: 'has passed its alert',
    unknown: 'no value or no target',
    confidential: 'its figures are confidential',
};

export const KPI_STATUS_EMOJI: Readonly<Record<KpiCardStatus, string>> = {
    green: '🟢',
    amber: '🟠',
    red: '🔴',
    unknown: '⚪',
    confidential: '🔒',
};

/** The statuses in the order views count them; `confidential` only counts in a public scorecard. */
export const KPI_STATUSES: readonly KpiStatus[] = ['green', 'amber', 'red', 'unknown'];

export const GRADE_LABEL: Readonly<Record<Grade | Withheld, string>> = { green: 'Green', amber: 'Amber', red: 'Red', confidential: 'Confidential' };

/** What a view writes for a withheld figure (a value, a target, a score…), after the lock of HTML views. */
export const WITHHELD_TEXT: string = WITHHELD;
/** The same in Markdown and plain text, where the lock is a character. */
export const WITHHELD_MARK = `🔒 ${WITHHELD_TEXT}`;

export const OKR_STATUS_LABEL: Readonly<Record<OkrStatus, string>> = {
    draft: 'Draft',
    active: 'Active',
    closed: 'Closed',
};

export const TREND_LABEL: Readonly<Record<Trend, string>> = {
    improving: 'improving',
    worsening: 'worsening',
    flat: 'flat',
    none: 'no trend',
};

/**
 * The arrow shows how the value moved; the word says whether that is good. For a
 * lower-is-better KPI an improving trend points down.
 */
export function trendArrow(trend: Trend, direction: Direction): string {
    switch (trend) {
        case 'improving':
            return direction === 'down' ? '↓' : '↑';
        case 'worsening':
            return direction === 'down' ? '↑' : '↓';
        case 'flat':
            return '→';
        case 'none':
            return '·';
    }
}

export const DIRECTION_LABEL: Readonly<Record<Direction, string>> = {
    up: 'higher is better',
    down: 'lower is better',
};

export const PERSPECTIVES: readonly Perspective[] = ['financial', 'customer', 'internal', 'learning'];

export const PERSPECTIVE_LABEL: Readonly<Record<Perspective, string>> = {
    financial: 'Financial',
    customer: 'Customer',
    internal: 'Internal processes',
    learning: 'Learning & growth',
};

export const FREQUENCY_LABEL: Readonly<Record<Frequency, string>> = {
    day: 'daily',
    week: 'weekly',
    month: 'monthly',
    quarter: 'quarterly',
    year: 'yearly',
};

/** Pace in words (docs/language.md#time). */
export const PACE_LABEL: Readonly<Record<Pace, string>> = {
    'not-started': 'not started',
    'on-track': 'on track',
    behind: 'behind',
    'at-risk': 'at risk',
};

/** A KPI's freshness in words: `stale: no value since 2026-06; monthly`, `fresh until 2026-07-31`; null when undecidable. */
export function freshnessText(kpi: Pick<KpiCard, 'stale' | 'period' | 'frequency' | 'freshUntil'>): string | null {
    if (kpi.stale === null || kpi.frequency === null) return null;
    return kpi.stale
        ? `stale: no value since ${kpi.period}; ${FREQUENCY_LABEL[kpi.frequency]}`
        : `fresh until ${kpi.freshUntil}; ${FREQUENCY_LABEL[kpi.frequency]}`;
}

/** Where a KPI's numbers come from: `data/customer.csv, column "NPS": 24 rows, the latest on row 25`; null without a data file. */
export function sourceText(kpi: Pick<KpiCard, 'source'>): string | null {
    const source = kpi.source;
    if (source === null) return null;
    const rows = plural(source.rows, 'row');
    return `${source.path}, column "${source.column}": ${rows}${source.latestRow === null ? '' : `, the latest on row ${source.latestRow}`}`;
}

/** Where an OKR stands in its cycle: `day 48 of 92, on track`, `cycle ended 2026-06-30`; null without a reference date or cycle. */
export function cycleText(okr: Pick<OkrCard, 'cycleDays' | 'elapsed' | 'pace'>): string | null {
    const days = okr.cycleDays;
    if (days === null || okr.elapsed === null) return null;
    const pace = okr.pace === null ? '' : `, ${PACE_LABEL[okr.pace]}`;
    if (days.day !== null) return `day ${days.day} of ${days.of}${pace}`;
    return okr.elapsed >= 1 ? `cycle ended ${days.end}${pace}` : `cycle starts ${days.start}`;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    hint: 'Hint',
};

export const SEVERITY_PLURAL: Readonly<Record<Severity, string>> = {
    error: 'errors',
    warning: 'warnings',
    info: 'infos',
    hint: 'hints',
};

/** `1 KPI`, `2 KPIs`: the one plural helper, re-exported for the views. */
export { plural } from '../../model/plural.js';

/** Cuts text to at most `max` characters (by code point), ending with `…` when cut. */
export function truncate(text: string, max: number): string {
    const chars = Array.from(text.replace(/\s+/g, ' ').trim());
    if (chars.length <= max) return chars.join('');
    return chars.slice(0, Math.max(1, max - 1)).join('').trimEnd() + '…';
}
