/**
 * Time in the strategy cycle (docs/language.md#time): how far an OKR's cycle has run, whether
 * its progress keeps pace, whether a KPI is still being measured. Every function takes the
 * reference date as a value (`null`: no reference date); none reads the clock.
 */
import { PACE_TOLERANCE, type Pace } from '../model/pace.js';
import { periodSpan, timeFrameContaining, type PeriodSpan, type TimeFrame } from '../model/period-span.js';

export type { Pace };

// Scores and shares are sums and quotients of decimals: compare with a little room.
const EPSILON = 1e-9;

/** The share of a cycle that has run by `asOf`, days inclusive, between 0 and 1. */
export function cycleElapsed(cycle: PeriodSpan | undefined, asOf: number | null): number | null {
    if (cycle === undefined || asOf === null) {
        return null;
    }
    const share = (asOf - cycle.start + 1) / (cycle.end - cycle.start + 1);
    return Math.min(1, Math.max(0, share));
}

/** The day a cycle is in (`day 48 of 92`), or undefined outside it. */
export function cycleDay(cycle: PeriodSpan | undefined, asOf: number | null): { day: number; of: number } | undefined {
    if (cycle === undefined || asOf === null || asOf < cycle.start || asOf > cycle.end) {
        return undefined;
    }
    return { day: asOf - cycle.start + 1, of: cycle.end - cycle.start + 1 };
}

/** Whether progress `p` keeps up with the elapsed share `e` of its cycle. */
export function paceOf(progress: number | null | undefined, elapsed: number | null): Pace | null {
    if (progress === null || progress === undefined || elapsed === null) {
        return null;
    }
    if (elapsed === 0) {
        return 'not-started';
    }
    if (progress >= elapsed - PACE_TOLERANCE.onTrack - EPSILON) {
        return 'on-track';
    }
    return progress >= elapsed - PACE_TOLERANCE.behind - EPSILON ? 'behind' : 'at-risk';
}

/** Whether a cycle ended before the reference date. */
export function cycleIsOver(cycle: PeriodSpan | undefined, asOf: number | null): boolean {
    return cycle !== undefined && asOf !== null && cycle.end < asOf;
}

/**
 * The last day on which a KPI measured every `frame` is still fresh: the end of the time-frame
 * period that follows the one holding the end of its latest actual's period (monthly, latest
 * `2026-06`: July 31). From the next day on, the KPI is stale.
 */
export function freshUntil(frame: TimeFrame, latestActual: string | number): number | undefined {
    const latest = periodSpan(latestActual);
    if (latest === undefined) {
        return undefined;
    }
    const holding = timeFrameContaining(latest.end, frame);
    return timeFrameContaining(holding.end + 1, frame).end;
}

/** Stale: measured every `frame`, with a latest actual, and the reference date past its fresh period. Null when undecidable. */
export function kpiIsStale(frame: TimeFrame | undefined, latestActual: string | number | undefined, asOf: number | null): boolean | null {
    if (frame === undefined || latestActual === undefined || asOf === null) {
        return null;
    }
    const until = freshUntil(frame, latestActual);
    return until === undefined ? null : asOf > until;
}
