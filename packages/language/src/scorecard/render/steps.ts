/**
 * The seven-step overview shared by the views: what each step counts, and which diagnostic
 * codes are gaps in which step (LANGUAGE.md §4), so a view can show "step 5: 1 red KPI without
 * an OKR" next to the counts.
 */

import type { Scorecard, Severity } from '../model.js';
import { SEVERITIES } from './format.js';

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

/** The step each rule's gap belongs to; codes not listed are general (syntax, names…). */
const STEP_OF_CODE: Readonly<Record<string, number>> = {
    'strategy-no-ambition': 2,
    'kpi-no-strategy': 3,
    'strategy-no-kpi': 3,
    'kpi-no-target': 3,
    'kpi-no-frequency': 3,
    'alert-side': 3,
    'kpi-no-actuals': 4,
    'red-kpi-no-okr': 5,
    'okr-no-kpi': 5,
    'okr-on-green-kpi': 5,
    'kr-count': 5,
    'kr-not-measurable': 5,
    'kr-no-baseline': 5,
    'kr-no-change': 5,
    'kr-activity': 5,
    'objective-has-number': 5,
    'okr-no-cycle': 5,
    'too-many-okrs': 5,
    'confidential-okr': 5,
    'reward-kpi-in-okr': 5,
    'confidence-range': 5,
    'support-cycle': 5,
    'okr-no-plan': 6,
    'closed-okr-kpi-not-green': 7,
};

/** The step a diagnostic code belongs to, or null for general codes. */
export function stepOfCode(code: string): number | null {
    return Object.prototype.hasOwnProperty.call(STEP_OF_CODE, code) ? (STEP_OF_CODE[code] ?? null) : null;
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

function countLabel(count: number, singular: string, pluralForm: string): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
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
            facts: [countLabel(s.ambitions, 'ambition', 'ambitions')],
            gaps: gapsOf(1),
        },
        {
            number: 2,
            name: 'Strategy',
            facts: [countLabel(s.strategies, 'strategy', 'strategies')],
            gaps: gapsOf(2),
        },
        {
            number: 3,
            name: 'KPI framework',
            facts: [countLabel(s.kpis, 'KPI', 'KPIs')],
            gaps: gapsOf(3),
        },
        {
            number: 4,
            name: 'Monitor',
            facts: [`${s.monitoredKpis} of ${countLabel(s.kpis, 'KPI', 'KPIs')} monitored`],
            gaps: gapsOf(4),
        },
        {
            number: 5,
            name: 'OKR',
            facts: [countLabel(s.redKpis, 'red KPI', 'red KPIs'), countLabel(s.activeOkrs, 'active OKR', 'active OKRs')],
            gaps: gapsOf(5),
        },
        {
            number: 6,
            name: 'Improvement plan',
            facts: [`${s.okrsWithPlans} of ${countLabel(s.activeOkrs, 'active OKR', 'active OKRs')} with a plan`],
            gaps: gapsOf(6),
        },
        {
            number: 7,
            name: 'Business as usual',
            facts: [countLabel(s.closedOkrs, 'closed OKR', 'closed OKRs')],
            gaps: gapsOf(7),
        },
    ];
}
