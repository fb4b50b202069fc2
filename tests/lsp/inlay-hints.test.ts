/** Reading a file: progress after each key result's title and status after each KPI's name, inline. */
import type { InlayHint } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { BANK, lspWorkspace, positionOf, type LspWorkspace } from './lsp-workspace.js';

async function hints(ws: LspWorkspace): Promise<InlayHint[]> {
    const document = ws.doc('test.strat');
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return await ws.services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end }
    }) ?? [];
}

describe('inlay hints', () => {
    it('key results: a progress bar with percentage, right after the title', async () => {
        const ws = await lspWorkspace(BANK);
        const document = ws.doc('test.strat');
        const all = await hints(ws);
        const npsUp = all.find(h => h.label === '▮▮▯▯▯ 36%');
        expect(npsUp, JSON.stringify(all.map(h => h.label))).toBeDefined();
        const title = '"Increase NPS from 21 to 35"';
        expect(npsUp!.position).toEqual(positionOf(document, title, title.length));
        expect(all.map(h => h.label)).toContain('▮▮▮▯▯ 50%');
    });

    it('key results without data say "no data", not 0%', async () => {
        const ws = await lspWorkspace('okr O "x" { key result "Unknown" { target 3 } key result "Zero" { from 1 to 2 current 1 } }');
        expect((await hints(ws)).map(h => h.label)).toEqual(['no data', '▯▯▯▯▯ 0%']);
    });

    it('KPIs: the status after the name', async () => {
        const ws = await lspWorkspace(BANK);
        const document = ws.doc('test.strat');
        const all = await hints(ws);
        const red = all.find(h => h.label === '● red');
        const amber = all.find(h => h.label === '● amber');
        expect(red?.position).toEqual(positionOf(document, 'NewToBank', 'NewToBank'.length));
        expect(amber?.position).toEqual(positionOf(document, 'kpi Nps', 'kpi Nps'.length));
        expect(all).toHaveLength(4);
    });

    it('a KPI without a target shows an unknown status', async () => {
        const ws = await lspWorkspace('kpi K "x" { actual 2026 3 }');
        expect((await hints(ws)).map(h => h.label)).toEqual(['○ unknown']);
    });
});
