/**
 * The seven-step overview shared by the views: what each step counts, and which diagnostic
 * codes are gaps in which step (the rule table's `step`), so a view can show "step 5: 1 red KPI
 * without an OKR" next to the counts.
 */

import { nounsOf } from '../../catalogue/element-kinds.js';
import { RULES, STEP_NAMES, isRuleCode } from '../../diagnostics/rule-table.js';
import { plural } from '../../model/plural.js';
import type { Scorecard, Severity } from '../model.js';
import { SEVERITIES } from './format.js';

/** `3 KPIs`, `1 active OKR`: a count of elements of one kind, in the catalogue's words. */
function countOf(count: number, type: Parameters<typeof nounsOf>[0], adjective?: string): string {
    const { singular, plural: many } = nounsOf(type);
    return adjective ? plural(count, `${adjective} ${singular}`, `${adjective} ${many}`) : plural(count, singular, many);
}

export interface StepView {
    number: number;
    name: string;
    /** One line per count, e.g. `2 of 3 KPIs monitored`. */
    facts: string[];
    /** Diagnostic counts by code for the codes that belong to this step. */
    gaps: CodeCount[];
}

export interface CodeCount {
    code: string;
    severity: Severity;
    count: number;
}

/** The step a diagnostic code belongs to, from the rule table; null for general codes (syntax, names…). */
export function stepOfCode(code: string): number | null {
    return isRuleCode(code) && RULES[code].step > 0 ? RULES[code].step : null;
}

/**
 * Diagnostic counts by code, most severe first, then by count (descending), then by code.
 * A code reported with several severities is counted under its most severe one.
 */
export function diagnosticCountsByCode(scorecard: Scorecard): CodeCount[] {
    const byCode = new Map<string, CodeCount>();
    for (const item of scorecard.diagnostics.items) {
        const existing = byCode.get(item.code);
        if (existing) {
            existing.count++;
            if (severityRank(item.severity) < severityRank(existing.severity)) existing.severity = item.severity;
        } else {
            byCode.set(item.code, { code: item.code, severity: item.severity, count: 1 });
        }
    }
    return [...byCode.values()].sort(
        (a, b) =>
            severityRank(a.severity) - severityRank(b.severity) ||
            b.count - a.count ||
            (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
}

export function severityRank(severity: Severity): number {
    const rank = SEVERITIES.indexOf(severity);
    return rank < 0 ? SEVERITIES.length : rank;
}

/** The seven steps with their counts from `scorecard.steps` and their gaps. */
export function sevenSteps(scorecard: Scorecard): StepView[] {
    const s = scorecard.steps;
    const counts = diagnosticCountsByCode(scorecard);
    const gapsOf = (step: number): CodeCount[] => counts.filter((c) => stepOfCode(c.code) === step);
    // What each step counts, by step number; the names are the rule table's.
    const facts: Record<number, string[]> = {
        1: [countOf(s.ambitions, 'Ambition')],
        2: [countOf(s.strategies, 'Strategy')],
        3: [countOf(s.kpis, 'Kpi')],
        4: [`${s.monitoredKpis} of ${countOf(s.kpis, 'Kpi')} monitored`],
        5: [countOf(s.redKpis, 'Kpi', 'red'), countOf(s.activeOkrs, 'Okr', 'active')],
        6: [`${s.okrsWithPlans} of ${countOf(s.activeOkrs, 'Okr', 'active')} with a plan`],
        7: [countOf(s.closedOkrs, 'Okr', 'closed')],
    };
    return STEP_NAMES.flatMap((name, number) =>
        number === 0 ? [] : [{ number, name, facts: facts[number] ?? [], gaps: gapsOf(number) }],
    );
}
