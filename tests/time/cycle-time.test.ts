import { describe, expect, it } from 'vitest';
import { cycleDay, cycleElapsed, cycleIsOver, freshUntil, kpiIsStale, paceOf } from '../../packages/language/src/scorecard/cycle-time.js';
import { formatDay, parseDay, periodSpan } from '../../packages/language/src/model/period-span.js';

const day = (text: string): number => parseDay(text)!;

describe('elapsed share of a cycle', () => {
    it('counts days inclusively: 17 August is day 48 of the 92 of 2026-Q3', () => {
        const q3 = periodSpan('2026-Q3');
        expect(cycleDay(q3, day('2026-08-17'))).toEqual({ day: 48, of: 92 });
        expect(cycleElapsed(q3, day('2026-08-17'))).toBeCloseTo(48 / 92, 10);
    });

    it('is 0 before the cycle, 1 after it, and a whole cycle on its last day', () => {
        const q3 = periodSpan('2026-Q3');
        expect(cycleElapsed(q3, day('2026-06-30'))).toBe(0);
        expect(cycleElapsed(q3, day('2026-07-01'))).toBeCloseTo(1 / 92, 10);
        expect(cycleElapsed(q3, day('2026-09-30'))).toBe(1);
        expect(cycleElapsed(q3, day('2027-01-01'))).toBe(1);
        expect(cycleDay(q3, day('2026-10-01'))).toBeUndefined();
    });

    it('works for cycles of every shape', () => {
        const asOf = day('2026-02-15');
        expect(cycleElapsed(periodSpan('2026'), asOf)).toBeCloseTo(46 / 365, 10);
        expect(cycleElapsed(periodSpan('2026-H1'), asOf)).toBeCloseTo(46 / 181, 10);
        expect(cycleElapsed(periodSpan('2026-Q1'), asOf)).toBeCloseTo(46 / 90, 10);
        expect(cycleElapsed(periodSpan('2026-02'), asOf)).toBeCloseTo(15 / 28, 10);
        expect(cycleElapsed(periodSpan('2026-W07'), asOf)).toBe(1); // Monday 9 to Sunday 15 February
        expect(cycleElapsed(periodSpan('2026-02-15'), asOf)).toBe(1);
        expect(cycleElapsed(periodSpan('2024-02'), day('2024-02-29'))).toBe(1);
    });

    it('is null without a reference date or a valid cycle', () => {
        expect(cycleElapsed(periodSpan('2026-Q3'), null)).toBeNull();
        expect(cycleElapsed(periodSpan('2026-Q5'), day('2026-08-17'))).toBeNull();
    });

    it('tells a cycle that ended before the reference date', () => {
        expect(cycleIsOver(periodSpan('2026-Q2'), day('2026-07-01'))).toBe(true);
        expect(cycleIsOver(periodSpan('2026-Q2'), day('2026-06-30'))).toBe(false);
        expect(cycleIsOver(periodSpan('2026-Q2'), null)).toBe(false);
    });
});

describe('pace', () => {
    it('is on track down to e − 0.1, behind down to e − 0.3, then at risk — the boundaries included', () => {
        expect(paceOf(0.5, 0.5)).toBe('on-track');
        expect(paceOf(0.4, 0.5)).toBe('on-track');
        expect(paceOf(0.39, 0.5)).toBe('behind');
        expect(paceOf(0.2, 0.5)).toBe('behind');
        expect(paceOf(0.19, 0.5)).toBe('at-risk');
        // 0.7 − 0.1 and 0.9 − 0.3 are not exact in binary: the boundary still counts
        expect(paceOf(0.6, 0.7)).toBe('on-track');
        expect(paceOf(0.6, 0.9)).toBe('behind');
    });

    it('has not started at an elapsed share of 0, whatever the progress', () => {
        expect(paceOf(0, 0)).toBe('not-started');
        expect(paceOf(1, 0)).toBe('not-started');
    });

    it('is null without progress or elapsed share', () => {
        expect(paceOf(null, 0.5)).toBeNull();
        expect(paceOf(undefined, 0.5)).toBeNull();
        expect(paceOf(0.5, null)).toBeNull();
    });
});

describe('stale KPIs', () => {
    const until = (frame: Parameters<typeof freshUntil>[0], latest: string) => formatDay(freshUntil(frame, latest)!);

    it('stay fresh through the time-frame period after their latest actual', () => {
        expect(until('month', '2026-06')).toBe('2026-07-31');
        expect(until('quarter', '2026-Q2')).toBe('2026-09-30');
        expect(until('year', '2025')).toBe('2026-12-31');
        expect(until('day', '2026-08-16')).toBe('2026-08-17');
        expect(until('week', '2026-W32')).toBe('2026-08-16');
        // a finer actual than the time frame: the frame holding its end
        expect(until('quarter', '2026-05-03')).toBe('2026-09-30');
        // a coarser one: the frame holding its last day
        expect(until('month', '2026-Q2')).toBe('2026-07-31');
    });

    it('turns stale on the day after: the last fresh day and the first stale day of each time frame', () => {
        const cases: Array<[Parameters<typeof kpiIsStale>[0], string, string, string]> = [
            ['day', '2026-08-16', '2026-08-17', '2026-08-18'],
            ['week', '2026-W52', '2027-01-03', '2027-01-04'],
            ['week', '2026-W53', '2027-01-10', '2027-01-11'],
            ['month', '2024-01', '2024-02-29', '2024-03-01'],
            ['month', '2026-11', '2026-12-31', '2027-01-01'],
            ['quarter', '2026-Q4', '2027-03-31', '2027-04-01'],
            ['year', '2026', '2027-12-31', '2028-01-01']
        ];
        for (const [frame, latest, lastFresh, firstStale] of cases) {
            expect(kpiIsStale(frame, latest, day(lastFresh)), `${frame} ${latest} on ${lastFresh}`).toBe(false);
            expect(kpiIsStale(frame, latest, day(firstStale)), `${frame} ${latest} on ${firstStale}`).toBe(true);
        }
    });

    it('is undecidable without a time frame, an actual or a reference date', () => {
        expect(kpiIsStale(undefined, '2026-06', day('2026-08-17'))).toBeNull();
        expect(kpiIsStale('month', undefined, day('2026-08-17'))).toBeNull();
        expect(kpiIsStale('month', '2026-06', null)).toBeNull();
    });
});
