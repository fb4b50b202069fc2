/**
 * Two elements with the same name (`duplicate-name`) resolve one way everywhere: a reference
 * reaches the first of them by file path, then text order — whatever order the files were read
 * or edited in — and the rules, the scorecard's links and its views all follow that one answer.
 */
import { describe, expect, it } from 'vitest';
import { URI, type FileSystemProvider, type LangiumDocument } from 'langium';
import type { Kpi, Model, Strategy } from '../../packages/language/src/generated/ast.js';
import { buildScorecard } from '../../packages/language/src/scorecard/build-scorecard.js';
import { renderScorecardMarkdown } from '../../packages/language/src/scorecard/render/index.js';
import { mapGraph } from '../../packages/language/src/scorecard/render/map-graph.js';
import { groupKpisByPerspective } from '../../packages/language/src/scorecard/render/grouping.js';
import { createStratServices } from '../../packages/language/src/strat-module.js';

const FILES: Record<string, string> = {
    'b-second.strat': 'strategy S "Second S" { realizes A perspective internal }\n',
    'a-first.strat': 'ambition A "Grow" { horizon 2030 }\nstrategy S "First S" { realizes A perspective customer }\n',
    'c-kpis.strat': 'kpi K "Sales" { monitors S target >= 10 alert 5 every month actual 2026-01 12 }\n'
};

/** The files above, as a file system the workspace reads from. */
class MemoryFiles implements FileSystemProvider {
    private text(uri: URI): string {
        const text = FILES[uri.path.split('/').pop()!];
        if (text === undefined) throw new Error(`no file ${uri.toString()}`);
        return text;
    }
    async stat(uri: URI) { return this.statSync(uri); }
    statSync(uri: URI) { return { uri, isFile: true, isDirectory: false }; }
    async exists(uri: URI) { return this.existsSync(uri); }
    existsSync(uri: URI) { return uri.path.split('/').pop()! in FILES; }
    async readBinary(uri: URI) { return this.readBinarySync(uri); }
    readBinarySync(uri: URI) { return new TextEncoder().encode(this.text(uri)); }
    async readFile(uri: URI) { return this.text(uri); }
    readFileSync(uri: URI) { return this.text(uri); }
    async readDirectory() { return []; }
    readDirectorySync() { return []; }
}

/** Builds the files in the given order, then changes each one (which re-indexes it last), as an editor might. */
async function built(order: string[]) {
    const services = createStratServices({ fileSystemProvider: () => new MemoryFiles() }).Strat;
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const name of order) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(FILES[name], URI.parse(`file:///ws/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    }
    await services.shared.workspace.DocumentBuilder.update([...order].reverse().map(name => URI.parse(`file:///ws/${name}`)), []);
    return { services, documents: [...documents.values()], doc: (name: string) => documents.get(name)! };
}

const ORDERS = [
    ['a-first.strat', 'b-second.strat', 'c-kpis.strat'],
    ['b-second.strat', 'a-first.strat', 'c-kpis.strat'],
    ['c-kpis.strat', 'b-second.strat', 'a-first.strat']
];

describe('duplicate names', () => {
    for (const order of ORDERS) {
        it(`resolve to the first by path, whatever the order files come in (${order.join(', ')})`, async () => {
            const { documents, doc } = await built(order);
            const kpi = doc('c-kpis.strat').parseResult.value.elements[0] as Kpi;
            expect((kpi.monitors[0].ref as Strategy | undefined)?.title).toBe('First S');

            const codes = (name: string) => (doc(name).diagnostics ?? []).map(d => String(d.code)).sort();
            expect(codes('a-first.strat')).toEqual(['duplicate-name']);
            expect(codes('b-second.strat')).toEqual(['duplicate-name', 'strategy-no-kpi']);

            const scorecard = buildScorecard(documents);
            expect(scorecard.strategies.map(s => [s.title, s.kpis])).toEqual([['First S', ['K']], ['Second S', []]]);
            expect(mapGraph(scorecard).left[2]).toEqual([[0]]);
            expect(mapGraph(scorecard).right[1]).toEqual([[0], []]);
            expect(groupKpisByPerspective(scorecard).filter(group => group.kpis.length > 0).map(group => group.key)).toEqual(['perspective:customer']);
            expect(renderScorecardMarkdown(scorecard)).not.toMatch(/Second S[^\n]*\n[^\n]*Sales/);
        });
    }
});
