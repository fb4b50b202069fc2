/** Reading a file: each OKR's first line carries its score, grade and key-result count. */
import { describe, expect, it } from 'vitest';
import { OPEN_SCORECARD_COMMAND } from '../../packages/language/src/lsp/strat-code-lens-provider.js';
import { BANK, lspWorkspace, positionOf } from './lsp-workspace.js';

async function lenses(text: string) {
    const ws = await lspWorkspace(text);
    const document = ws.doc('test.strat');
    const found = await ws.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
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
});
