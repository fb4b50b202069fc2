/**
 * The folders of packages/language/src import each other in one direction only: no cycles, and
 * the layers of diagnostics keep their order — model ← diagnostics (rule table, severity, words)
 * ← catalogue (reads the grammar) ← config ← rules ← validation. The wiring files at the root
 * (strat-module.ts, index.ts…) may import anything and are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

const SOURCE = path.join(REPO_ROOT, 'packages', 'language', 'src');
/** Lowest first: a layer may import the layers before it, never those after it. */
const LAYERS = ['model', 'diagnostics', 'catalogue', 'config', 'data', 'rules', 'validation'];

type Graph = Map<string, Map<string, string>>;

/** Folder → folder it imports → one file that does, for the failure message. */
function folderGraph(): Graph {
    const graph: Graph = new Map();
    for (const entry of readdirSync(SOURCE, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
        const file = path.relative(SOURCE, path.join(entry.parentPath, entry.name));
        const folder = file.split(path.sep)[0];
        if (folder === file || folder === 'generated') continue;
        const text = readFileSync(path.join(SOURCE, file), 'utf8');
        for (const match of text.matchAll(/(?:import|export)\s[^'";]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) {
            const target = path.relative(SOURCE, path.resolve(path.dirname(path.join(SOURCE, file)), match[1] ?? match[2]));
            const targetFolder = target.split(path.sep)[0];
            if (targetFolder !== folder && targetFolder !== target && !targetFolder.startsWith('..')) {
                const edges = graph.get(folder) ?? new Map<string, string>();
                edges.set(targetFolder, edges.get(targetFolder) ?? file);
                graph.set(folder, edges);
            }
        }
    }
    return graph;
}

/** The import cycles of a graph, each as the folders along it (first folder repeated at the end). */
function cycles(graph: Graph): string[][] {
    const found: string[][] = [];
    const done = new Set<string>();
    const visit = (folder: string, trail: string[]): void => {
        const at = trail.indexOf(folder);
        if (at >= 0) {
            found.push([...trail.slice(at), folder]);
            return;
        }
        if (done.has(folder)) return;
        for (const next of graph.get(folder)?.keys() ?? []) {
            visit(next, [...trail, folder]);
        }
        done.add(folder);
    };
    [...graph.keys()].sort().forEach(folder => visit(folder, []));
    return found;
}

describe('folder imports in packages/language/src', () => {
    const graph = folderGraph();

    it('reads the imports (a known one is there)', () => {
        expect(graph.get('rules')?.has('diagnostics')).toBe(true);
        expect(graph.get('validation')?.has('catalogue')).toBe(true);
    });

    it('the cycle finder finds a cycle when there is one', () => {
        const cyclic: Graph = new Map([
            ['rules', new Map([['config', 'rules/a.ts']])],
            ['config', new Map([['rules', 'config/b.ts']])]
        ]);
        expect(cycles(cyclic)).toEqual([['config', 'rules', 'config']]);
    });

    it('have no cycles', () => {
        expect(cycles(graph)).toEqual([]);
    });

    it('keep the layers in order: each imports only the layers below it', () => {
        const upward: string[] = [];
        for (const [from, edges] of graph) {
            for (const [to, file] of edges) {
                if (LAYERS.includes(from) && LAYERS.includes(to) && LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
                    upward.push(`${file} imports ${to}/, a layer above ${from}/`);
                }
            }
        }
        expect(upward).toEqual([]);
    });
});
