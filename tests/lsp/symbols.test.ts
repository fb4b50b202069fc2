/** Finding one's way: outline, workspace symbols and folding. */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { BANK, lspWorkspace, positionOf } from './lsp-workspace.js';

type Outline = Array<[string, SymbolKind, Outline?]>;
const outline = (symbols: DocumentSymbol[] | undefined): Outline =>
    (symbols ?? []).map(s => s.children ? [s.name, s.kind, outline(s.children)] : [s.name, s.kind]);

describe('document symbols', () => {
    it('a hierarchy: OKR → key results and plan → initiatives; KPI → actuals; with kinds', async () => {
        const ws = await lspWorkspace(BANK);
        const document = ws.doc('test.strat');
        const symbols = await ws.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual([
            ['Appealing', SymbolKind.Namespace],
            ['DigitalFirst', SymbolKind.Class],
            ['NewToBank', SymbolKind.Variable, [['2026-Q1', SymbolKind.Number], ['2026-Q2', SymbolKind.Number]]],
            ['Nps', SymbolKind.Variable, [['2026-05', SymbolKind.Number], ['2026-06', SymbolKind.Number]]],
            ['WinNewClients', SymbolKind.Function, [
                ['NpsUp', SymbolKind.Property],
                ['FastOpening', SymbolKind.Property],
                ['plan', SymbolKind.Array, [['Redesign mobile onboarding', SymbolKind.Event], ['Same-day account opening', SymbolKind.Event]]]
            ]]
        ]);
        expect(symbols[4].detail).toBe('Become the bank new clients choose first');
        expect(symbols[4].selectionRange.start).toEqual(positionOf(document, 'WinNewClients'));
        expect(symbols[4].children![2].detail).toBe('2 initiatives');
        expect(symbols[4].children![2].children![0].detail).toBe('CX · 2026-08-31 · done');
    });

    it('unnamed key results appear by their title; half-typed elements do not break the outline', async () => {
        const ws = await lspWorkspace('okr O "x" { key result "Win more clients" { } }\nkpi ');
        const document = ws.doc('test.strat');
        const symbols = await ws.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual([['O', SymbolKind.Function, [['Win more clients', SymbolKind.Property]]]]);
    });

    it('a plan counts its initiatives in words', async () => {
        const ws = await lspWorkspace('okr O "x" { plan { initiative "Only one" } }');
        const document = ws.doc('test.strat');
        const symbols = await ws.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols[0].children?.map(child => [child.name, child.detail])).toEqual([['plan', '1 initiative']]);
    });
});

describe('workspace symbols', () => {
    it('names from every file, with their kinds and locations', async () => {
        const ws = await lspWorkspace({
            'a.strat': 'kpi Nps "Net Promoter Score" { }',
            'b.strat': 'okr Grow "x" { key result NpsUp "y" { from 1 to 2 } key result "unnamed" { from 1 to 2 } }'
        });
        const symbols = await ws.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'nps' });
        expect(symbols.map(s => [s.name, s.kind, 'uri' in s.location ? s.location.uri.replace(/.*\//, '') : '']).sort()).toEqual([
            ['Nps', SymbolKind.Variable, 'a.strat'],
            ['NpsUp', SymbolKind.Property, 'b.strat']
        ]);
        const all = await ws.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        expect(all.map(s => s.name).sort()).toEqual(['Grow', 'Nps', 'NpsUp']);
    });
});

describe('folding ranges', () => {
    it('element bodies, key results, plans and block comments fold; one-liners do not', async () => {
        const text = `/* Acme Bank
   strategy 2026–2030
   (draft) */
kpi Short "one line" { target >= 1 }
${BANK}`;
        const ws = await lspWorkspace(text);
        const document = ws.doc('test.strat');
        const ranges = await ws.services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const line = (needle: string) => positionOf(document, needle).line;
        const starts = ranges.map(r => r.startLine).sort((a, b) => a - b);
        expect(starts).toEqual([0, line('ambition'), line('strategy Digital'), line('kpi NewToBank'), line('kpi Nps'),
            line('okr WinNewClients'), line('key result NpsUp'), line('key result FastOpening'), line('plan {')]);
        expect(ranges.find(r => r.startLine === 0)?.kind).toBe(FoldingRangeKind.Comment);
        const plan = ranges.find(r => r.startLine === line('plan {'))!;
        // The closing brace stays visible.
        expect(plan.endLine).toBe(line('initiative "Same-day'));
    });
});
