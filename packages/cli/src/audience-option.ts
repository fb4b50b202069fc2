/** `--audience internal|public`: who the scorecard is for (docs/language.md#audiences); `scorecard` and `diff` take it. */
import { Option } from 'commander';
import { AUDIENCES } from '@strat/language';

export function audienceOption(): Option {
    return new Option('--audience <audience>', 'who it is for: internal (everything) or public (the figures of confidential KPIs withheld, confidential OKRs left out)')
        .choices(AUDIENCES).default('internal');
}
