/** Rules about objectives (steps 5–7): key-result count, the KPI link, cycle, plan, transparency, focus. */
import { RULES } from '../diagnostics/rule-table.js';
import type { Okr } from '../generated/ast.js';
import { kpiStatus } from '../scorecard/kpi-status.js';
import { okrStatus } from '../scorecard/objective-score.js';
import type { Report } from './reporter.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export function checkOkr(okr: Okr, report: Report, facts: WorkspaceFacts): void {
    const status = okrStatus(okr);
    const count = okr.keyResults.length;
    const { minKeyResults, maxKeyResults } = RULES['kr-count'].parameters;
    if (count < minKeyResults || count > maxKeyResults) {
        report('kr-count', { node: okr, property: 'name' }, okr.name, count);
    }
    const place = facts.supportLoop(okr);
    if (place) {
        report('support-cycle', { node: okr, property: 'supports' }, loopFrom(place.loop, place.index), place.loop.length);
    }
    if (okr.addresses.length === 0) {
        report('okr-no-kpi', { node: okr, property: 'name' }, okr.name);
    }
    // An unresolved KPI counts as present but tells nothing about its status.
    const addressed = okr.addresses.map(ref => ref.ref);
    if (status === 'active' && addressed.length > 0 && addressed.every(kpi => kpi !== undefined && kpiStatus(kpi) === 'green')) {
        report('okr-on-green-kpi', { node: okr, keyword: 'addresses' }, okr.name, addressed.map(kpi => kpi!.name));
    }
    if (status === 'closed') {
        const notGreen = addressed.find(kpi => kpi !== undefined && kpiStatus(kpi) !== 'green');
        if (notGreen) {
            report('closed-okr-kpi-not-green', { node: okr, keyword: 'status' }, okr.name, notGreen.name, kpiStatus(notGreen));
        }
    }
    const pastLimit = facts.pastOwnerLimit(okr);
    if (pastLimit) {
        report('too-many-okrs', { node: okr, property: 'name' }, pastLimit.owner, pastLimit.cycle, pastLimit.count, pastLimit.limit);
    }
    if (okr.confidential) {
        report('confidential-okr', { node: okr, keyword: 'confidential' }, okr.name);
    }
    if (okr.cycle === undefined) {
        report('okr-no-cycle', { node: okr, property: 'name' }, okr.name);
    }
    if (status === 'active' && (okr.plan === undefined || okr.plan.initiatives.length === 0)) {
        report('okr-no-plan', { node: okr, property: 'name' }, okr.name);
    }
    if (/\p{Nd}/u.test(okr.title ?? '')) {
        report('objective-has-number', { node: okr, property: 'title' }, okr.name);
    }
}

/** The loop as read from one OKR, at most a few names: a loop of thousands stays one short message. */
function loopFrom(loop: readonly string[], index: number, shown = 6): string[] {
    const names: string[] = [];
    for (let i = 0; i < Math.min(loop.length, shown); i++) {
        names.push(loop[(index + i) % loop.length]);
    }
    return names;
}
