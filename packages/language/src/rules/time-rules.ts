/**
 * Rules about time and the strategy cycle (docs/language.md#time): stale KPIs, values dated after
 * the reference date, OKRs whose cycle is over, forgotten check-ins, overdue initiatives, OKRs at
 * risk. Rules that need the reference date do nothing without one (`--as-of none`).
 */
import type { Initiative, KeyResult, Kpi, Okr } from '../generated/ast.js';
import type { EffectiveSettings } from '../config/settings-layers.js';
import { quotedName } from '../catalogue/element-label.js';
import { formatDay, periodSpan, type TimeFrame } from '../model/period-span.js';
import { cycleIsOver } from '../scorecard/cycle-time.js';
import { keyResultCheckins } from '../scorecard/key-result-progress.js';
import { kpiFreshUntil, kpiLatestPeriod, kpiStale, okrCycle, okrElapsed, okrIsRunning, okrPace } from '../scorecard/okr-time.js';
import { objectiveScore, okrStatus } from '../scorecard/objective-score.js';
import { FREQUENCY_LABEL } from '../scorecard/render/format.js';
import { keyResultKeywordRange } from './key-result-keyword.js';
import type { Report } from './reporter.js';

export function checkKpiTime(kpi: Kpi, report: Report, settings: EffectiveSettings): void {
    const asOf = settings.asOf;
    if (asOf === null) return;
    if (kpiStale(kpi, asOf) === true) {
        const staleSince = formatDay(kpiFreshUntil(kpi)! + 1);
        report('kpi-stale', { node: kpi, property: 'name' }, kpi.name, kpiLatestPeriod(kpi)!, FREQUENCY_LABEL[kpi.frequency as TimeFrame], staleSince);
    }
    for (const actual of kpi.actuals) {
        reportFuture(actual, report, asOf);
    }
}

export function checkOkrTime(okr: Okr, report: Report, settings: EffectiveSettings): void {
    const asOf = settings.asOf;
    if (asOf === null) return;
    const cycle = okrCycle(okr);
    if (okrStatus(okr) === 'active' && cycle && cycleIsOver(cycle, asOf)) {
        report('okr-cycle-over', { node: okr, property: 'cycle' }, okr.name, String(okr.cycle), formatDay(cycle.end));
    }
    if (!okrIsRunning(okr, asOf)) return;
    if (okrPace(okr, asOf) === 'at-risk') {
        report('okr-at-risk', { node: okr, property: 'name' }, okr.name, percent(objectiveScore(okr) ?? 0), percent(okrElapsed(okr, asOf) ?? 0));
    }
    for (const initiative of okr.plan?.initiatives ?? []) {
        checkOverdue(initiative, report, asOf);
    }
}

export function checkKeyResultTime(kr: KeyResult, report: Report, settings: EffectiveSettings): void {
    const asOf = settings.asOf;
    if (asOf === null) return;
    for (const checkin of kr.checkins) {
        reportFuture(checkin, report, asOf);
    }
    const okr = kr.$container;
    const cycle = okrCycle(okr);
    // Check-ins are for key results that measure no KPI: the KPI's actuals show the others' progress.
    if (kr.measures !== undefined || !cycle || cycle.start > asOf || !okrIsRunning(okr, asOf)) return;
    const latest = keyResultCheckins(kr).at(-1);
    const since = latest ? periodSpan(latest.period)!.end : cycle.start;
    const days = asOf - since;
    if (days > settings.checkinDays) {
        report('checkin-stale', { node: kr, range: keyResultKeywordRange(kr) }, quotedName(kr), latest ? latest.period : `the cycle started on ${formatDay(cycle.start)}`, days, settings.checkinDays);
    }
}

function checkOverdue(initiative: Initiative, report: Report, asOf: number): void {
    const due = initiative.due === undefined ? undefined : periodSpan(initiative.due);
    if (!initiative.done && due && due.end < asOf) {
        report('initiative-overdue', { node: initiative, property: 'due' }, initiative.title ?? '', String(initiative.due));
    }
}

function reportFuture(dated: { period?: string | number } & Parameters<Report>[1]['node'], report: Report, asOf: number): void {
    const span = dated.period === undefined ? undefined : periodSpan(dated.period);
    if (span && span.start > asOf) {
        report('future-period', { node: dated, property: 'period' }, String(dated.period), formatDay(asOf));
    }
}

function percent(fraction: number): string {
    return `${Math.round(fraction * 100)}%`;
}
