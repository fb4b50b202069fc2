/** KPI value, status and trend (docs/language.md#the-scorecard). Pure functions; no clock. */
import type { Kpi } from '../generated/ast.js';
import { known } from '../model/numbers.js';
import { parsePeriod } from '../model/periods.js';
import { dataActualsOf, onDataActualsChange } from './kpi-data-rows.js';
import type { ActualPoint, Direction, KpiStatus, Trend } from './model.js';

/**
 * Actuals with a valid period, oldest first: the rows of its data file, then its `actual` lines
 * (docs/language.md#data-files). Ties keep that order, so for a period given twice the value
 * given last wins.
 */
export function kpiActuals(kpi: Kpi): ActualPoint[] {
    let actuals = sortedActuals.get(kpi);
    if (!actuals) {
        actuals = sortActuals(kpi);
        // A list of one or none is as quick to make again as to look up: kept, it would only weigh
        // on the garbage collector (a broken file can have tens of thousands of such KPIs).
        if (actuals.length > 1) sortedActuals.set(kpi, actuals);
    }
    return actuals;
}

/** A data file's rows come with their periods read; sort is stable, so ties keep the order given. */
function sortActuals(kpi: Kpi): ActualPoint[] {
    const rows = dataActualsOf(kpi);
    if (rows.length === 0 && kpi.actuals.length <= 1) {
        // Nothing to sort (a half-typed KPI, or one of a broken file's thousands): no lists to build on the way.
        const actual = kpi.actuals[0];
        const period = actual && parsePeriod(actual.period);
        return period?.valid && isMeasured(actual.value) ? [{ period: period.text, value: actual.value }] : [];
    }
    const given: Array<{ period: string; value: number | undefined; start: number }> = rows.length > 0 ? [...rows] : [];
    for (const actual of kpi.actuals) {
        const period = parsePeriod(actual.period);
        if (period.valid) given.push({ period: period.text, value: actual.value, start: period.start });
    }
    if (given.length > 1) {
        given.sort((a, b) => a.start - b.start);
    }
    // A period given twice keeps the value given last (docs/language.md#what-time-means), in its
    // place: status, trend, sparkline and the scorecard's list see each period once. Sorted by
    // start, the copies of a period lie among the few entries that start on the same day.
    const actuals: ActualPoint[] = [];
    let sameStartFrom = 0;
    let sameStart = Number.NaN;
    for (const item of given) {
        if (!isMeasured(item.value)) continue;
        if (item.start !== sameStart) {
            sameStart = item.start;
            sameStartFrom = actuals.length;
        }
        let at = sameStartFrom;
        while (at < actuals.length && actuals[at].period !== item.period) at++;
        actuals[at] = { period: item.period, value: item.value };
    }
    return actuals;
}

/**
 * Sorted once per parsed KPI (status, trend and card all ask, once per OKR that addresses it);
 * an edit makes a new syntax tree, and new data rows are forgotten here, so nothing stale is
 * kept. Callers must not modify the list.
 */
const sortedActuals = new WeakMap<Kpi, ActualPoint[]>();
onDataActualsChange(kpi => sortedActuals.delete(kpi));

/** A value the parser could read (a half-typed line may leave it missing) and Strat can hold (not `number-range`). */
export function isMeasured(value: number | undefined): value is number {
    return known(value) !== undefined;
}

export function kpiDirection(kpi: Kpi): Direction {
    return kpi.direction === '<=' ? 'down' : 'up';
}

/** The value of the actual with the latest period, or undefined. */
export function kpiValue(kpi: Kpi): number | undefined {
    const actuals = kpiActuals(kpi);
    return actuals.length > 0 ? actuals[actuals.length - 1].value : undefined;
}

/** `green` meets the target; `amber` has not passed the alert; `red` is past it (or misses a target without alert). */
export function kpiStatus(kpi: Kpi): KpiStatus {
    return statusOf(kpiValue(kpi), known(kpi.target), known(kpi.alert), kpiDirection(kpi));
}

export function statusOf(value: number | undefined, target: number | undefined, alert: number | undefined, direction: Direction): KpiStatus {
    if (value === undefined || target === undefined) {
        return 'unknown';
    }
    const better = (a: number, b: number): boolean => direction === 'up' ? a >= b : a <= b;
    if (better(value, target)) {
        return 'green';
    }
    // Reaching the alert exactly has not passed it yet: still amber.
    return alert !== undefined && better(value, alert) ? 'amber' : 'red';
}

/** Compare the latest two actuals in the KPI's direction. */
export function kpiTrend(kpi: Kpi): Trend {
    const actuals = kpiActuals(kpi);
    if (actuals.length < 2) {
        return 'none';
    }
    const previous = actuals[actuals.length - 2].value;
    const latest = actuals[actuals.length - 1].value;
    if (latest === previous) {
        return 'flat';
    }
    const rising = latest > previous;
    return rising === (kpiDirection(kpi) === 'up') ? 'improving' : 'worsening';
}
