import { RULES, isRuleCode, type RuleCode, type RuleSetting } from '../diagnostics/rule-table.js';

/** The `too-many-okrs` limit when no setting gives one. */
export const DEFAULT_MAX_ACTIVE_OKRS_PER_OWNER: number = RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner;

/**
 * The user's choices about rules: a severity (or `off`) per code, and the `too-many-okrs`
 * limit. Set by the CLI (`--rule code=severity`) or the editor (`strat.rules.<code>`).
 */
export class RuleSettings {
    private overrides = new Map<RuleCode, RuleSetting>();
    private limit = DEFAULT_MAX_ACTIVE_OKRS_PER_OWNER;
    private readonly listeners: Array<() => void> = [];

    get maxActiveOkrsPerOwner(): number {
        return this.limit;
    }

    /** The effective setting of a rule: the user's choice, else the table's default severity. */
    settingOf(code: string): RuleSetting | undefined {
        if (!isRuleCode(code)) {
            return undefined;
        }
        return this.overrides.get(code) ?? RULES[code].severity;
    }

    update(change: { rules?: Partial<Record<string, RuleSetting>>; maxActiveOkrsPerOwner?: number }): void {
        if (change.rules) {
            this.overrides = new Map();
            for (const [code, setting] of Object.entries(change.rules)) {
                if (isRuleCode(code) && setting !== undefined) {
                    this.overrides.set(code, setting);
                }
            }
        }
        if (change.maxActiveOkrsPerOwner !== undefined && Number.isInteger(change.maxActiveOkrsPerOwner) && change.maxActiveOkrsPerOwner >= 1) {
            this.limit = change.maxActiveOkrsPerOwner;
        }
        this.listeners.forEach(listener => listener());
    }

    onChange(listener: () => void): void {
        this.listeners.push(listener);
    }
}
