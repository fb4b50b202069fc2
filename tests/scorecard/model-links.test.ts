/**
 * Reading the links of the scorecard: every link is held in both directions, by the builder and by
 * the test fixtures alike, and the views follow them through an index by name.
 */
import { describe, expect, it } from 'vitest';
import { linkCards } from '../../packages/language/src/scorecard/card-links.js';
import { focusScorecard } from '../../packages/language/src/scorecard/focus-scorecard.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { cardIndex, positionIndex } from '../../packages/language/src/scorecard/render/name-index.js';
import { renderScorecardMarkdown } from '../../packages/language/src/scorecard/render/render-markdown.js';
import { FIXTURES } from './fixtures.js';
import { workspaceOf } from '../support/workspace.js';

const FILES = {
    'framework.strat': `ambition A "Be loved" { horizon 2030 }
ambition B "Be lean" { horizon 2030 }
strategy S "Grow" { realizes A }
strategy T "Simplify" { realizes B }
kpi K "Revenue" { monitors S, T target >= 100 alert 80 every month actual 2026-01 70 }
kpi L "Cost" { monitors T target <= 5 every month actual 2026-01 4 }`,
    'okrs.strat': `okr O "Win customers back" {
    cycle 2026-Q1
    addresses K, L
    key result "Grow revenue from 70 to 120" { measures K from 70 to 120 }
    key result "Cut cost from 6 to 4" { from 6 to 4 current 5 }
}
okr P "Keep them" { cycle 2026-Q2 addresses K supports O key result "a" { from 1 to 2 } key result "b" { from 1 to 2 } }`
};

/** Every stated link and its reverse, as `from→to` pairs, so the two directions can be compared. */
function links(scorecard: Scorecard): { stated: string[]; reverse: string[] } {
    const stated = [
        ...scorecard.strategies.flatMap((s) => (s.ambition ? [`${s.name}→${s.ambition}`] : [])),
        ...scorecard.kpis.flatMap((k) => k.strategies.map((s) => `${k.name}→${s}`)),
        ...scorecard.okrs.flatMap((o) => o.addresses.map((k) => `${o.name}→${k}`)),
    ];
    const reverse = [
        ...scorecard.ambitions.flatMap((a) => a.strategies.map((s) => `${s}→${a.name}`)),
        ...scorecard.strategies.flatMap((s) => s.kpis.map((k) => `${k}→${s.name}`)),
        ...scorecard.kpis.flatMap((k) => k.addressedBy.map((o) => `${o}→${k.name}`)),
    ];
    return { stated: stated.sort(), reverse: reverse.sort() };
}

describe('the links of the scorecard model', () => {
    it('are held in both directions when built from text', async () => {
        const { scorecard } = await workspaceOf(FILES);
        const card = scorecard();
        const { stated, reverse } = links(card);
        expect(stated).toEqual(['K→S', 'K→T', 'L→T', 'O→K', 'O→L', 'P→K', 'S→A', 'T→B']);
        expect(reverse).toEqual(stated);
        expect(card.kpis.find((k) => k.name === 'K')?.addressedBy).toEqual(['O', 'P']);
        expect(card.strategies.find((s) => s.name === 'T')?.kpis).toEqual(['K', 'L']);
    });

    it.each(Object.entries(FIXTURES))('agree in both directions in the %s fixture', (_name, scorecard) => {
        const { stated, reverse } = links(scorecard);
        // Fixtures may state links to names with no card (see fixtures.ts); only those have no reverse.
        const known = new Set([...scorecard.ambitions, ...scorecard.strategies, ...scorecard.kpis].map((c) => c.name));
        expect(reverse).toEqual(stated.filter((link) => known.has(link.split('→')[1] ?? '')));
    });

    it('keep the JSON key order of the model: links before the location', async () => {
        const { scorecard } = await workspaceOf(FILES);
        const card = scorecard();
        expect(Object.keys(card.ambitions[0] ?? {}).slice(-2)).toEqual(['strategies', 'location']);
        expect(Object.keys(card.strategies[0] ?? {}).slice(-2)).toEqual(['kpis', 'location']);
        expect(Object.keys(card.kpis[0] ?? {}).slice(-2)).toEqual(['addressedBy', 'location']);
    });

    it('are derived from what each card states, whatever the reverse lists said before', () => {
        const location = { uri: 'file:///a.strat', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
        const linked = linkCards({
            ambitions: [{ name: 'A', title: '', horizon: null, owner: null, description: null, location }],
            strategies: [{ name: 'S', title: '', perspective: null, owner: null, description: null, ambition: 'A', location }],
            kpis: [],
            okrs: [],
        });
        expect(linked.ambitions[0]?.strategies).toEqual(['S']);
        expect(linked.strategies[0]?.kpis).toEqual([]);
    });

    it('keep the workspace links in a focused scorecard; views skip the names outside it', async () => {
        const { scorecard, documents } = await workspaceOf({ ...FILES, 'margin.strat': 'kpi M "Margin" { monitors T target >= 1 every month actual 2026-01 2 }' });
        const okrs = documents.find((d) => d.uri.path.endsWith('okrs.strat'))?.uri.toString() ?? '';
        const focused = focusScorecard(scorecard(), okrs);
        const simplify = focused.strategies.find((s) => s.name === 'T');
        // T is here because K and L monitor it; M, which monitors it too, is not, yet T still names it.
        expect(focused.kpis.map((k) => k.name)).toEqual(['K', 'L']);
        expect(simplify?.kpis).toEqual(['K', 'L', 'M']);
        expect(cardIndex(focused.kpis).reach(simplify?.kpis ?? []).map((k) => k.name)).toEqual(['K', 'L']);
        const md = renderScorecardMarkdown(focused);
        expect(md).toContain('(`L`)');
        expect(md).not.toContain('(`M`)');
    });
});

describe('following links by name', () => {
    const cards = [{ name: 'X', n: 1 }, { name: 'Y', n: 2 }, { name: 'X', n: 3 }];

    it('reaches every card of a name once, in the order of the names, and skips unknown names', () => {
        const index = cardIndex(cards);
        expect(index.reach(['Y', 'X', 'Y', 'Z']).map((c) => c.n)).toEqual([2, 1, 3]);
        expect(index.first('X')?.n).toBe(1);
        expect(index.has('Z')).toBe(false);
        expect(positionIndex(cards).reach(['X'])).toEqual([0, 2]);
    });
});
