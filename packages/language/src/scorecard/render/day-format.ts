/**
 * Days as the views print them: the model holds them as `YYYY-MM-DD`; people read
 * "17 August 2026". Deterministic: no locale, no clock. Anything that is not such a day is
 * printed as it is (the model never holds one, but a view must not fail on it).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: string): { year: string; month: string; date: number } | null {
    const match = DAY.exec(day);
    const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
    if (!match || month === undefined) return null;
    return { year: match[1] ?? '', month, date: Number(match[3]) };
}

/** `2026-08-17` → `17 August 2026`. */
export function formatDayLong(day: string): string {
    const p = parts(day);
    return p ? `${p.date} ${p.month} ${p.year}` : day;
}

/** `2026-08-17` → `17 Aug 2026`, for tight places such as a timeline's ends. */
export function formatDayShort(day: string): string {
    const p = parts(day);
    return p ? `${p.date} ${p.month.slice(0, 3)} ${p.year}` : day;
}

/**
 * The header's line about the reference date: `As of 17 August 2026`, or `No reference date`;
 * for projects judged on different days, the first and the last of them.
 */
export function asOfText(asOf: string | null, referenceDates: readonly string[] = []): string {
    if (referenceDates.length > 1) {
        return `As of ${formatDayLong(referenceDates[0])} to ${formatDayLong(referenceDates[referenceDates.length - 1])}, each project on its own reference date`;
    }
    return asOf === null ? 'No reference date' : `As of ${formatDayLong(asOf)}`;
}
