#!/usr/bin/env node
/**
 * Rendering a large scorecard: HTML page and Markdown for a generated workspace of 2,000 KPIs and
 * 1,000 OKRs with crossing links, and the same at a fifth of the size, to show the views grow
 * about linearly (they follow the model's links through indexes, and the map's ordering does a
 * bounded number of O(E log V) sweeps). Prints figures; part of `npm run bench`, or run alone
 * (`node scripts/bench-render.mjs`). Needs `npm run build` first.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateLinkedStrategy } from './generate-linked-strategy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = file => path.join(root, 'packages/language/out', file);

function median(run, times) {
    const spent = [];
    for (let i = 0; i < times; i++) {
        const started = performance.now();
        run();
        spent.push(performance.now() - started);
    }
    spent.sort((a, b) => a - b);
    return spent[Math.floor(times / 2)];
}

export async function benchRender() {
    const { URI } = await import('langium');
    const { buildWorkspace } = await import(out('node.js'));
    const { buildScorecard } = await import(out('index.js'));
    const { renderScorecardHtml, renderScorecardMarkdown } = await import(out('scorecard/render/index.js'));
    const { layoutStrategyMap } = await import(out('scorecard/render/map-layout.js'));
    const figures = [];
    for (const [kpis, okrs] of [[400, 200], [2_000, 1_000]]) {
        const { documents } = await buildWorkspace([{ uri: URI.file(path.join(root, `bench-render-${kpis}.strat`)), text: generateLinkedStrategy(kpis, okrs) }]);
        const scorecard = buildScorecard(documents);
        const html = median(() => renderScorecardHtml(scorecard, { title: 'bench' }), 7);
        const markdown = median(() => renderScorecardMarkdown(scorecard, { title: 'bench' }), 7);
        const layout = median(() => layoutStrategyMap(scorecard), 7);
        figures.push({ kpis, okrs, html, markdown, layout });
        const ms = n => `${n.toFixed(0)} ms`;
        console.log(`render ${kpis.toLocaleString('en')} KPIs / ${okrs.toLocaleString('en')} OKRs (${scorecard.strategies.length} strategies): HTML page median ${ms(html)} (of which the map layout ${ms(layout)}), Markdown median ${ms(markdown)}`);
    }
    const [small, large] = figures;
    console.log(`render scaling: 5× the elements took ${(large.html / small.html).toFixed(1)}× the time for HTML, ${(large.markdown / small.markdown).toFixed(1)}× for Markdown (linear: about 5×)`);
}

// Run alone: `node scripts/bench-render.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchRender();
