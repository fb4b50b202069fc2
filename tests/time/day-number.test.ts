import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../packages/language/src/model/periods.js';

/** What JavaScript's calendar says (setUTCFullYear, which, unlike Date.UTC, keeps the years 0–99 as written). */
function byDate(year: number, month: number, day: number): number {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getTime() / 86_400_000;
}

describe('dayNumber counts days as the Gregorian calendar does', () => {
    it('agrees with Date on every day of four centuries, leap days and 1900/2000 included', () => {
        const disagreements: string[] = [];
        for (let year = 1850; year <= 2250; year++) {
            for (let month = 1; month <= 12; month++) {
                for (let day = 1; day <= 31; day++) {
                    if (dayNumber(year, month, day) !== byDate(year, month, day)) disagreements.push(`${year}-${month}-${day}`);
                }
            }
        }
        expect(disagreements).toEqual([]);
    });

    it('rolls months past 12 and days past the month into the next, as the period ends rely on', () => {
        for (const [year, month, day] of [[2026, 13, 1], [2026, 18, 1], [2026, 25, 1], [2024, 2, 30], [2026, 3, 0], [2026, 1, 0], [2026, 12, 32]]) {
            expect(dayNumber(year, month, day), `${year}-${month}-${day}`).toBe(byDate(year, month, day));
        }
        expect(dayNumber(2026, 13, 1)).toBe(dayNumber(2027, 1, 1));
    });

    it('keeps the years before 1000, and before the common era, as written', () => {
        for (const year of [0, 1, 50, 99, 100, 400, 999, -1, -400, -401]) {
            for (const month of [1, 2, 3, 12]) {
                expect(dayNumber(year, month, 1), `${year}-${month}`).toBe(byDate(year, month, 1));
            }
        }
        expect(dayNumber(1970, 1, 1)).toBe(0);
    });
});
