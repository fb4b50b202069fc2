/**
 * Rules about the values written (docs/language.md#time): a period given twice, a check-in
 * outside its OKR's cycle, a confidence written as a fraction, and key results that move their
 * KPI the wrong way or not far enough. None needs the reference date.
 */
import type { AstNode } from 'langium';
import type { Checkin, KeyResult, Kpi } from '../generated/ast.js';
import { elementLabel, quotedName } from '../catalogue/element-label.js';
import { isPercent, propertyText } from '../model/ast-text.js';
import { periodSpan } from '../model/period-span.js';
import { parsePeriod, periodKey } from '../model/periods.js';
import { statusOf, kpiDirection } from '../scorecard/kpi-status.js';
import { okrCycle } from '../scorecard/okr-time.js';
import { dataActualsOf } from '../scorecard/kpi-data-rows.js';
import type { Report } from './reporter.js';

export function checkKpiValues(kpi: Kpi, report: Report): void {
    // The rows of its data file count as given before its `actual` lines.
    reportRepeatedPeriods(kpi.actuals, report, elementLabel(kpi), dataActualsOf(kpi).map(periodKey));
}

export function checkKeyResultValues(kr: KeyResult, report: Report): void {
    reportRepeatedPeriods(kr.checkins, report, elementLabel(kr));
    const okr = kr.$container;
    const cycle = okrCycle(okr);
    for (const checkin of kr.checkins) {
        const span = checkin.period === undefined ? undefined : periodSpan(checkin.period);
        if (cycle && span && (span.end < cycle.start || span.start > cycle.end)) {
            report('checkin-outside-cycle', { node: checkin, property: 'period' }, String(checkin.period), okr.name, String(okr.cycle));
        }
        reportFraction(checkin, checkin.confidence, report);
    }
    reportFraction(kr, kr.confidence, report);
    const kpi = kr.measures?.ref;
    if (!kpi || kpi.target === undefined || kpi.direction === undefined) return;
    if (kr.from !== undefined && kr.to !== undefined && (kpi.direction === '>=' ? kr.from > kr.to : kr.from < kr.to)) {
        report('kr-wrong-direction', { node: kr, property: 'from' }, quotedName(kr), kpi.name, kpi.direction);
    }
    if (kr.to !== undefined && kpi.alert !== undefined && statusOf(kr.to, kpi.target, kpi.alert, kpiDirection(kpi)) === 'red') {
        report('kr-short-of-kpi', { node: kr, property: 'to' }, quotedName(kr), kpi.name, propertyText(kr, 'to') ?? String(kr.to), propertyText(kpi, 'alert') ?? String(kpi.alert));
    }
}

/** The second and later values of a period already given (maybe by a data file): the later line is reported. */
function reportRepeatedPeriods(values: ReadonlyArray<AstNode & { period?: string | number }>, report: Report, owner: string, givenBefore: readonly number[] = []): void {
    const seen = new Set(givenBefore);
    for (const value of values) {
        const key = value.period === undefined ? undefined : keyOf(value.period);
        if (key === undefined) continue;
        if (seen.has(key)) {
            report('duplicate-period', { node: value, property: 'period' }, String(value.period), owner);
        }
        seen.add(key);
    }
}

/** One period whatever its spelling: its shape and first day; undefined for a period that does not exist. */
function keyOf(text: string | number): number | undefined {
    const period = parsePeriod(text);
    return period.valid ? periodKey(period) : undefined;
}

/** `confidence 0.7`: a confidence between 0 and 1 written without `%` reads as a fraction. */
function reportFraction(node: KeyResult | Checkin, confidence: number | undefined, report: Report): void {
    if (confidence !== undefined && confidence > 0 && confidence < 1 && !isPercent(node, 'confidence')) {
        const written = propertyText(node, 'confidence') ?? String(confidence);
        report('confidence-fraction', { node, property: 'confidence' }, written, `${Number((confidence * 100).toFixed(2))}%`);
    }
}
