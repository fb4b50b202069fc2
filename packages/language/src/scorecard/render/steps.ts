/**
 * The seven-step overview shared by the views: what each step counts, and which diagnostic
 * codes are gaps in which step (the rule table's `step`), so a view can show "step 5: 1 red KPI
 * without an OKR" next to the counts.
 */

import { nounsOf } from '../../catalogue/element-kinds.js';
import { RULES, isRuleCode } from '../../diagnostics/rule-table.js';
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
    return [
        {
            number: 1,
            name: 'Ambition',
            facts: [countOf(s.ambitions, 'Ambition')],
            gaps: gapsOf(1),
        },
        {
            number: 2,
            name: 'Strategy',
            facts: [countOf(s.strategies, 'Strategy')],
            gaps: gapsOf(2),
        },
        {
            number: 3,
            name: 'KPI framework',
            facts: [countOf(s.kpis, 'Kpi')],
            gaps: gapsOf(3),
        },
        {
            number: 4,
            name: 'Monitor',
            facts: [`${s.monitoredKpis} of ${countOf(s.kpis, 'Kpi')} monitored`],
            gaps: gapsOf(4),
        },
        {
            number: 5,
            name: 'OKR',
            facts: [countOf(s.redKpis, 'Kpi', 'red'), countOf(s.activeOkrs, 'Okr', 'active')],
            gaps: gapsOf(5),
        },
        {
            number: 6,
            name: 'Improvement plan',
            facts: [`${s.okrsWithPlans} of ${countOf(s.activeOkrs, 'Okr', 'active')} with a plan`],
            gaps: gapsOf(6),
        },
        {
            number: 7,
            name: 'Business as usual',
            facts: [countOf(s.closedOkrs, 'Okr', 'closed')],
            gaps: gapsOf(7),
        },
    ];
}
