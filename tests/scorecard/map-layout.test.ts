/**
 * Reading the strategy map: its layout follows the model's links, draws no more crossings than
 * the first ordering pass (and none where the examples allow it), and never overlaps nodes.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapGraph } from '../../packages/language/src/scorecard/render/map-graph.js';
import { layoutStrategyMap } from '../../packages/language/src/scorecard/render/map-layout.js';
import { firstPassOrders, mapCrossings, orderMapColumns } from '../../packages/language/src/scorecard/render/map-order.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { exampleFiles, exampleFolders } from '../support/examples.js';
import { EXAMPLES_DIR } from '../support/paths.js';
import { workspaceOf } from '../support/workspace.js';
import { bankScorecard, FIXTURES } from './fixtures.js';

/** The scorecard of one example workspace (a folder of examples/, all its files). */
async function example(folder: string): Promise<Scorecard> {
    const files = exampleFiles(folder).map((file) => [path.basename(file), readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')]);
    return (await workspaceOf(Object.fromEntries(files))).scorecard();
}

describe('strategy map layout', () => {
    it('counts crossings from the order of each column', async () => {
        // Two strategies of one ambition, each monitored by one KPI: in order no crossing, swapped one.
        const scorecard = (await workspaceOf(`ambition A "A" { horizon 2030 }
strategy S1 "One" { realizes A }
strategy S2 "Two" { realizes A }
kpi K1 "One" { monitors S1 }
kpi K2 "Two" { monitors S2 }`)).scorecard();
        const graph = mapGraph(scorecard);
        expect(mapCrossings(graph, [[0], [0, 1], [0, 1], []])).toBe(0);
        expect(mapCrossings(graph, [[0], [0, 1], [1, 0], []])).toBe(1);
        expect(mapCrossings(graph, [[0], [1, 0], [0, 1], []])).toBe(1);
    });

    it('removes the crossing the first pass leaves in the bank example', async () => {
        const graph = mapGraph(await example('bank'));
        expect(mapCrossings(graph, firstPassOrders(graph))).toBe(1);
        expect(mapCrossings(graph, orderMapColumns(graph))).toBe(0);
    });

    it.each(exampleFolders())(
        'never draws more crossings than the first pass: %s',
        async (folder) => {
            const graph = mapGraph(await example(folder));
            expect(mapCrossings(graph, orderMapColumns(graph))).toBeLessThanOrEqual(mapCrossings(graph, firstPassOrders(graph)));
        },
    );

    it('draws one edge per distinct link of the model, between the right nodes', () => {
        const layout = layoutStrategyMap(bankScorecard);
        const name = (column: number, index: number): string =>
            [bankScorecard.ambitions, bankScorecard.strategies, bankScorecard.kpis, bankScorecard.okrs][column]?.[index]?.name ?? '?';
        const drawn = layout.edges.map((e) => `${name(e.to.column, e.to.index)}→${name(e.from.column, e.from.index)}`).sort();
        const stated = [
            ...bankScorecard.strategies.flatMap((s) => (s.ambition ? [`${s.name}→${s.ambition}`] : [])),
            ...bankScorecard.kpis.flatMap((k) => k.strategies.map((s) => `${k.name}→${s}`)),
            ...bankScorecard.okrs.flatMap((o) => o.addresses.map((k) => `${o.name}→${k}`)),
        ].sort();
        expect(drawn).toEqual(stated);
    });

    it.each(Object.entries(FIXTURES))('keeps the %s fixture free of overlaps and is deterministic', (_name, scorecard) => {
        const layout = layoutStrategyMap(scorecard);
        for (const column of layout.columns) {
            for (let i = 1; i < column.length; i++) {
                expect((column[i]?.y ?? 0) - (column[i - 1]?.y ?? 0), 'nodes in column order, a node height apart').toBeGreaterThanOrEqual(layout.nodeHeight);
            }
        }
        expect(layoutStrategyMap(scorecard)).toEqual(layout);
    });
});
