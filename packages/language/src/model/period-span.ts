/**
 * Periods as stretches of days (docs/language.md#periods): where a period starts and ends, the
 * next period of the same shape, and the time-frame period (`every day|week|month|quarter|year`)
 * that holds a given day. Days are whole days since 1970-01-01, as `parsePeriod` gives them.
 * Pure: nothing here reads the clock.
 */
import { dayNumber, isoWeeksInYear, parsePeriod, weekday, type PeriodKind } from './periods.js';

/** A period's first and last day, both included. */
export interface PeriodSpan {
    kind: PeriodKind;
    start: number;
    end: number;
}

/** The time frames a KPI can be measured over (`every …`). */
export type TimeFrame = 'day' | 'week' | 'month' | 'quarter' | 'year';

export function periodSpan(text: string | number): PeriodSpan | undefined {
    const period = parsePeriod(text);
    if (!period.valid) {
        return undefined;
    }
    const { year, month } = calendarOf(period.start);
    const end = ((): number => {
        switch (period.kind) {
            case 'year': return dayNumber(year + 1, 1, 1) - 1;
            case 'half': return dayNumber(year, month + 6, 1) - 1;
            case 'quarter': return dayNumber(year, month + 3, 1) - 1;
            case 'month': return dayNumber(year, month + 1, 1) - 1;
            case 'week': return period.start + 6;
            case 'day': return period.start;
        }
    })();
    return { kind: period.kind, start: period.start, end };
}

/**
 * The period of the same shape that follows: `2026-Q4` → `2027-Q1`, `2026-W53` → `2027-W01`,
 * `2026-12` → `2027-01`, `2026-02-28` → `2026-03-01`. Undefined for a period that does not exist.
 */
export function nextPeriod(text: string | number): string | undefined {
    const period = parsePeriod(text);
    if (!period.valid) {
        return undefined;
    }
    const written = String(text);
    const year = Number(written.slice(0, 4));
    // The number after the year: the half, quarter, month or week (`2026-Q4` → 4).
    const index = Number(/^\d{4}-[HQW]?(\d+)/.exec(written)?.[1]);
    // Years keep four digits (`0999` → `1000`).
    const [y, next] = [String(year).padStart(4, '0'), String(year + 1).padStart(4, '0')];
    switch (period.kind) {
        case 'year': return next;
        case 'half': return index === 2 ? `${next}-H1` : `${y}-H2`;
        case 'quarter': return index === 4 ? `${next}-Q1` : `${y}-Q${index + 1}`;
        case 'month': return index === 12 ? `${next}-01` : `${y}-${pad(index + 1)}`;
        case 'week': return index >= isoWeeksInYear(year) ? `${next}-W01` : `${y}-W${pad(index + 1)}`;
        case 'day': return formatDay(period.start + 1);
    }
}

/** The period of a time frame that holds `day`: its week (Monday to Sunday), month, quarter… */
export function timeFrameContaining(day: number, frame: TimeFrame): { start: number; end: number } {
    const { year, month } = calendarOf(day);
    switch (frame) {
        case 'day': return { start: day, end: day };
        case 'week': {
            const monday = day - ((weekday(day) + 6) % 7);
            return { start: monday, end: monday + 6 };
        }
        case 'month': return { start: dayNumber(year, month, 1), end: dayNumber(year, month + 1, 1) - 1 };
        case 'quarter': {
            const first = month - ((month - 1) % 3);
            return { start: dayNumber(year, first, 1), end: dayNumber(year, first + 3, 1) - 1 };
        }
        case 'year': return { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) - 1 };
    }
}

/** `YYYY-MM-DD` of a day. */
export function formatDay(day: number): string {
    const date = new Date(day * 86_400_000);
    return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day written `YYYY-MM-DD`, if it exists. */
export function parseDay(text: string): number | undefined {
    const period = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parsePeriod(text) : undefined;
    return period?.valid ? period.start : undefined;
}

/** A local calendar date (the machine's today, in the editor and the CLI) as a day. */
export function dayOfDate(date: Date): number {
    return dayNumber(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function calendarOf(day: number): { year: number; month: number } {
    const date = new Date(day * 86_400_000);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

function pad(n: number): string {
    return String(n).padStart(2, '0');
}
