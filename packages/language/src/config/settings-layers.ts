/**
 * The settings that shape checking and the scorecard — the reference date, rule severities and
 * limits — come in layers: the command line, then `strat.json`, then the editor's settings, then
 * the defaults of the rule table (docs/language.md#project-configuration). A key a layer does not
 * set is left to the next one; rule severities merge code by code.
 */
import { RULES, isRuleCode, type RuleCode, type RuleSetting } from '../diagnostics/rule-table.js';

/** What one source sets. `asOf: null` says "no reference date" (`--as-of none`). */
export interface SettingsLayer {
    asOf?: number | null;
    rules?: Partial<Record<string, RuleSetting>>;
    maxOkrsPerOwner?: number;
    checkinDays?: number;
}

/** The settings a document is checked with. */
export interface EffectiveSettings {
    /** The reference date (a day), or null for none. */
    readonly asOf: number | null;
    readonly maxOkrsPerOwner: number;
    readonly checkinDays: number;
    /** A rule's severity, or `off`; undefined for a code that is not a rule. */
    settingOf(code: string): RuleSetting | undefined;
}

export const DEFAULT_MAX_OKRS_PER_OWNER: number = RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner;
export const DEFAULT_CHECKIN_DAYS: number = RULES['checkin-stale'].parameters.checkinDays;

/** Merges layers, the first winning; without any `asOf`, the reference date is `today`. */
export function mergeSettings(layers: readonly SettingsLayer[], today: number): EffectiveSettings {
    const first = <K extends keyof SettingsLayer>(key: K): SettingsLayer[K] => layers.find(layer => layer[key] !== undefined)?.[key];
    const rules = new Map<RuleCode, RuleSetting>();
    // Lowest first, so that a higher layer overwrites a code a lower one set.
    for (const layer of [...layers].reverse()) {
        for (const [code, setting] of Object.entries(layer.rules ?? {})) {
            if (isRuleCode(code) && setting !== undefined) rules.set(code, setting);
        }
    }
    const asOf = first('asOf');
    return {
        asOf: asOf === undefined ? today : asOf,
        maxOkrsPerOwner: first('maxOkrsPerOwner') ?? DEFAULT_MAX_OKRS_PER_OWNER,
        checkinDays: first('checkinDays') ?? DEFAULT_CHECKIN_DAYS,
        settingOf: code => isRuleCode(code) ? rules.get(code) ?? RULES[code].severity : undefined
    };
}
