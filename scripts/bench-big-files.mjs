#!/usr/bin/env node
/**
 * Big files (issue 10): a 1 MB single line of syntax errors, 100,000 tiny elements in one file,
 * 300,000 actuals on one line (big-inputs.mjs) — each parsed, linked and validated as one
 * workspace, as `strat check` does. Prints the best of three runs against the targets (under 1 s,
 * 3 s and 3 s): wall time, which the targets are about, and two CPU times that vary less with the
 * machine's load — the main thread's (the work itself) and the whole process's (with V8's garbage
 * collector threads). Part of `npm run bench`, or run alone (`node scripts/bench-big-files.mjs`).
 * Needs `npm run build` first.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BIG_INPUTS } from './big-inputs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CASES = [
    { name: '1 MB single line (36,000 syntax errors)', input: BIG_INPUTS.oneMegabyteLine, targetMs: 1_000 },
    { name: '100,000 tiny elements in one file', input: BIG_INPUTS.tinyElements, targetMs: 3_000 },
    { name: '300,000 actuals on one line', input: BIG_INPUTS.actualsOnOneLine, targetMs: 3_000 }
];

export async function benchBigFiles(runs = 3) {
    const { URI } = await import('langium');
    const { buildWorkspace } = await import(path.join(root, 'packages/language/out/node.js'));
    const ms = n => `${Math.round(n).toLocaleString('en')} ms`;
    for (const { name, input, targetMs } of CASES) {
        const text = input();
        const walls = [];
        const cpus = [];
        const mains = [];
        let findings = 0;
        for (let i = 0; i < runs; i++) {
            globalThis.gc?.();
            const cpu = process.cpuUsage();
            // Node 23.9+ (22.x may lack it: then only the process's CPU time is printed).
            const main = process.threadCpuUsage?.();
            const started = performance.now();
            const { documents } = await buildWorkspace([{ uri: URI.file(path.join(root, 'big.strat')), text }]);
            walls.push(performance.now() - started);
            const used = process.cpuUsage(cpu);
            cpus.push((used.user + used.system) / 1000);
            if (main) {
                const usedByMain = process.threadCpuUsage(main);
                mains.push((usedByMain.user + usedByMain.system) / 1000);
            }
            findings = documents[0].diagnostics?.length ?? 0;
        }
        const best = Math.min(...walls);
        console.log(`${name}: best of ${runs} ${ms(best)} — target under ${ms(targetMs)}: ${best < targetMs ? 'met' : 'NOT met'}`
            + ` (${(text.length / 1e6).toFixed(1)} MB, ${findings.toLocaleString('en')} findings; runs: ${walls.map(ms).join(', ')};`
            + ` CPU best: ${mains.length > 0 ? `main thread ${ms(Math.min(...mains))}, ` : ''}with GC threads ${ms(Math.min(...cpus))})`);
    }
}

// Run alone: `node scripts/bench-big-files.mjs`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBigFiles();
