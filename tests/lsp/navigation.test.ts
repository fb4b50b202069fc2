/** Finding one's way: go to definition and find references work across the files of a workspace. */
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { lspServices, lspWorkspace, positionOf } from './lsp-workspace.js';

const FILES = {
    'kpis.strat': 'strategy S "s" { }\nkpi Nps "Net Promoter Score" { monitors S target >= 30 }\n',
    'okrs.strat': 'okr Grow "Grow" {\n    addresses Nps\n    key result K "k" { measures Nps from 1 to 2 }\n    key result "l" { from 1 to 2 }\n}\n'
};

describe('go to definition', () => {
    it('within a file (langium/test)', async () => {
        await expectGoToDefinition(lspServices())({
            text: 'ambition <|A|> "a" { }\nstrategy S "s" { realizes <|>A }',
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true
        });
    });

    it('a reference in one file leads to the name in the other', async () => {
        const ws = await lspWorkspace(FILES);
        const okrs = ws.doc('okrs.strat');
        const kpis = ws.doc('kpis.strat');
        const links = await ws.services.lsp.DefinitionProvider!.getDefinition(okrs, {
            textDocument: { uri: okrs.uri.toString() },
            position: positionOf(okrs, 'measures Nps', 'measures '.length + 1)
        }) ?? [];
        expect(links).toHaveLength(1);
        expect(links[0].targetUri).toBe(kpis.uri.toString());
        expect(links[0].targetSelectionRange.start).toEqual(positionOf(kpis, 'Nps'));
    });
});

describe('find references', () => {
    it('within a file (langium/test)', async () => {
        await expectFindReferences(lspServices())({
            text: 'strategy S "s" { }\nkpi A "a" { monitors <|S|> }\nkpi B "b" { monitors <|<|>S|> }',
            includeDeclaration: false,
            disposeAfterCheck: true
        });
    });

    it('from the declaration: every use in every file', async () => {
        const ws = await lspWorkspace(FILES);
        const kpis = ws.doc('kpis.strat');
        const found = await ws.services.lsp.ReferencesProvider!.findReferences(kpis, {
            textDocument: { uri: kpis.uri.toString() },
            position: positionOf(kpis, 'Nps', 1),
            context: { includeDeclaration: true }
        });
        expect(found.map(l => [l.uri.replace(/.*\//, ''), l.range.start.line, l.range.start.character]).sort()).toEqual([
            ['kpis.strat', 1, 4],
            ['okrs.strat', 1, 14],
            ['okrs.strat', 2, 32]
        ]);
    });
});
