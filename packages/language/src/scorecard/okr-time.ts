/**
 * The time facts of OKRs, key results and KPIs (docs/language.md#time), read from the syntax
 * tree with the pure functions of cycle-time.ts. The reference date is always a parameter.
 */
import type { KeyResult, Kpi, Okr } from '../generated/ast.js';
import { periodSpan, type PeriodSpan, type TimeFrame } from '../model/period-span.js';
import { cycleElapsed, cycleIsOver, freshUntil, kpiIsStale, paceOf, type Pace } from './cycle-time.js';
import { keyResultProgress } from './key-result-progress.js';
import { kpiActuals } from './kpi-status.js';
import { objectiveScore, okrStatus } from './objective-score.js';

/** The OKR's cycle as days, when it has a valid one. */
export function okrCycle(okr: Okr): PeriodSpan | undefined {
    return okr.cycle === undefined ? undefined : periodSpan(okr.cycle);
}

/** Running: active and, with a reference date, in a cycle that has not ended before it. */
export function okrIsRunning(okr: Okr, asOf: number | null): boolean {
    return okrStatus(okr) === 'active' && !cycleIsOver(okrCycle(okr), asOf);
}

export function okrElapsed(okr: Okr, asOf: number | null): number | null {
    return cycleElapsed(okrCycle(okr), asOf);
}

/** The objective's pace; closed and draft OKRs have none. */
export function okrPace(okr: Okr, asOf: number | null): Pace | null {
    return okrStatus(okr) === 'active' ? paceOf(objectiveScore(okr), okrElapsed(okr, asOf)) : null;
}

export function keyResultPace(kr: KeyResult, asOf: number | null): Pace | null {
    const okr = kr.$container;
    return okrStatus(okr) === 'active' ? paceOf(keyResultProgress(kr), okrElapsed(okr, asOf)) : null;
}

/** The period of the KPI's latest actual, if any. */
export function kpiLatestPeriod(kpi: Kpi): string | undefined {
    return kpiActuals(kpi).at(-1)?.period;
}

export function kpiStale(kpi: Kpi, asOf: number | null): boolean | null {
    return kpiIsStale(kpi.frequency as TimeFrame | undefined, kpiLatestPeriod(kpi), asOf);
}

/** The last day the KPI's latest actual keeps it fresh, when it is measured every time frame. */
export function kpiFreshUntil(kpi: Kpi): number | undefined {
    const latest = kpiLatestPeriod(kpi);
    return kpi.frequency === undefined || latest === undefined ? undefined : freshUntil(kpi.frequency as TimeFrame, latest);
}
