/** Periods: every shape, impossible values, leap years, ISO weeks, order. */
import { describe, expect, it } from 'vitest';
import { isoWeeksInYear, parsePeriod } from '../../packages/language/src/model/periods.js';
import { workspaceOf } from '../support/workspace.js';

describe('periods', () => {
    it.each(['2026', '2026-H1', '2026-H2', '2026-Q1', '2026-Q4', '2026-01', '2026-12', '2026-W01', '2026-W53', '2026-07-15', '2024-02-29', '2000-02-29'])('%s is valid', text => {
        expect(parsePeriod(text).valid).toBe(true);
    });

    it.each([
        ['2026-Q5', 'quarters'], ['2026-Q0', 'quarters'], ['2026-H3', 'halves'], ['2026-13', '01 to 12'], ['2026-00', '01 to 12'],
        ['2026-02-29', '28 days'], ['1900-02-29', '28 days'], ['2026-02-30', '28 days'], ['2026-04-31', '30 days'], ['2025-W53', 'W52'],
        ['2026-W00', 'W53'], ['2026-W5', 'two digits'], ['2026-7', 'two digits'], ['2026-q1', 'capitals'], ['2026-X1', 'not a period kind'],
        ['30', 'four digits'], ['2030.5', 'four digits'], ['2026-07-1', 'YYYY-MM-DD']
    ])('%s is invalid (%s)', (text, reason) => {
        const period = parsePeriod(text);
        expect(period.valid).toBe(false);
        expect(period.valid ? '' : period.reason).toContain(reason);
    });

    it('reads every year, month and day as the calendar has them (the quick path for data files)', () => {
        // The calendar of Date is the oracle: a day exists when it survives a round trip.
        for (const year of [1900, 1999, 2000, 2024, 2026]) {
            for (let month = 0; month <= 13; month++) {
                const mm = String(month).padStart(2, '0');
                const monthPeriod = parsePeriod(`${year}-${mm}`);
                expect(monthPeriod.valid, `${year}-${mm}`).toBe(month >= 1 && month <= 12);
                for (let day = 0; day <= 32; day++) {
                    const text = `${year}-${mm}-${String(day).padStart(2, '0')}`;
                    const date = new Date(`${year}-${mm}-01T00:00:00Z`);
                    date.setUTCDate(day);
                    const exists = month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1;
                    const period = parsePeriod(text);
                    expect(period.valid, text).toBe(exists);
                    if (period.valid) expect(period.start * 86_400_000, text).toBe(date.getTime());
                }
            }
        }
        expect(['2026-0７', '２０２６', '2026/07', '2026-07 ', ' 2026', '+026', '2026-07-1x'].map(text => parsePeriod(text).valid)).toEqual([false, false, false, false, false, false, false]);
    });

    it('knows which years have 53 ISO weeks', () => {
        expect([2015, 2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53, 53]);
        expect([2021, 2024, 2025, 2027].map(isoWeeksInYear)).toEqual([52, 52, 52, 52]);
    });

    it('sorts by start: ISO week 1 of 2026 starts on Monday 29 December 2025', () => {
        const start = (text: string) => { const p = parsePeriod(text); return p.valid ? p.start : NaN; };
        expect(start('2026-W01')).toBe(start('2025-12-29'));
        expect(start('2026-Q3')).toBe(start('2026-07-01'));
        expect(start('2026-H2')).toBe(start('2026-07'));
        expect(start('2026')).toBeLessThan(start('2026-01-02'));
    });

    it('reports an impossible period as invalid-period at the period, never as a syntax error', async () => {
        const { diagnostics } = await workspaceOf('ambition A "x" { horizon 2026-13 }\nkpi K "y" { actual 2026-02-30 5 actual 2025-W53 1 }');
        const periods = diagnostics.filter(d => d.code === 'invalid-period');
        expect(periods.map(d => d.text)).toEqual(['2026-13', '2026-02-30', '2025-W53']);
        expect(diagnostics.filter(d => d.code === 'syntax')).toEqual([]);
    });

    it('checks a period in a property given twice, not only the value the model keeps', async () => {
        const { diagnostics } = await workspaceOf('ambition A "a" {\n    horizon 2026-13\n    horizon 2030\n}');
        expect(diagnostics.map(d => [d.line, d.code])).toEqual([[2, 'invalid-period'], [3, 'duplicate-property']]);
    });

    it('takes a year only as four plain digits, as written', async () => {
        const { diagnostics } = await workspaceOf('ambition A "a" { horizon 2_030 }\nambition B "b" { horizon 2030% }\nambition C "c" { horizon 2030 }');
        expect(diagnostics.filter(d => d.code === 'invalid-period').map(d => d.text)).toEqual(['2_030', '2030%']);
    });

    it('lexes 2026-13 as one period, not 2026 and -13', async () => {
        const { diagnostics } = await workspaceOf('ambition A "x" { horizon 2026-13 }');
        expect(diagnostics.map(d => [d.code, d.text])).toEqual([['invalid-period', '2026-13']]);
    });

    it('uses the latest valid period for a KPI value, whatever the order of lines', async () => {
        const { scorecard } = await workspaceOf('kpi K "x" { target >= 10 actual 2026-W10 7 actual 2026-02 3 actual 2026-Q1 5 actual 2026-13 99 }');
        expect(scorecard().kpis[0]).toMatchObject({ value: 7, period: '2026-W10' });
    });
});
