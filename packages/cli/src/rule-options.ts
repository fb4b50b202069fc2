/** `--rule code=severity` options, checked against the rule table. */
import { RULE_CODES, RULE_SETTINGS, isRuleCode, toRuleSetting, type RuleSetting } from '@strat/language';
import { UsageError } from './usage-error.js';

export function parseRuleOption(value: string, previous: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
    const match = /^([a-z-]+)=([a-z]+)$/.exec(value.trim());
    if (!match) {
        throw new UsageError(`--rule expects code=severity (for example --rule kpi-no-frequency=off), got '${value}'`);
    }
    const [, code, setting] = match;
    if (!isRuleCode(code)) {
        throw new UsageError(`Unknown rule '${code}'. Rules: ${RULE_CODES.join(', ')}`);
    }
    const normalized = toRuleSetting(setting);
    if (normalized === undefined) {
        throw new UsageError(`Unknown severity '${setting}' for ${code}; use one of ${RULE_SETTINGS.join(', ')}`);
    }
    return { ...previous, [code]: normalized };
}

export function parsePositiveInteger(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
        throw new UsageError(`Expected a whole number of at least 1, got '${value}'`);
    }
    return n;
}
