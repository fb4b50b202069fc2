import { describe, expect, it } from 'vitest';
import { formatDay, nextPeriod, parseDay, periodSpan, timeFrameContaining } from '../../packages/language/src/model/period-span.js';

const day = (text: string): number => parseDay(text)!;
const span = (text: string) => {
    const found = periodSpan(text);
    return found && { kind: found.kind, start: formatDay(found.start), end: formatDay(found.end) };
};

describe('periods as stretches of days', () => {
    it('gives every shape its first and last day', () => {
        expect(span('2026')).toEqual({ kind: 'year', start: '2026-01-01', end: '2026-12-31' });
        expect(span('2026-H1')).toEqual({ kind: 'half', start: '2026-01-01', end: '2026-06-30' });
        expect(span('2026-H2')).toEqual({ kind: 'half', start: '2026-07-01', end: '2026-12-31' });
        expect(span('2026-Q3')).toEqual({ kind: 'quarter', start: '2026-07-01', end: '2026-09-30' });
        expect(span('2026-Q4')).toEqual({ kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
        expect(span('2024-02')).toEqual({ kind: 'month', start: '2024-02-01', end: '2024-02-29' });
        expect(span('2026-02')).toEqual({ kind: 'month', start: '2026-02-01', end: '2026-02-28' });
        expect(span('2026-W01')).toEqual({ kind: 'week', start: '2025-12-29', end: '2026-01-04' });
        expect(span('2026-W53')).toEqual({ kind: 'week', start: '2026-12-28', end: '2027-01-03' });
        expect(span('2024-02-29')).toEqual({ kind: 'day', start: '2024-02-29', end: '2024-02-29' });
    });

    it('has no span for a period that does not exist', () => {
        expect(periodSpan('2026-Q5')).toBeUndefined();
        expect(periodSpan('2025-W53')).toBeUndefined();
        expect(periodSpan('2026-02-29')).toBeUndefined();
    });

    it('moves to the next period of the same shape, across year ends', () => {
        expect(nextPeriod('2026')).toBe('2027');
        expect(nextPeriod('2026-H1')).toBe('2026-H2');
        expect(nextPeriod('2026-H2')).toBe('2027-H1');
        expect(nextPeriod('2026-Q3')).toBe('2026-Q4');
        expect(nextPeriod('2026-Q4')).toBe('2027-Q1');
        expect(nextPeriod('2026-09')).toBe('2026-10');
        expect(nextPeriod('2026-12')).toBe('2027-01');
        expect(nextPeriod('2026-W52')).toBe('2026-W53');
        expect(nextPeriod('2026-W53')).toBe('2027-W01');
        expect(nextPeriod('2027-W52')).toBe('2028-W01');
        expect(nextPeriod('2024-02-28')).toBe('2024-02-29');
        expect(nextPeriod('2026-02-28')).toBe('2026-03-01');
        expect(nextPeriod('2026-12-31')).toBe('2027-01-01');
        expect(nextPeriod('2026-13')).toBeUndefined();
        expect(nextPeriod('0999')).toBe('1000');
        expect(nextPeriod('0049-Q4')).toBe('0050-Q1');
        expect(nextPeriod('0050-12-31')).toBe('0051-01-01');
    });

    it('finds the time-frame period holding a day', () => {
        const frame = (text: string, kind: Parameters<typeof timeFrameContaining>[1]) => {
            const found = timeFrameContaining(day(text), kind);
            return `${formatDay(found.start)}…${formatDay(found.end)}`;
        };
        expect(frame('2026-08-17', 'day')).toBe('2026-08-17…2026-08-17');
        expect(frame('2026-08-17', 'week')).toBe('2026-08-17…2026-08-23');
        expect(frame('2026-08-23', 'week')).toBe('2026-08-17…2026-08-23');
        expect(frame('2027-01-01', 'week')).toBe('2026-12-28…2027-01-03');
        expect(frame('2024-02-29', 'month')).toBe('2024-02-01…2024-02-29');
        expect(frame('2026-08-17', 'quarter')).toBe('2026-07-01…2026-09-30');
        expect(frame('2026-12-31', 'year')).toBe('2026-01-01…2026-12-31');
    });

    it('reads and writes days as YYYY-MM-DD', () => {
        expect(formatDay(day('2026-08-17'))).toBe('2026-08-17');
        expect(parseDay('2026-02-29')).toBeUndefined();
        expect(parseDay('2026-8-17')).toBeUndefined();
        expect(parseDay('2026-Q3')).toBeUndefined();
    });

    it('keeps years before 1000 as written (0050 is not 1950)', () => {
        for (const text of ['0000-01-01', '0050-06-01', '0100-02-28', '0999-12-31', '1600-02-29']) {
            expect(formatDay(day(text))).toBe(text);
        }
        expect(span('0050-Q1')).toEqual({ kind: 'quarter', start: '0050-01-01', end: '0050-03-31' });
        expect(day('0050-06-01')).toBeLessThan(day('1950-06-01'));
    });
});
