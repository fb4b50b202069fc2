/** `--as-of YYYY-MM-DD|today|none`: the reference date of the checks and the scorecard (docs/language.md#time). */
import { dayOfDate, parsePeriod } from '@strat/language';
import { UsageError } from './usage-error.js';

/**
 * A day, or `'none'` for no reference date (commander turns an option parser's `null` into an
 * empty string, so none stays a word until the workspace is loaded). `today` is this machine's
 * local date.
 */
export type AsOfOption = number | 'none';

export function parseAsOfOption(value: string, now: () => Date = () => new Date()): AsOfOption {
    const given = value.trim();
    if (given === 'none') return 'none';
    if (given === 'today') return dayOfDate(now());
    const period = parsePeriod(given);
    if (period.valid && period.kind === 'day') {
        return period.start;
    }
    // Why a day-shaped value is no day ("February 2026 has 28 days"); anything else needs no lesson in periods.
    const reason = period.valid ? `: ${given} is a ${period.kind}, not a day` : /^\d{4}-\d{2}-\d{2}$/.test(given) ? `: ${period.reason}` : '';
    throw new UsageError(`--as-of expects YYYY-MM-DD, today or none, got '${value}'${reason}`);
}
