/**
 * Periods (docs/language.md#periods): year `2026`, half `2026-H1`, quarter `2026-Q3`, month `2026-07`,
 * ISO week `2026-W05`, day `2026-07-15`. A period sorts by its start day.
 */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day';

export type ParsedPeriod =
    | { valid: true; kind: PeriodKind; text: string; /** Days since 1970-01-01 of the first day. */ start: number }
    | { valid: false; text: string; reason: string };

const SHAPES = 'write a year (2026), half (2026-H1), quarter (2026-Q1), month (2026-07), ISO week (2026-W05) or day (2026-07-15)';
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Periods repeat (every KPI's `2026-01`…) and are read by the period rule, the scorecard and the
 * hover alike: each text is parsed once. The results are immutable; the cache is bounded.
 */
const parsed = new Map<string, ParsedPeriod>();
const PARSED_LIMIT = 10_000;

export function parsePeriod(input: string | number): ParsedPeriod {
    const text = String(input);
    // Years, months and days written right are read at once; the rest is parsed once per text.
    const common = commonPeriod(text);
    if (common) return common;
    let period = parsed.get(text);
    if (!period) {
        if (parsed.size >= PARSED_LIMIT) {
            parsed.clear();
        }
        period = Object.freeze(parseUncached(text));
        parsed.set(text, period);
    }
    return period;
}

function parseUncached(text: string): ParsedPeriod {
    const invalid = (reason: string): ParsedPeriod => ({ valid: false, text, reason });
    const valid = (kind: PeriodKind, start: number): ParsedPeriod => ({ valid: true, kind, text, start });

    let m = /^(\d{4})$/.exec(text);
    if (m) {
        return valid('year', dayNumber(+m[1], 1, 1));
    }
    m = /^(\d{4})-([A-Za-z])(\d*)$/.exec(text);
    if (m) {
        const year = +m[1];
        const letter = m[2];
        const digits = m[3];
        const upper = letter.toUpperCase();
        if (!'HQW'.includes(upper)) {
            return invalid(`'${letter}' is not a period kind; ${SHAPES}`);
        }
        if (letter !== upper) {
            return invalid(`write ${upper} in capitals (${m[1]}-${upper}${digits || '1'})`);
        }
        if (digits === '') {
            return invalid(`a number must follow ${upper}; ${SHAPES}`);
        }
        const n = +digits;
        if (upper === 'H') {
            return n >= 1 && n <= 2 && digits.length === 1 ? valid('half', dayNumber(year, n === 1 ? 1 : 7, 1)) : invalid('a year has halves H1 and H2');
        }
        if (upper === 'Q') {
            return n >= 1 && n <= 4 && digits.length === 1 ? valid('quarter', dayNumber(year, (n - 1) * 3 + 1, 1)) : invalid('a year has quarters Q1 to Q4');
        }
        const weeks = isoWeeksInYear(year);
        if (digits.length !== 2) {
            return invalid(`write ISO weeks with two digits (${m[1]}-W${String(n).padStart(2, '0')})`);
        }
        if (n < 1 || n > weeks) {
            return invalid(`${year} has ISO weeks W01 to W${weeks}`);
        }
        return valid('week', isoWeekStart(year, n));
    }
    m = /^(\d{4})-(\d+)$/.exec(text);
    if (m) {
        const month = +m[2];
        if (m[2].length !== 2) {
            return invalid(`write months with two digits (${m[1]}-${String(month).padStart(2, '0')})`);
        }
        if (month < 1 || month > 12) {
            return invalid('months run from 01 to 12');
        }
        return valid('month', dayNumber(+m[1], month, 1));
    }
    m = /^(\d{4})-(\d+)-(\d+)$/.exec(text);
    if (m) {
        const year = +m[1];
        const month = +m[2];
        const day = +m[3];
        if (m[2].length !== 2 || m[3].length !== 2) {
            return invalid('write days as YYYY-MM-DD (2026-07-15)');
        }
        if (month < 1 || month > 12) {
            return invalid('months run from 01 to 12');
        }
        const days = daysInMonth(year, month);
        if (day < 1 || day > days) {
            return invalid(`${MONTH_NAMES[month - 1]} ${year} has ${days} days`);
        }
        return valid('day', dayNumber(year, month, day));
    }
    if (/^-?\d[\d_]*(\.\d[\d_]*)?%?$/.test(text)) {
        return invalid(`a year has four digits; ${SHAPES}`);
    }
    return invalid(SHAPES);
}

/**
 * Years, months and days written correctly, read without regular expressions: a data file of
 * daily values has a hundred thousand of them, read several times (sort, latest, repeats).
 * Anything else, valid or not, goes the long way, which also says what is wrong.
 */
function commonPeriod(text: string): ParsedPeriod | undefined {
    const n = text.length;
    const year = n === 4 || n === 7 || n === 10 ? digitsAt(text, 0, 4) : -1;
    if (year < 0) return undefined;
    if (n === 4) return { valid: true, kind: 'year', text, start: dayNumber(year, 1, 1) };
    const month = text.charCodeAt(4) === DASH ? digitsAt(text, 5, 2) : -1;
    if (month < 1 || month > 12) return undefined;
    if (n === 7) return { valid: true, kind: 'month', text, start: dayNumber(year, month, 1) };
    const day = text.charCodeAt(7) === DASH ? digitsAt(text, 8, 2) : -1;
    if (day < 1 || day > daysInMonth(year, month)) return undefined;
    return { valid: true, kind: 'day', text, start: dayNumber(year, month, day) };
}

const DASH = 0x2d, ZERO = 0x30;

/** The number written by `count` digits from `from`, or -1 if one of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
    let value = 0;
    for (let i = from; i < from + count; i++) {
        const digit = text.charCodeAt(i) - ZERO;
        if (!(digit >= 0 && digit <= 9)) return -1;
        value = value * 10 + digit;
    }
    return value;
}

export function isLeapYear(year: number): boolean {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
    return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday. */
export function isoWeeksInYear(year: number): number {
    const jan1 = weekday(dayNumber(year, 1, 1));
    return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

/** The Monday of ISO week 1 is the Monday of the week that holds 4 January. */
export function isoWeekStart(year: number, week: number): number {
    const jan4 = dayNumber(year, 1, 4);
    const mondayOfWeek1 = jan4 - ((weekday(jan4) + 6) % 7);
    return mondayOfWeek1 + (week - 1) * 7;
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar. Months past 12 and days past
 * the month's end roll over, as `Date` does (`dayNumber(2026, 13, 1)` is 2027-01-01). Counted, not
 * made with a `Date`: the 38,000-line strategy asks this for every period on every keystroke, and
 * `Date.UTC` reads the years 0–99 as 1900–1999 (a period may be `0050-06`). The days-from-civil
 * arithmetic of Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms".
 */
export function dayNumber(year: number, month: number, day: number): number {
    const monthsFromJanuary = month - 1;
    let y = year + Math.floor(monthsFromJanuary / 12);
    const m = monthsFromJanuary - Math.floor(monthsFromJanuary / 12) * 12 + 1;
    // Years start in March, so that the leap day is the last day of the year.
    if (m <= 2) y -= 1;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
    return new Date(day * 86_400_000).getUTCDay();
}

const KIND_ORDER: readonly PeriodKind[] = ['year', 'half', 'quarter', 'month', 'week', 'day'];

/** One number per period, from its shape and first day: a year and its January are two periods that start on one day. */
export function periodKey(period: { kind: PeriodKind; start: number }): number {
    return period.start * 8 + KIND_ORDER.indexOf(period.kind);
}

/**
 * The items whose period exists, in period order (by start day; ties keep text order, so the
 * later line wins as the latest). Items with an invalid period cannot be placed in time and are left out.
 */
export function inPeriodOrder<T>(items: readonly T[], periodOf: (item: T) => string | number): Array<{ item: T; period: string }> {
    const dated: Array<{ item: T; period: string; start: number; index: number }> = [];
    items.forEach((item, index) => {
        const period = parsePeriod(periodOf(item));
        if (period.valid) {
            dated.push({ item, period: period.text, start: period.start, index });
        }
    });
    dated.sort((a, b) => a.start - b.start || a.index - b.index);
    return dated.map(({ item, period }) => ({ item, period }));
}
