/** Writing a file: numbers, strings, comments, line endings, and one namespace across files. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../packages/language/src/diagnostics/rule-table.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';
import { workspaceOf } from '../support/workspace.js';

describe('lexical rules', () => {
    it('reads numbers with separators, decimals, negatives and percentages', async () => {
        const { scorecard, codes } = await workspaceOf(`
kpi K "k" { target >= 12_000 alert -3 actual 2026-01 0.75 actual 2026-02 1_234.5 }
kpi P "p" { target >= 60% actual 2026-01 55% }`);
        expect(codes.filter(c => c === 'syntax')).toEqual([]);
        const [k, p] = scorecard().kpis;
        expect(k).toMatchObject({ target: 12000, alert: -3, value: 1234.5 });
        expect(p).toMatchObject({ target: 60, value: 55, unit: '%' });
    });

    it('reads CRLF files, Unicode strings, escapes and comments anywhere', async () => {
        const text = '/* header */ ambition A "Être la banque préférée — 🏦 \\"best\\" \\\\ ok" { // trailing\r\n  horizon /* inline */ 2030\r\n}\r\n';
        const { diagnostics, documents } = await workspaceOf(text);
        expect(diagnostics).toEqual([]);
        const model = documents[0].parseResult.value;
        expect(model.elements[0].title).toBe('Être la banque préférée — 🏦 "best" \\ ok');
    });

    it('names a character it cannot read, and says where an emoji belongs without quoting half of it', async () => {
        const { diagnostics } = await workspaceOf('ambition A "a" { horizon 2030 }\n😀 § strategy S "s" { realizes A }\n');
        const messages = diagnostics.filter(d => d.code === 'syntax').map(d => d.message);
        expect(messages).toEqual([
            'Unexpected character: a symbol such as an emoji belongs inside a "string" or a comment.',
            "Unexpected character '§'."
        ]);
        expect(messages.join('').match(/[\uD800-\uDFFF]/)).toBeNull();
    });

    it('keeps keywords lower-case and case-sensitive: Plan is a name', async () => {
        const { codes, scorecard } = await workspaceOf('ambition Plan "plan strategy kpi in a title" { horizon 2030 }');
        expect(codes).toEqual([]);
        expect(scorecard().ambitions[0].name).toBe('Plan');
    });

    it('resolves references across files and reports duplicates across files', async () => {
        const { diagnostics } = await workspaceOf({
            'a.strat': 'ambition A "a" { horizon 2030 }\nstrategy S "s" { realizes A }',
            'b.strat': 'kpi K "k" { monitors S target >= 1 every month actual 2026-01 1 }\nstrategy A "dup" { realizes A }'
        });
        expect(diagnostics.filter(d => d.code === 'unresolved')).toEqual([]);
        expect(diagnostics.filter(d => d.code === 'duplicate-name').map(d => d.file).sort()).toEqual(['a.strat', 'b.strat']);
    });

    it('says what a name is when it is the wrong kind of element', async () => {
        const { diagnostics } = await workspaceOf('ambition A "a" { horizon 2030 }\nkpi K "k" { monitors A }');
        const unresolved = diagnostics.find(d => d.code === 'unresolved');
        expect(unresolved?.message).toBe("'A' is an ambition, not a strategy.");
        expect(unresolved?.text).toBe('A');
    });

    it('reports a syntax error with code syntax, in words a writer understands', async () => {
        const { diagnostics } = await workspaceOf('kpi K { target >= 1 }');
        const syntax = diagnostics.filter(d => d.code === 'syntax').map(d => [d.message, d.text]);
        expect(syntax).toEqual([["Expected a quoted text but found '{'.", '{']]);
    });

    it('names the values a closed list takes, and a stray brace', async () => {
        const messages = async (text: string) => (await workspaceOf(text)).diagnostics.filter(d => d.code === 'syntax').map(d => d.message);
        expect(await messages('kpi K "k" { every often }')).toEqual(["Expected one of 'day', 'week', 'month', 'quarter' or 'year' but found 'often'."]);
        expect(await messages('kpi K "k" { target 5 }')).toEqual(["Expected '>=' or '<=' but found '5'."]);
        expect(await messages('okr O "o" { plan { owner "x" } }')).toEqual(["Expected '}' but found 'owner'.", "Expected the end of the file but found '}'."]);
    });
});

describe('settings and silencing', () => {
    const FILE = 'kpi K "k" {\n    monitors S\n}\nstrategy S "s" { }';
    it('turns a rule off or changes its severity', async () => {
        const { diagnostics } = await workspaceOf(FILE, { rules: { 'kpi-no-target': 'off', 'kpi-no-actuals': 'error' } });
        expect(diagnostics.find(d => d.code === 'kpi-no-target')).toBeUndefined();
        expect(diagnostics.find(d => d.code === 'kpi-no-actuals')?.severity).toBe(1);
    });
    it('silences one place with // strat-ignore on the line before', async () => {
        const { codes } = await workspaceOf('// strat-ignore kpi-no-target kpi-no-actuals\n' + FILE);
        expect(codes).not.toContain('kpi-no-target');
        expect(codes).not.toContain('kpi-no-actuals');
        expect(codes).toContain('kpi-no-frequency');
    });
    it('changes the too-many-okrs limit', async () => {
        // As many OKRs as the default limit allows: one too many once the limit is lowered by one.
        const count = RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner;
        const okrs = Array.from({ length: count }, (_, i) => `okr O${i + 1} "o" { owner "Ann" cycle 2026-Q1 key result "a" { from 0 to 1 } key result "b" { from 0 to 1 } }`).join('\n');
        const limited = await workspaceOf(okrs, { maxOkrsPerOwner: count - 1 });
        const tooMany = limited.diagnostics.filter(d => d.code === 'too-many-okrs');
        expect(tooMany.map(d => d.text)).toEqual([`O${count}`]);
        expect((await workspaceOf(okrs)).codes).not.toContain('too-many-okrs');
    });
});

describe('rule details', () => {
    it('exempts draft OKRs from all but kr-count, reward-kpi-in-okr and the errors', async () => {
        const { codes } = await workspaceOf(`
kpi K "k" { rewarded target >= 5 actual 2026-01 1 }
okr D "Draft 2 go" { status draft confidential key result "Call people" { measures K } }`);
        expect(codes.filter(c => !c.startsWith('kpi-') && c !== 'red-kpi-no-okr').sort()).toEqual(['kr-count', 'reward-kpi-in-okr']);
    });
    it('reports each supports reference in a loop, and not a chain into it', async () => {
        const { diagnostics } = await workspaceOf(`
okr A "a" { supports B }
okr B "b" { supports C }
okr C "c" { supports A }
okr D "d" { supports A }`);
        expect(diagnostics.filter(d => d.code === 'support-cycle').map(d => d.text)).toEqual(['B', 'C', 'A']);
    });
    it('reports the second property at its keyword, including a second plan and committed/aspirational', async () => {
        const { diagnostics } = await workspaceOf(`
okr O "o" {
    committed
    aspirational
    plan { initiative "x" }
    plan { initiative "y" owner "a" owner "b" }
}`);
        expect(diagnostics.filter(d => d.code === 'duplicate-property').map(d => [d.line, d.text])).toEqual([[4, 'aspirational'], [6, 'plan'], [6, 'owner']]);
    });
    it('orders too-many-okrs by file then text order', async () => {
        const okr = (name: string) => `okr ${name} "o" { owner "Ann" cycle 2026-Q1 key result "a" { from 0 to 1 } key result "b" { from 0 to 1 } }\n`;
        const { diagnostics } = await workspaceOf({ 'b.strat': okr('B1') + okr('B2'), 'a.strat': okr('A1') + okr('A2') });
        expect(diagnostics.filter(d => d.code === 'too-many-okrs').map(d => d.text)).toEqual(['B2']);
    });
    it('places the key result keyword diagnostics on "key result"', async () => {
        const { diagnostics } = await workspaceOf('okr O "o" { key result "Grow" { } key result "b" { from 1 to 2 } }');
        expect(diagnostics.find(d => d.code === 'kr-not-measurable')?.text).toBe('key result');
        const dated = await workspaceOf('okr O "o" { cycle 2026-Q1 key result "a" { from 0 to 1 } key result "b" { from 1 to 2 } }', { asOf: parseDay('2026-02-15')! });
        expect(dated.diagnostics.filter(d => d.code === 'checkin-stale').map(d => d.text)).toEqual(['key result', 'key result']);
    });
});

describe('strat-ignore comments', () => {
    it('only count as real line comments, not inside a string', async () => {
        const { codes } = await workspaceOf('kpi K "k" {\n    target >= 100\n    description "see http://x//strat-ignore"\n    alert 120\n}');
        expect(codes).toContain('alert-side');
    });
    it('work inside block-indented bodies and after code on the line before', async () => {
        const { codes } = await workspaceOf('kpi K "k" {\n    target >= 100 // strat-ignore alert-side\n    alert 120\n}');
        expect(codes).not.toContain('alert-side');
    });
});

describe('kr-activity', () => {
    it('reads the first word as written, without punctuation around it', async () => {
        const titles = ['Call 100 prospects', '"Hold" weekly reviews', 'MEET: every customer', 'Run-rate revenue from 1 to 2', 'Doubled revenue', 'Calling in'];
        const okr = `okr O "o" { ${titles.map(t => `key result ${JSON.stringify(t)} { from 1 to 2 }`).join(' ')} }`;
        const { diagnostics } = await workspaceOf(okr);
        expect(diagnostics.filter(d => d.code === 'kr-activity').map(d => JSON.parse(d.text ?? 'null'))).toEqual(['Call 100 prospects', '"Hold" weekly reviews', 'MEET: every customer']);
    });
});
