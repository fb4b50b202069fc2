/**
 * What changed on each KPI card and OKR card between two scorecards, as the preview marks the
 * cards of HEAD when comparing (▲/▼, before → after): a KPI's latest value and status, an OKR's
 * score, grade and status. Elements are matched as `strat diff` matches them (renames included);
 * elements only HEAD has are marked new. Pure.
 */
import type { Direction, Grade, KpiCardStatus, OkrStatus, Scorecard, Withheld } from '../model.js';
import type { Change } from './diff-model.js';
import { matchScorecards } from './match-elements.js';
import { sameNumber } from './same-value.js';

export interface KpiCardChange {
    kind: 'kpi';
    /** As HEAD names it. */
    name: string;
    /** The KPI is new (BASE has no such KPI): the `before` values are null. */
    added: boolean;
    /** The latest value, and its period. */
    value: Change<number>;
    period: Change<string>;
    status: Change<KpiCardStatus>;
    unit: string | null;
    /** Which way is better (HEAD's). */
    direction: Direction;
}

export interface OkrCardChange {
    kind: 'okr';
    name: string;
    added: boolean;
    score: Change<number>;
    grade: Change<Grade | Withheld>;
    status: Change<OkrStatus>;
}

export type CardChange = KpiCardChange | OkrCardChange;

/** The cards of HEAD that changed, KPIs first, each in HEAD's order. */
export function cardChanges(base: Scorecard, head: Scorecard): CardChange[] {
    const match = matchScorecards(base, head);
    const changes: CardChange[] = [];
    const kpiBefore = new Map(match.kpis.pairs.map(([before, after]) => [after, before]));
    const okrBefore = new Map(match.okrs.pairs.map(([before, after]) => [after, before]));
    for (const kpi of head.kpis) {
        const before = kpiBefore.get(kpi);
        const change: KpiCardChange = {
            kind: 'kpi',
            name: kpi.name,
            added: before === undefined,
            value: { before: before?.value ?? null, after: kpi.value },
            period: { before: before?.period ?? null, after: kpi.period },
            status: { before: before?.status ?? null, after: kpi.status },
            unit: kpi.unit,
            direction: kpi.direction
        };
        if (change.added || !sameNumber(change.value.before, change.value.after) || change.status.before !== change.status.after) changes.push(change);
    }
    for (const okr of head.okrs) {
        const before = okrBefore.get(okr);
        const change: OkrCardChange = {
            kind: 'okr',
            name: okr.name,
            added: before === undefined,
            score: { before: before?.score ?? null, after: okr.score },
            grade: { before: before?.grade ?? null, after: okr.grade },
            status: { before: before?.status ?? null, after: okr.status }
        };
        if (change.added || !sameNumber(change.score.before, change.score.after) || change.grade.before !== change.grade.after || change.status.before !== change.status.after) {
            changes.push(change);
        }
    }
    return changes;
}
