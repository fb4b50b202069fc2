/**
 * Numbers Strat cannot hold (`number-range`) never reach a view: the scorecard of every example,
 * every conformance case and a file of such numbers shows no Infinity or NaN in its JSON, HTML or
 * Markdown, and no card contradicts itself (a status without the value and target it follows
 * from, a progress without its baseline, target and value).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderScorecardHtml, renderScorecardMarkdown } from '../../packages/language/src/scorecard/render/index.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { EXAMPLES_DIR, OWN_CONFORMANCE_DIR } from '../support/paths.js';
import { workspaceOf } from '../support/workspace.js';

const HUGE = '9'.repeat(400);

/** Every number a file can hold written too large, in turn. */
const UNREADABLE = `ambition A "a" { horizon 2030 }
strategy S "s" { realizes A }
kpi Up "Up" { monitors S target >= ${HUGE} alert -${HUGE} every month actual 2026-01 ${HUGE} actual 2026-02 5 baseline ${HUGE} }
kpi Down "Down" { monitors S target <= 5 alert 10 baseline 4 every month actual 2026-01 3 actual 2026-02 -${HUGE} }
okr O "o" {
    cycle 2026-Q3
    addresses Up, Down
    key result R1 "r1" { measures Up from ${HUGE} to ${HUGE} current ${HUGE} confidence ${HUGE} weight ${HUGE} }
    key result R2 "r2" { from 1 to 5 checkin 2026-07-01 ${HUGE} confidence ${HUGE} checkin 2026-07-02 2 weight -${HUGE} }
    key result R3 "r3" { measures Down target 1 }
}
`;

function corpus(): Array<[string, Record<string, string>]> {
    const cases: Array<[string, Record<string, string>]> = [['unreadable numbers', { 'unreadable.strat': UNREADABLE }]];
    for (const dir of [EXAMPLES_DIR, OWN_CONFORMANCE_DIR]) {
        for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
            if (entry.isFile() && entry.name.endsWith('.strat')) {
                cases.push([entry.name, { [entry.name]: readFileSync(path.join(entry.parentPath, entry.name), 'utf8') }]);
            }
        }
    }
    return cases;
}

/** What a card says that the rest of the card does not back. */
function contradictions(scorecard: Scorecard): string[] {
    const found: string[] = [];
    for (const kpi of scorecard.kpis) {
        if (kpi.status !== 'unknown' && (kpi.value === null || kpi.target === null)) found.push(`KPI ${kpi.name} is ${kpi.status} without a value and a target`);
        if (kpi.trend !== 'none' && kpi.actuals.length < 2) found.push(`KPI ${kpi.name} has a trend without two actuals`);
    }
    for (const okr of scorecard.okrs) {
        for (const kr of okr.keyResults) {
            if (kr.progress !== null && (kr.from === null || kr.target === null || kr.value === null)) found.push(`key result ${kr.name} has progress without baseline, target and value`);
            if (kr.progress !== null && (kr.progress < 0 || kr.progress > 1)) found.push(`key result ${kr.name} has progress ${kr.progress}`);
        }
        if ((okr.score === null) !== (okr.grade === null)) found.push(`OKR ${okr.name} has a score without a grade, or the other way round`);
        if (okr.score !== null && okr.keyResults.every(kr => kr.progress === null)) found.push(`OKR ${okr.name} has a score without any progress`);
    }
    return found;
}

/** Numbers that are not numbers, wherever they sit in the model. */
function unreadableNumbers(value: unknown, at = 'scorecard'): string[] {
    if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${at} = ${value}`];
    if (Array.isArray(value)) return value.flatMap((item, i) => unreadableNumbers(item, `${at}[${i}]`));
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => unreadableNumbers(item, `${at}.${key}`));
    return [];
}

describe('numbers Strat cannot hold', () => {
    it('are reported at the number, and judged by no other rule', async () => {
        const { diagnostics } = await workspaceOf(UNREADABLE);
        const valueRules = ['kr-no-change', 'alert-side', 'confidence-range', 'okr-on-green-kpi', 'red-kpi-no-okr', 'kpi-no-target', 'kr-not-measurable', 'kr-no-baseline'];
        expect(diagnostics.filter(d => valueRules.includes(d.code)).map(d => `${d.code} at line ${d.line}`)).toEqual([]);
        const ranges = diagnostics.filter(d => d.code === 'number-range');
        expect(ranges).toHaveLength(13);
        for (const finding of ranges) {
            expect(finding.text).toMatch(/^-?9{400}$/);
            expect(finding.message).toMatch(/^The number (-9{11}|9{12})…9{6} \(40[01] characters\) is too large for Strat/);
        }
    });

    it('reach no view as Infinity or NaN, and no card contradicts itself', async () => {
        for (const [name, files] of corpus()) {
            const scorecard = (await workspaceOf(files)).scorecard();
            expect(unreadableNumbers(scorecard), name).toEqual([]);
            expect(contradictions(scorecard), name).toEqual([]);
            for (const view of [renderScorecardHtml(scorecard, { title: name }), renderScorecardMarkdown(scorecard)]) {
                expect(view, name).not.toMatch(/Infinity|NaN/);
            }
        }
    });

    it('leave the scorecard what it can still know', async () => {
        const scorecard = (await workspaceOf(UNREADABLE)).scorecard();
        const up = scorecard.kpis.find(k => k.name === 'Up')!;
        expect({ status: up.status, value: up.value, target: up.target, alert: up.alert, baseline: up.baseline }).toEqual({ status: 'unknown', value: 5, target: null, alert: null, baseline: null });
        const down = scorecard.kpis.find(k => k.name === 'Down')!;
        expect({ status: down.status, value: down.value }).toEqual({ status: 'green', value: 3 });
        const [r1, r2, r3] = scorecard.okrs[0].keyResults;
        expect({ progress: r1.progress, confidence: r1.confidence, weight: r1.weight }).toEqual({ progress: null, confidence: null, weight: 1 });
        expect({ progress: r2.progress, value: r2.value, weight: r2.weight }).toEqual({ progress: 0.25, value: 2, weight: 1 });
        expect(r3.target).toBe(1);
    });
});
