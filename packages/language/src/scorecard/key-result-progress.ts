/** Key-result progress and confidence (docs/language.md#the-scorecard). Pure functions; no clock. */
import type { Checkin, KeyResult } from '../generated/ast.js';
import { keywordLine, propertyLine } from '../model/ast-text.js';
import { known } from '../model/numbers.js';
import { inPeriodOrder } from '../model/periods.js';
import type { CheckinPoint } from './model.js';
import { isMeasured, kpiValue } from './kpi-status.js';

/**
 * `checkin 2026-07-15 4 confidence 70%` carries a confidence; a `confidence` on a line of its
 * own after a check-in is the key result's own confidence, as the writer meant it (the grammar
 * alone cannot tell the two apart, as line breaks carry no meaning in .strat).
 */
export function checkinOwnsConfidence(checkin: Checkin): boolean {
    if (checkin.confidence === undefined) {
        return false;
    }
    const checkinLine = keywordLine(checkin, 'checkin');
    const confidenceLine = propertyLine(checkin, 'confidence');
    return checkinLine === undefined || confidenceLine === undefined || checkinLine === confidenceLine;
}

/** Check-ins with a valid period, oldest first; ties keep text order. */
export function keyResultCheckins(kr: KeyResult): Array<CheckinPoint & { node: Checkin }> {
    let checkins = sortedCheckins.get(kr);
    if (!checkins) {
        checkins = inPeriodOrder(kr.checkins, checkin => checkin.period)
            .filter(({ item }) => isMeasured(item.value))
            .map(({ item, period }) => ({ period, value: item.value, confidence: checkinOwnsConfidence(item) ? known(item.confidence) ?? null : null, node: item }));
        sortedCheckins.set(kr, checkins);
    }
    return checkins;
}

/** Sorted once per parsed key result, as the KPI actuals are (see kpi-status.ts). */
const sortedCheckins = new WeakMap<KeyResult, Array<CheckinPoint & { node: Checkin }>>();

/** The baseline: `from`, else the measured KPI's `baseline` (a number Strat cannot hold is unknown, not missing). */
export function keyResultBaseline(kr: KeyResult): number | undefined {
    return known(kr.from ?? kr.measures?.ref?.baseline);
}

/** The target: `to`, else `target`, else the measured KPI's target. */
export function keyResultTarget(kr: KeyResult): number | undefined {
    return known(kr.to ?? kr.target ?? kr.measures?.ref?.target);
}

/** The value: the latest check-in, else `current`, else the measured KPI's latest actual. */
export function keyResultValue(kr: KeyResult): number | undefined {
    const checkins = keyResultCheckins(kr);
    if (checkins.length > 0) {
        return checkins[checkins.length - 1].value;
    }
    if (kr.current !== undefined) {
        return known(kr.current);
    }
    const kpi = kr.measures?.ref;
    return kpi ? kpiValue(kpi) : undefined;
}

/** `clamp((v − f) / (t − f), 0, 1)`, or undefined ("no data") when f, t or v is missing or t = f. */
export function keyResultProgress(kr: KeyResult): number | undefined {
    return progressOf(keyResultBaseline(kr), keyResultTarget(kr), keyResultValue(kr));
}

export function progressOf(from: number | undefined, target: number | undefined, value: number | undefined): number | undefined {
    if (from === undefined || target === undefined || value === undefined || target === from) {
        return undefined;
    }
    return Math.min(1, Math.max(0, (value - from) / (target - from)));
}

/**
 * The latest check-in's confidence, else the key result's own `confidence` (docs/language.md#the-scorecard, read
 * literally: a latest check-in without a confidence does not reach back to an earlier one).
 */
export function keyResultConfidence(kr: KeyResult): number | undefined {
    const latest = keyResultCheckins(kr).at(-1);
    return latest?.confidence ?? keyResultOwnConfidence(kr);
}

export function keyResultOwnConfidence(kr: KeyResult): number | undefined {
    if (kr.confidence !== undefined) {
        return known(kr.confidence);
    }
    const detached = kr.checkins.filter(c => c.confidence !== undefined && !checkinOwnsConfidence(c));
    return detached.length > 0 ? known(detached[detached.length - 1].confidence) : undefined;
}
