/** Writing a file: every editor feature keeps answering while the file is half-typed. */
import { describe, expect, it } from 'vitest';
import { BANK, lspWorkspace } from './lsp-workspace.js';

describe('editor features on half-typed files', () => {
    it('hover, completion, inlay hints, code lens, tokens, symbols and foldings never throw', async () => {
        for (let cut = 0; cut <= BANK.length; cut += 13) {
            const text = BANK.slice(0, cut);
            const ws = await lspWorkspace(text);
            const document = ws.doc('test.strat');
            const lsp = ws.services.lsp;
            const textDocument = { uri: document.uri.toString() };
            const end = document.textDocument.positionAt(text.length);
            const at = `cut at ${cut}: …${JSON.stringify(text.slice(-20))}`;
            await expect(Promise.all([
                lsp.HoverProvider!.getHoverContent(document, { textDocument, position: document.textDocument.positionAt(Math.max(0, cut - 2)) }),
                lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end }),
                lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: { start: { line: 0, character: 0 }, end } }),
                lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }),
                lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }),
                lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }),
                lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument })
            ]), at).resolves.toHaveLength(7);
        }
    });
});
