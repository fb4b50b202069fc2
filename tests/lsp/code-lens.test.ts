/** Reading a file: each OKR's first line carries its score, grade and key-result count. */
import { describe, expect, it } from 'vitest';
import { OKR_DETAILS_COMMAND, OPEN_SCORECARD_COMMAND, StratCodeLensProvider } from '../../packages/language/src/lsp/strat-code-lens-provider.js';
import { okrDetailsText } from '../../packages/language/src/lsp/okr-details-command.js';
import { isOkr } from '../../packages/language/src/generated/ast.js';
import { BANK, lspWorkspace, positionOf } from './lsp-workspace.js';

/** The lenses of `text`, for a client that runs `strat.openScorecard` (the extension) or not. */
async function lenses(text: string, previewInClient = true) {
    const ws = await lspWorkspace(text);
    const document = ws.doc('test.strat');
    const provider = new StratCodeLensProvider(ws.services.config.Settings, { runsCommand: command => previewInClient && command === OPEN_SCORECARD_COMMAND });
    const found = await provider.provideCodeLens(document) ?? [];
    return { document, found };
}

describe('code lens', () => {
    it('on the OKR line: "Score 43% · amber · 2 key results"', async () => {
        const { document, found } = await lenses(BANK);
        expect(found).toHaveLength(1);
        expect(found[0].command?.title).toBe('Score 43% · amber · 2 key results');
        expect(found[0].range.start.line).toBe(positionOf(document, 'okr WinNewClients').line);
        expect(found[0].command?.command).toBe(OPEN_SCORECARD_COMMAND);
        expect(found[0].command?.arguments).toEqual([document.uri.toString(), 'WinNewClients']);
    });

    it('an OKR without data, and a non-active status', async () => {
        const { found } = await lenses('okr A "x" { status draft key result "k" { target 3 } }\nokr B "y" { committed key result "k" { from 0 to 10 current 8 } }');
        expect(found.map(l => l.command?.title)).toEqual(['Score no data · 1 key result · draft', 'Score 80% · amber · 1 key result']);
    });

    it('a client without the preview gets the command the server runs, with the same title and arguments', async () => {
        const { document, found } = await lenses(BANK, false);
        expect(found[0].command?.command).toBe(OKR_DETAILS_COMMAND);
        expect(found[0].command?.title).toBe('Score 43% · amber · 2 key results');
        expect(found[0].command?.arguments).toEqual([document.uri.toString(), 'WinNewClients']);
    });

    it('the services, before any client said what it runs, offer the server\'s command', async () => {
        const ws = await lspWorkspace(BANK);
        const found = await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.doc('test.strat'), { textDocument: { uri: ws.doc('test.strat').uri.toString() } }) ?? [];
        expect(found[0].command?.command).toBe(OKR_DETAILS_COMMAND);
    });

    it('the server\'s command shows the OKR\'s lens, then a line per key result with its progress', async () => {
        const ws = await lspWorkspace('okr B "Grow" { committed key result "Reach ten" { from 0 to 10 current 8 } key result "Open" { target 3 } }');
        const okr = ws.doc('test.strat').parseResult.value.elements.filter(isOkr)[0];
        expect(okrDetailsText(okr, null)).toBe('OKR B — Grow: Score 80% · amber · 2 key results\n• Reach ten: 80%\n• Open: no data');
    });
});
