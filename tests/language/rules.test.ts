/** Writing a file: every rule fires on its case, stays quiet on its twin, and carries the table's severity. */
import { describe, expect, it } from 'vitest';
import { RULES, RULE_CODES } from '../../packages/language/src/diagnostics/rule-table.js';
import { workspaceOf } from '../support/workspace.js';
import { HEALTHY, RULE_CASES } from './rule-cases.js';

const SEVERITY_NUMBERS = { error: 1, warning: 2, info: 3, hint: 4 } as const;

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
            it('fires, with its default severity and a message', async () => {
                const { diagnostics } = await workspaceOf(RULE_CASES[code].fires);
                const found = diagnostics.filter(d => d.code === code);
                expect(found.length, `${code} should fire; got ${JSON.stringify(diagnostics.map(d => d.code))}`).toBeGreaterThan(0);
                for (const d of found) {
                    expect(d.severity).toBe(SEVERITY_NUMBERS[RULES[code].severity]);
                    expect(d.message.length).toBeGreaterThan(10);
                }
            });
            it('stays quiet on a healthy twin', async () => {
                const { diagnostics } = await workspaceOf(RULE_CASES[code].quiet);
                expect(diagnostics.filter(d => d.code === code)).toEqual([]);
            });
        });
    }
});
