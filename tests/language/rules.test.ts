/** Writing a file: every rule fires on its case, stays quiet on its twin, and carries the table's severity. */
import { describe, expect, it } from 'vitest';
import { RULES, RULE_CODES } from '../../packages/language/src/diagnostics/rule-table.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';
import { workspaceOf } from '../support/workspace.js';
import { edited } from './edited.js';
import { HEALTHY, RULE_CASES } from './rule-cases.js';

const SEVERITY_NUMBERS = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** The options of a case checked as of a day (else with no reference date). */
const dated = (asOf: string | undefined) => (asOf === undefined ? {} : { asOf: parseDay(asOf)! });

describe('rules', () => {
    it('the healthy workspace has no findings', async () => {
        const { diagnostics } = await workspaceOf(HEALTHY);
        expect(diagnostics).toEqual([]);
    });

    it('every rule of the table has a case', () => {
        expect(Object.keys(RULE_CASES).sort()).toEqual([...RULE_CODES].sort());
    });

    for (const code of RULE_CODES) {
        describe(code, () => {
            it('fires, with its default severity and its message', async () => {
                const { fires, message, count = 1, asOf } = RULE_CASES[code];
                const { diagnostics } = await workspaceOf(fires, dated(asOf));
                const found = diagnostics.filter(d => d.code === code);
                expect(found.length, `${code} should fire ${count} time(s); got ${JSON.stringify(diagnostics.map(d => d.code))}`).toBe(count);
                expect(found.map(d => d.severity)).toEqual(found.map(() => SEVERITY_NUMBERS[RULES[code].severity]));
                expect(found[0].message).toBe(message);
            });
            it('stays quiet on a healthy twin', async () => {
                const { diagnostics } = await workspaceOf(RULE_CASES[code].quiet, dated(RULE_CASES[code].asOf));
                expect(diagnostics.filter(d => d.code === code)).toEqual([]);
            });
        });
    }
});

describe('rule twins', () => {
    it('edited() refuses a replacement whose text is missing, so a twin never equals its original by accident', () => {
        expect(edited('kpi K "k" { }', ['kpi K', 'kpi L'])).toBe('kpi L "k" { }');
        expect(() => edited('kpi K "k" { }', ['every month', 'every week'])).toThrow('"every month" is not in the text');
    });

    it('every quiet twin differs from the case that fires', () => {
        for (const code of RULE_CODES) {
            expect(RULE_CASES[code].quiet, code).not.toEqual(RULE_CASES[code].fires);
        }
    });
});
