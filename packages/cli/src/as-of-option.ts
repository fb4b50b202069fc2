/** `--as-of YYYY-MM-DD|today|none`: the reference date of LANGUAGE.md §7 (issue 8). */
import { parsePeriod } from '@strat/language';
import { UsageError } from './usage-error.js';

/**
 * The day as `YYYY-MM-DD`, or null for `none` (no reference date). `today` is read from the
 * clock here, once, at the edge: the model only ever receives the day.
 */
export function parseAsOf(value: string, today: Date = new Date()): string | null {
    if (value === 'none') return null;
    if (value === 'today') {
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    }
    const period = parsePeriod(value);
    if (period.valid && period.kind === 'day') return value;
    const reason = period.valid ? `${value} is a ${period.kind}, not a day` : period.reason;
    throw new UsageError(`--as-of expects YYYY-MM-DD, today or none, got '${value}': ${reason}`);
}
