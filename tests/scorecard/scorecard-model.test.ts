/** Reading the scorecard: KPI status and trend, key-result progress with its fallbacks, scores and grades. */
import { describe, expect, it } from 'vitest';
import { grade, progressOf, statusOf } from '../../packages/language/src/index.js';
import { workspaceOf } from '../support/workspace.js';

const BANK = `
ambition Appealing "Become the most appealing large bank to clients" { horizon 2030 owner "Executive Board" }
strategy DigitalFirst "Serve clients digital-first" { realizes Appealing perspective customer owner "COO" }
kpi NewToBank "New-to-bank clients" {
    monitors DigitalFirst unit "clients" target >= 12000 alert 10000 every quarter owner "Retail" rewarded confidential
    actual 2026-Q1 9100
    actual 2026-Q2 9400
}
kpi Nps "Net Promoter Score" { monitors DigitalFirst target >= 30 alert 20 every month actual 2026-05 18 actual 2026-06 21 }
okr WinNewClients "Become the bank new clients choose first" {
    cycle 2026-Q3 addresses Nps owner "Retail"
    key result NpsUp "Increase NPS from 21 to 35" { measures Nps from 21 to 35 current 26 confidence 60% }
    key result FastOpening "Cut account opening time from 5 days to 1 day" {
        from 5 to 1 unit "days"
        checkin 2026-07-15 4 confidence 70%
        checkin 2026-08-15 3
    }
    plan {
        initiative "Redesign mobile onboarding" owner "CX" due 2026-08-31 done
        initiative "Same-day account opening" owner "Ops" due 2026-09-15
    }
}`;

describe('the scorecard of docs/language.md#a-complete-example', () => {
    it('is worked through as docs/language.md#the-scorecard says', async () => {
        const { scorecard, diagnostics } = await workspaceOf(BANK);
        const card = scorecard();
        expect(diagnostics.map(d => d.code)).toEqual(['red-kpi-no-okr']);
        expect(card.kpis.find(k => k.name === 'Nps')).toMatchObject({ status: 'amber', trend: 'improving', value: 21, target: 30, direction: 'up', rewarded: false });
        expect(card.kpis.find(k => k.name === 'NewToBank')).toMatchObject({ status: 'red', rewarded: true, confidential: true, unit: 'clients' });
        const okr = card.okrs[0];
        expect(okr.keyResults[0].progress).toBeCloseTo(0.357, 3);
        expect(okr.keyResults[0].confidence).toBe(60);
        expect(okr.keyResults[1].progress).toBeCloseTo(0.5, 5);
        // Its latest check-in (08-15) states no confidence and the key result has none of its own.
        expect(okr.keyResults[1].confidence).toBeNull();
        expect(okr.score).toBeCloseTo(0.43, 2);
        expect(okr.grade).toBe('amber');
        expect(card.ambitions[0]).toMatchObject({ name: 'Appealing', strategies: ['DigitalFirst'] });
        expect(card.steps).toMatchObject({ ambitions: 1, strategies: 1, kpis: 2, monitoredKpis: 2, redKpis: 1, activeOkrs: 1, okrsWithPlans: 1, closedOkrs: 0 });
    });
});

describe('KPI status', () => {
    it('is green on target, amber up to the alert, red past it', () => {
        expect(statusOf(100, 100, 80, 'up')).toBe('green');
        expect(statusOf(90, 100, 80, 'up')).toBe('amber');
        expect(statusOf(80, 100, 80, 'up')).toBe('amber');
        expect(statusOf(79.9, 100, 80, 'up')).toBe('red');
        expect(statusOf(2, 2, 5, 'down')).toBe('green');
        expect(statusOf(4, 2, 5, 'down')).toBe('amber');
        expect(statusOf(6, 2, 5, 'down')).toBe('red');
    });
    it('is red when it misses a target without alert, unknown without target or value', () => {
        expect(statusOf(99, 100, undefined, 'up')).toBe('red');
        expect(statusOf(undefined, 100, 80, 'up')).toBe('unknown');
        expect(statusOf(5, undefined, undefined, 'up')).toBe('unknown');
    });
    it('trends in the KPI direction', async () => {
        const { scorecard } = await workspaceOf(`
kpi Up "a" { target >= 10 actual 2026-01 5 actual 2026-02 6 }
kpi Down "b" { target <= 10 actual 2026-01 5 actual 2026-02 6 }
kpi Flat "c" { target <= 10 actual 2026-01 5 actual 2026-02 5 }
kpi One "d" { target <= 10 actual 2026-01 5 }`);
        expect(scorecard().kpis.map(k => k.trend)).toEqual(['improving', 'worsening', 'flat', 'none']);
    });
});

describe('key-result progress', () => {
    it('clamps to 0..1 and handles decreasing targets', () => {
        expect(progressOf(5, 1, 3)).toBe(0.5);
        expect(progressOf(5, 1, 7)).toBe(0);
        expect(progressOf(5, 1, 0)).toBe(1);
        expect(progressOf(10, 20, 25)).toBe(1);
        expect(progressOf(10, 20, 5)).toBe(0);
    });
    it('is "no data" (null), not 0, when baseline, target or value is missing', () => {
        expect(progressOf(undefined, 1, 3)).toBeUndefined();
        expect(progressOf(5, undefined, 3)).toBeUndefined();
        expect(progressOf(5, 1, undefined)).toBeUndefined();
        expect(progressOf(5, 5, 5)).toBeUndefined();
    });
    it('falls back to the measured KPI for baseline, target and value; the latest check-in wins over current', async () => {
        const { scorecard } = await workspaceOf(`
kpi K "k" { baseline 40 target >= 100 actual 2026-01 55 actual 2026-02 70 }
okr O "o" {
    key result Fallback "a" { measures K }
    key result Checkins "b" { from 0 to 10 current 2 checkin 2026-02-01 8 checkin 2026-01-15 4 }
    key result TargetOnly "c" { target 10 current 5 }
}`);
        const [fallback, checkins, targetOnly] = scorecard().okrs[0].keyResults;
        expect(fallback).toMatchObject({ from: 40, target: 100, value: 70 });
        expect(fallback.progress).toBeCloseTo(0.5, 5);
        expect(checkins).toMatchObject({ value: 8, progress: 0.8 });
        expect(targetOnly.progress).toBeNull();
    });
    it("takes the latest check-in's confidence, else the key result's own", async () => {
        const { scorecard } = await workspaceOf(`
okr O "o" {
    key result A "a" { from 0 to 10 confidence 50% checkin 2026-01-01 2 confidence 70% checkin 2026-02-01 3 }
    key result B "b" { from 0 to 10 confidence 40 }
    key result C "c" { from 0 to 10
        checkin 2026-01-01 2 confidence 30%
        confidence 90%
    }
    key result D "d" { from 0 to 10
        checkin 2026-01-01 2
        confidence 80%
    }
}`);
        expect(scorecard().okrs[0].keyResults.map(k => k.confidence)).toEqual([50, 40, 30, 80]);
    });
});

describe('objective score and grade', () => {
    it('is the weighted mean of known progress', async () => {
        const { scorecard } = await workspaceOf(`
okr O "o" {
    key result "a" { from 0 to 10 current 10 weight 3 }
    key result "b" { from 0 to 10 current 0 }
    key result "c" { from 0 to 10 }
}
okr Empty "e" { key result "a" { from 0 to 10 } key result "b" { target 5 } }`);
        const [o, empty] = scorecard().okrs;
        expect(o.score).toBeCloseTo(0.75, 5);
        expect(empty.score).toBeNull();
        expect(empty.grade).toBeNull();
    });
    it('grades aspirational and committed objectives differently', () => {
        expect([0.7, 0.69, 0.4, 0.39].map(s => grade(s, 'aspirational'))).toEqual(['green', 'amber', 'amber', 'red']);
        expect([1, 0.99, 0.7, 0.69].map(s => grade(s, 'committed'))).toEqual(['green', 'amber', 'amber', 'red']);
    });
    it('reads committed from the file', async () => {
        const { scorecard } = await workspaceOf('okr O "o" { committed key result "a" { from 0 to 10 current 8 } key result "b" { from 0 to 10 current 8 } }');
        expect(scorecard().okrs[0]).toMatchObject({ commitment: 'committed', grade: 'amber' });
    });
});
