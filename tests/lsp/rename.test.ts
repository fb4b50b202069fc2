/** Renaming an element: every file that refers to it follows; bad or taken names are refused. */
import { ResponseError } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { applyWorkspaceEdit } from './apply-edits.js';
import { BANK, lspWorkspace, positionOf, type LspWorkspace } from './lsp-workspace.js';

const FILES = {
    'bank.strat': BANK,
    'growth.strat': `okr GrowDigital "Win digital clients" {
    cycle 2026-Q3
    addresses Nps, NewToBank
    supports WinNewClients
    key result "Raise NPS" {
        measures Nps
        from 21 to 30
    }
    key result "Open accounts in a day" {
        from 5 to 1
    }
}
`
};

async function rename(ws: LspWorkspace, file: string, at: string, newName: string, shift = 1) {
    const document = ws.doc(file);
    return ws.services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() },
        position: positionOf(document, at, shift),
        newName
    });
}

describe('rename', () => {
    it('renames a KPI from a reference in another file: the declaration and every reference, in both files', async () => {
        const ws = await lspWorkspace(FILES);
        const edit = await rename(ws, 'growth.strat', 'measures Nps', 'NetPromoterScore', 'measures '.length + 1);
        expect(Object.keys(edit?.changes ?? {}).sort()).toEqual(['file:///ws/bank.strat', 'file:///ws/growth.strat']);
        const renamed = applyWorkspaceEdit(FILES, edit);
        expect(renamed['bank.strat']).toContain('kpi NetPromoterScore "Net Promoter Score" {');
        expect(renamed['bank.strat']).toContain('    addresses NetPromoterScore\n');
        expect(renamed['bank.strat']).toContain('        measures NetPromoterScore\n');
        expect(renamed['growth.strat']).toContain('    addresses NetPromoterScore, NewToBank\n');
        expect(renamed['growth.strat']).toContain('        measures NetPromoterScore\n');
        const after = await lspWorkspace(renamed);
        const problems = [...after.documents.values()].flatMap(d => d.diagnostics ?? []).filter(d => d.code === 'unresolved' || d.code === 'duplicate-name');
        expect(problems).toEqual([]);
    });

    it('renames an OKR from its declaration, following supports links in other files', async () => {
        const ws = await lspWorkspace(FILES);
        const edit = await rename(ws, 'bank.strat', 'okr WinNewClients', 'WinClients', 'okr '.length + 1);
        expect(applyWorkspaceEdit(FILES, edit)['growth.strat']).toContain('    supports WinClients\n');
    });

    it('refuses a name that is not a name', async () => {
        const ws = await lspWorkspace(FILES);
        const attempt = rename(ws, 'bank.strat', 'kpi Nps', '2x', 5);
        await expect(attempt).rejects.toBeInstanceOf(ResponseError);
        await expect(attempt).rejects.toThrow("'2x' is not a valid name: a name starts with a letter or _ and continues with letters, digits or _.");
        await expect(rename(ws, 'bank.strat', 'kpi Nps', 'Net Promoter', 5)).rejects.toThrow("'Net Promoter' is not a valid name");
    });

    it('refuses a keyword', async () => {
        const ws = await lspWorkspace(FILES);
        await expect(rename(ws, 'bank.strat', 'kpi Nps', 'plan', 5)).rejects.toThrow("'plan' is not a valid name: it is a keyword of the .strat language.");
    });

    it('refuses a name used by another element, saying which and where', async () => {
        const ws = await lspWorkspace(FILES);
        await expect(rename(ws, 'growth.strat', 'okr GrowDigital', 'Nps', 5)).rejects.toThrow("'Nps' is already used by KPI 'Nps' in bank.strat.");
        await expect(rename(ws, 'bank.strat', 'kpi Nps', 'NpsUp', 5)).rejects.toThrow("'NpsUp' is already used by key result 'NpsUp' in bank.strat.");
    });

    it('accepts the current name as a rename that changes nothing', async () => {
        const ws = await lspWorkspace(FILES);
        expect(await rename(ws, 'bank.strat', 'kpi Nps', 'Nps', 5)).toEqual({ changes: {} });
    });

    it('prepareRename gives the range of the name, on a declaration or a reference, and nothing on a keyword', async () => {
        const ws = await lspWorkspace(FILES);
        const bank = ws.doc('bank.strat');
        const growth = ws.doc('growth.strat');
        const provider = ws.services.lsp.RenameProvider!;
        const onDeclaration = await provider.prepareRename(bank, { textDocument: { uri: bank.uri.toString() }, position: positionOf(bank, 'kpi Nps', 5) });
        expect(onDeclaration && bank.textDocument.getText(onDeclaration)).toBe('Nps');
        const onReference = await provider.prepareRename(growth, { textDocument: { uri: growth.uri.toString() }, position: positionOf(growth, 'NewToBank', 2) });
        expect(onReference && growth.textDocument.getText(onReference)).toBe('NewToBank');
        const onKeyword = await provider.prepareRename(growth, { textDocument: { uri: growth.uri.toString() }, position: positionOf(growth, 'cycle', 1) });
        expect(onKeyword).toBeUndefined();
    });
});
