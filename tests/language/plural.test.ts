/** Counting in words: one helper for the rule messages, the views, the editor and the CLI. */
import { describe, expect, it } from 'vitest';
import { nounsOf } from '../../packages/language/src/catalogue/element-kinds.js';
import { plural } from '../../packages/language/src/model/plural.js';
import { plural as viewPlural } from '../../packages/language/src/scorecard/render/format.js';

describe('plural', () => {
    it('agrees the noun with the count', () => {
        expect(plural(0, 'key result')).toBe('0 key results');
        expect(plural(1, 'key result')).toBe('1 key result');
        expect(plural(2, 'strategy', 'strategies')).toBe('2 strategies');
        expect(plural(1, 'info', 'info')).toBe('1 info');
    });

    it('groups thousands, as the views show numbers', () => {
        expect(plural(1234, 'KPI')).toBe('1,234 KPIs');
        expect(plural(1_000_000, 'error')).toBe('1,000,000 errors');
    });

    it('takes the catalogue\'s nouns', () => {
        const kpi = nounsOf('Kpi');
        expect(plural(3, kpi.singular, kpi.plural)).toBe('3 KPIs');
        const strategy = nounsOf('Strategy');
        expect(plural(2, strategy.singular, strategy.plural)).toBe('2 strategies');
    });

    it('is the helper the views use', () => {
        expect(viewPlural).toBe(plural);
    });
});
