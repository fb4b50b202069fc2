#!/usr/bin/env node
/**
 * `npm run compare:map-layout`: compares the strategy map's hand-written layout (map-order.ts +
 * map-layout.ts) with ELK's layered algorithm (elkjs, a devDependency used only here) on every
 * example and on generated workspaces. Prints, per case, the edge crossings of:
 *   - the first pass alone (mean rank of the left-hand links: the layout before the sweeps),
 *   - the hand-written layout (first pass + barycenter sweeps), as the preview draws it,
 *   - ELK layered, its default crossing minimisation (layer sweep, greedy switch on small graphs),
 *     once with the nodes partitioned into the map's four columns and once with ELK's own layering
 *     (then only the order within each of our columns is kept), one connected drawing each,
 * and the time each layout takes (median; ELK's runs are awaited one by one). ELK is not run on
 * the 2,000-KPI case: partitioned, it ran out of a 4 GB heap after four minutes. Edges only join neighbouring columns and are drawn from node
 * centre to node centre, so the crossings follow from the order of each column. Not a test;
 * needs `npm run build` first. Writes down nothing: the figures go to docs/decisions.md by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLinkedStrategy } from './generate-linked-strategy.mjs';
import { generateStrategy } from './generate-strategy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = file => path.join(root, 'packages/language/out', file);
const { URI } = await import('langium');
const { buildWorkspace } = await import(out('node.js'));
const { buildScorecard } = await import(out('index.js'));
const { mapGraph } = await import(out('scorecard/render/map-graph.js'));
const { firstPassOrders, orderMapColumns, mapCrossings } = await import(out('scorecard/render/map-order.js'));
const { layoutStrategyMap, NODE_WIDTH, NODE_HEIGHT } = await import(out('scorecard/render/map-layout.js'));

const loadStarted = performance.now();
const ELK = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js');
const elk = new ELK();
const elkLoad = performance.now() - loadStarted;

async function scorecardOf(files) {
    const { documents } = await buildWorkspace(files.map(([name, text]) => ({ uri: URI.file(`/compare/${name}`), text })));
    return buildScorecard(documents);
}

async function elkOrders(graph, partitioned) {
    const children = [];
    const edges = [];
    graph.counts.forEach((count, c) => {
        for (let i = 0; i < count; i++) {
            children.push({ id: `${c}:${i}`, width: NODE_WIDTH, height: NODE_HEIGHT, layoutOptions: { 'elk.partitioning.partition': String(c) } });
        }
    });
    graph.left.forEach((links, c) => links.forEach((lefts, i) => lefts.forEach(l => edges.push({ id: `e${edges.length}`, sources: [`${c - 1}:${l}`], targets: [`${c}:${i}`] }))));
    const laid = await elk.layout({
        id: 'map',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'RIGHT',
            'elk.partitioning.activate': String(partitioned),
            'elk.separateConnectedComponents': 'false',
            'elk.spacing.nodeNode': '12',
            'elk.layered.spacing.nodeNodeBetweenLayers': '58'
        },
        children,
        edges
    });
    const orders = graph.counts.map(() => []);
    for (const node of laid.children) {
        const [c, i] = node.id.split(':').map(Number);
        orders[c].push({ i, y: node.y });
    }
    return orders.map(column => column.sort((a, b) => a.y - b.y || a.i - b.i).map(n => n.i));
}

async function median(run, times) {
    const spent = [];
    for (let n = 0; n < times; n++) {
        const started = performance.now();
        await run();
        spent.push(performance.now() - started);
    }
    spent.sort((a, b) => a - b);
    return spent[Math.floor(times / 2)];
}

// Every example file on its own (examples/<example>/<file>.strat, named by its file name), then all together.
const examples = readdirSync(path.join(root, 'examples'), { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.strat'))
    .map(f => [path.basename(f), readFileSync(path.join(root, 'examples', f), 'utf8')])
    .sort(([a], [b]) => a.localeCompare(b));
const cases = [
    ...examples.map(([name, text]) => [name, [[name, text]]]),
    ['all examples together', examples],
    ['generated, 198 KPIs (regular)', [['regular.strat', generateStrategy(5_850)]]],
    ['generated, 200 KPIs / 80 OKRs (crossing links)', [['linked.strat', generateLinkedStrategy(200)]]],
    ['generated, 2,000 KPIs / 1,000 OKRs (crossing links)', [['linked-large.strat', generateLinkedStrategy(2_000, 1_000)]]]
];

const ms = n => (n < 10 ? n.toFixed(2) : n.toFixed(0));
console.log(`elkjs ${createRequire(import.meta.url)('elkjs/package.json').version}: loading its bundle took ${ms(elkLoad)} ms (once per process)`);
console.log('| case | elements | edges | crossings: first pass | hand-written | ELK, 4 partitions | ELK, own layers | time: hand-written (ms) | ELK, 4 partitions (ms) | ELK, own layers (ms) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [name, files] of cases) {
    const scorecard = await scorecardOf(files);
    const graph = mapGraph(scorecard);
    const edges = graph.left.reduce((sum, column) => sum + column.reduce((s, links) => s + links.length, 0), 0);
    const elements = graph.counts.reduce((a, b) => a + b, 0);
    const first = mapCrossings(graph, firstPassOrders(graph));
    const ours = mapCrossings(graph, orderMapColumns(graph));
    const oursTime = await median(() => layoutStrategyMap(scorecard), elements > 1000 ? 5 : 21);
    if (elements > 1000) {
        console.log(`| ${name} | ${elements} | ${edges} | ${first} | ${ours} | not run | not run | ${ms(oursTime)} | — | — |`);
        continue;
    }
    const elk = [];
    for (const partitioned of [true, false]) {
        const crossings = mapCrossings(graph, await elkOrders(graph, partitioned));
        elk.push({ crossings, time: await median(() => elkOrders(graph, partitioned), elements > 100 ? 3 : 9) });
    }
    console.log(`| ${name} | ${elements} | ${edges} | ${first} | ${ours} | ${elk[0].crossings} | ${elk[1].crossings} | ${ms(oursTime)} | ${ms(elk[0].time)} | ${ms(elk[1].time)} |`);
}
