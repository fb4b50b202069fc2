/**
 * Comparing two scorecards (the pure diff of the language package): how elements are matched
 * across renames, how findings are matched, the optional time fields, and the views.
 */
import { describe, expect, it } from 'vitest';
import { diffScorecards, renderScorecardDiffMarkdown, renderScorecardDiffText, type ScorecardDiff } from '../../packages/language/src/scorecard/diff/index.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { workspaceOf } from '../support/workspace.js';

async function scorecardOf(files: Record<string, string> | string): Promise<Scorecard> {
    return (await workspaceOf(files)).scorecard();
}

async function diffOf(before: Record<string, string> | string, after: Record<string, string> | string): Promise<ScorecardDiff> {
    return diffScorecards(
        { label: 'before', files: 1, scorecard: await scorecardOf(before) },
        { label: 'after', files: 1, scorecard: await scorecardOf(after) }
    );
}

const FRAME = `ambition A "Grow" { horizon 2030 }
strategy S1 "Serve online" { realizes A }
strategy S2 "Serve in branches" { realizes A }
`;

describe('matching elements across a rename', () => {
    it('two KPIs with one title: the links tell which was renamed to which', async () => {
        const before = `${FRAME}kpi K1 "Visits" { monitors S1 target >= 1 }\nkpi K2 "Visits" { monitors S2 target >= 1 }\n`;
        const after = `${FRAME}kpi Online "Visits" { monitors S1 target >= 1 }\nkpi Branch "Visits" { monitors S2 target >= 1 }\n`;
        const diff = await diffOf(before, after);
        expect(diff.renames.map(r => `${r.before}→${r.after}`).sort()).toEqual(['K1→Online', 'K2→Branch']);
        expect(diff.kpis).toEqual([]);
    });

    it('two KPIs with one title, renamed with the OKR that links one of them: both renames found', async () => {
        const kpis = (a: string, b: string) => `${FRAME}kpi ${a} "Visits" { monitors S1 target >= 1 }\nkpi ${b} "Visits" { monitors S2 target >= 1 }\n`;
        const okr = (name: string, kpi: string) => `okr ${name} "Bring visitors back" { addresses ${kpi} key result A "More visits" { measures ${kpi} from 0 to 10 } key result B "Fewer drops" { from 9 to 3 } }\n`;
        const diff = await diffOf(kpis('K1', 'K2') + okr('O', 'K1'), kpis('X1', 'X2') + okr('O2', 'X1'));
        expect(diff.renames.map(r => `${r.before}→${r.after}`).sort()).toEqual(['K1→X1', 'K2→X2', 'O→O2']);
        expect(diff.kpis).toEqual([]);
        expect(diff.definitions).toEqual([]);
    });

    it('two KPIs with one title and the same links stay a removal and an addition: nothing tells them apart', async () => {
        const before = `${FRAME}kpi K1 "Visits" { monitors S1 }\nkpi K2 "Visits" { monitors S1 }\n`;
        const after = `${FRAME}kpi X1 "Visits" { monitors S1 }\nkpi X2 "Visits" { monitors S1 }\n`;
        const diff = await diffOf(before, after);
        expect(diff.renames).toEqual([]);
        expect(diff.kpis.map(k => `${k.name} ${k.before ?? 'new'}→${k.after ?? 'removed'}`)).toEqual(
            ['X1 new→unknown', 'X2 new→unknown', 'K1 unknown→removed', 'K2 unknown→removed']);
    });

    it('a new title is a new element: a removal and an addition', async () => {
        const diff = await diffOf(`${FRAME}kpi K "Visits" { monitors S1 }\n`, `${FRAME}kpi V "Web visits" { monitors S1 }\n`);
        expect(diff.renames).toEqual([]);
        expect(diff.kpis.map(k => k.name)).toEqual(['V', 'K']);
    });

    it('a strategy renamed: the KPIs that monitor it do not show a changed link', async () => {
        const before = `${FRAME}kpi K "Visits" { monitors S1 target >= 1 }\n`;
        const after = `${FRAME.replace('strategy S1', 'strategy Online')}kpi K "Visits" { monitors Online target >= 1 }\n`;
        const diff = await diffOf(before, after);
        expect(diff.renames).toEqual([{ kind: 'strategy', before: 'S1', after: 'Online', title: 'Serve online', okr: null }]);
        expect(diff.definitions).toEqual([]);
        expect(diff.changed).toBe(true);
    });

    it('a link that really changed is a definition change', async () => {
        const diff = await diffOf(`${FRAME}kpi K "Visits" { monitors S1 }\n`, `${FRAME}kpi K "Visits" { monitors S1, S2 }\n`);
        expect(diff.definitions).toEqual([{ kind: 'kpi', element: 'K', okr: null, property: 'monitors', before: 'S1', after: 'S1, S2' }]);
    });

    it('key results: a named one renamed is a rename; an unnamed one retitled is a title change, not a removal', async () => {
        const okr = (first: string, second: string) => `okr O "Delight" { cycle 2026-Q3\n key result ${first} { from 0 to 10 current 5 }\n key result ${second} { from 0 to 4 current 1 }\n}\n`;
        const diff = await diffOf(okr('Speed "Answer faster"', '"Call back"'), okr('Faster "Answer faster"', '"Call back the same day"'));
        expect(diff.renames).toEqual([{ kind: 'key result', before: 'Speed', after: 'Faster', title: 'Answer faster', okr: 'O' }]);
        expect(diff.definitions).toEqual([{ kind: 'key result', element: 'Call back the same day', okr: 'O', property: 'title', before: 'Call back', after: 'Call back the same day' }]);
        expect(diff.okrs).toEqual([]);
    });
});

describe('matching findings', () => {
    it('by code and element: of two findings of one code in one element, fixing one reports one', async () => {
        const kpi = (periods: string) => `kpi K "Visits" { target >= 1 every month ${periods} }\n`;
        const diff = await diffOf(kpi('actual 2026-13 1 actual 2026-14 2'), kpi('actual 2026-12 1 actual 2026-14 2'));
        expect(diff.diagnostics.fixed.map(d => `${d.code} ${d.element}`)).toEqual(['invalid-period K']);
        expect(diff.diagnostics.introduced).toEqual([]);
    });

    it('a finding on a `key result` keyword belongs to that key result, not to the one before', async () => {
        const okr = (second: string) => `okr O "Delight" { cycle 2026-Q3\n key result A "First" { from 0 to 10 current 5 }\n ${second}\n}\n`;
        const diff = await diffOf(okr('key result B "Second" { from 0 to 4 current 1 }'), okr('key result B "Second" { current 1 }'));
        expect(diff.diagnostics.introduced).toEqual([expect.objectContaining({ code: 'kr-not-measurable', element: 'B', line: 3 })]);
    });

    it('a rename does not fix and re-introduce the findings of the renamed element', async () => {
        const diff = await diffOf('kpi Nps "Net Promoter Score" { }\n', 'kpi NetPromoter "Net Promoter Score" { }\n');
        expect(diff.renames).toHaveLength(1);
        expect(diff.diagnostics).toEqual({ introduced: [], fixed: [] });
    });
});

describe('the time fields of issue 8, when the scorecards have them', () => {
    /** A scorecard as issue 8 will build it: `asOf`, a KPI's `stale`, an OKR's and key result's `pace`. */
    function withTime(scorecard: Scorecard, pace: string, stale: boolean): Scorecard {
        return {
            ...scorecard,
            asOf: '2026-08-17',
            kpis: scorecard.kpis.map(k => ({ ...k, stale })),
            okrs: scorecard.okrs.map(o => ({ ...o, pace, keyResults: o.keyResults.map(kr => ({ ...kr, pace })) }))
        } as Scorecard;
    }

    const TEXT = `kpi K "Visits" { target >= 10 every month actual 2026-06 5 }
okr O "Delight" { cycle 2026-Q3 addresses K
 key result A "First" { from 0 to 10 current 5 }
 key result B "Second" { from 0 to 4 current 1 }
 plan { initiative "Do it" }
}
`;

    it('compares pace and staleness and shows them', async () => {
        const scorecard = await scorecardOf(TEXT);
        const diff = diffScorecards(
            { label: 'before', files: 1, scorecard: withTime(scorecard, 'on-track', false) },
            { label: 'after', files: 1, scorecard: withTime(scorecard, 'at-risk', true) }
        );
        expect(diff.asOf).toBe('2026-08-17');
        expect(diff.kpis).toEqual([{ name: 'K', title: 'Visits', before: 'red', after: 'red', stale: { before: false, after: true } }]);
        expect(diff.okrs).toEqual([expect.objectContaining({
            name: 'O', change: 'rescored', pace: { before: 'on-track', after: 'at-risk' },
            keyResults: [
                expect.objectContaining({ name: 'A', pace: { before: 'on-track', after: 'at-risk' } }),
                expect.objectContaining({ name: 'B', pace: { before: 'on-track', after: 'at-risk' } })
            ]
        })]);
        const markdown = renderScorecardDiffMarkdown(diff);
        expect(markdown).toContain('| OKR | change | status | score | grade | pace |');
        expect(markdown).toContain('| on track → at risk |');
        expect(markdown).toContain('| `K` Visits | 🔴 red | 🔴 red, stale |');
        expect(renderScorecardDiffText(diff)).toContain('pace on track → at risk');
    });

    it('leaves them out when neither scorecard has them', async () => {
        const scorecard = await scorecardOf(TEXT);
        const other = await scorecardOf(TEXT.replace('current 5', 'current 9'));
        const diff = diffScorecards({ label: 'a', files: 1, scorecard }, { label: 'b', files: 1, scorecard: other });
        expect(diff.asOf).toBeNull();
        expect(diff.okrs[0]).not.toHaveProperty('pace');
        expect(diff.okrs[0].keyResults[0]).not.toHaveProperty('pace');
        expect(renderScorecardDiffMarkdown(diff)).not.toContain('pace');
    });
});

describe('the views of a diff', () => {
    it('say "No change to the scorecard." and nothing else when nothing changed', async () => {
        const diff = await diffOf(FRAME, FRAME.replace('ambition A', '// a comment\nambition A'));
        expect(diff.changed).toBe(false);
        expect(renderScorecardDiffMarkdown(diff)).toBe('No change to the scorecard.\n');
        expect(renderScorecardDiffText(diff)).toBe('No change to the scorecard.\n');
    });

    it('escape user text in Markdown tables', async () => {
        const diff = await diffOf('kpi K "a | b" { target >= 1 actual 2026 0 }\n', 'kpi K "a | b" { target >= 1 actual 2026 2 }\nkpi L "*bold* <b>x</b>" { }\n');
        const markdown = renderScorecardDiffMarkdown(diff);
        expect(markdown).toContain('| `K` a \\| b | 🔴 red | 🟢 green |');
        expect(markdown).toContain('| `L` \\*bold\\* &lt;b&gt;x&lt;/b&gt; | new | ⚪ unknown |');
        expect(markdown).not.toContain('<b>');
    });

    it('fold a table of more than 20 rows in <details>, and leave a short one open', async () => {
        const months = (count: number, value: number) => Array.from({ length: count }, (_, i) => `actual 2024-${String(i % 12 + 1).padStart(2, '0')}-0${i < 12 ? 1 : 2} ${value}`).join(' ');
        const long = await diffOf('kpi K "Visits" { target >= 1 }\n', `kpi K "Visits" { target >= 1 ${months(24, 3)} }\n`);
        const folded = renderScorecardDiffMarkdown(long);
        expect(folded).toContain('### Actuals and check-ins\n\n<details><summary>24 rows</summary>\n\n| element | period | before | after |');
        expect(folded).toMatch(/\| `K` \| 2024-12-02 \| new \| 3 \|\n\n<\/details>/);
        const short = renderScorecardDiffMarkdown(await diffOf('kpi K "Visits" { target >= 1 }\n', `kpi K "Visits" { target >= 1 ${months(3, 3)} }\n`));
        expect(short).toContain('### Actuals and check-ins\n\n| element | period | before | after |');
        expect(short).not.toContain('<details>');
    });
});
