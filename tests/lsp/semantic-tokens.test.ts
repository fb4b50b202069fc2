/** Reading a file: names and references are coloured by what they name; rewarded KPIs are marked. */
import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver';
import { REWARDED_MODIFIER, STRAT_TOKEN_MODIFIERS } from '../../packages/language/src/lsp/strat-semantic-token-provider.js';
import { edited } from '../language/edited.js';
import { BANK, lspWorkspace } from './lsp-workspace.js';

const DECLARATION = STRAT_TOKEN_MODIFIERS.declaration;
const REWARDED = STRAT_TOKEN_MODIFIERS[REWARDED_MODIFIER];

async function tokens(text: string) {
    const ws = await lspWorkspace(text);
    const document = ws.doc('test.strat');
    const provider = ws.services.lsp.SemanticTokenProvider!;
    const encoded = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    return { provider, decoded: SemanticTokensDecoder.decode(encoded, provider.tokenTypes, document) };
}

describe('semantic tokens', () => {
    it('an explicit legend with the custom `rewarded` and `dataFile` modifiers', async () => {
        const { provider } = await tokens('');
        expect(provider.semanticTokensOptions.legend).toEqual({
            tokenTypes: ['namespace', 'class', 'type', 'function', 'property', 'string'],
            tokenModifiers: ['declaration', 'rewarded', 'dataFile']
        });
    });

    it('marks the path of a data source as a data file', async () => {
        const { decoded } = await tokens('kpi K "k" { actuals from "data/sales.csv" column "Revenue" }');
        const paths = decoded.filter(t => t.tokenType === 'string');
        expect(paths.map(t => [t.text, t.tokenModifiers])).toEqual([['"data/sales.csv"', STRAT_TOKEN_MODIFIERS.dataFile]]);
    });

    it('declarations are typed by element kind and carry `declaration`', async () => {
        const { decoded } = await tokens(BANK);
        const declared = decoded.filter(t => t.tokenModifiers & DECLARATION).map(t => [t.text, t.tokenType]);
        expect(declared).toEqual([
            ['Appealing', 'namespace'], ['DigitalFirst', 'class'], ['NewToBank', 'type'], ['Nps', 'type'],
            ['WinNewClients', 'function'], ['NpsUp', 'property'], ['FastOpening', 'property']
        ]);
    });

    it('references are typed by what they name, and are not declarations', async () => {
        const { decoded } = await tokens(BANK + '\nokr Child "c" { supports WinNewClients }\n');
        const references = decoded.filter(t => !(t.tokenModifiers & DECLARATION)).map(t => [t.text, t.tokenType]);
        expect(references).toEqual([
            ['Appealing', 'namespace'], ['DigitalFirst', 'class'], ['DigitalFirst', 'class'],
            ['Nps', 'type'], ['Nps', 'type'], ['WinNewClients', 'function']
        ]);
    });

    it('a rewarded KPI is marked `rewarded` on its name and where a key result measures it', async () => {
        const { decoded } = await tokens(edited(BANK, ['measures Nps', 'measures NewToBank']));
        const rewarded = decoded.filter(t => t.tokenModifiers & REWARDED).map(t => t.text);
        expect(rewarded).toEqual(['NewToBank', 'NewToBank']);
        expect(decoded.filter(t => t.text === 'Nps').every(t => !(t.tokenModifiers & REWARDED))).toBe(true);
    });

    it('requests in flight together each get their own file\'s tokens (full, range, delta)', async () => {
        const ws = await lspWorkspace({ 'bank.strat': BANK, 'kpis.strat': 'kpi Sales "Sales" { monitors DigitalFirst }\nkpi Margin "Margin" { }\n' });
        const provider = ws.services.lsp.SemanticTokenProvider!;
        const token = new CancellationTokenSource().token;
        const requests = [...ws.documents.values()].flatMap(document => {
            const textDocument = { uri: document.uri.toString() };
            return [
                () => provider.semanticHighlight(document, { textDocument }, token),
                () => provider.semanticHighlightRange(document, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } } }, token),
                () => provider.semanticHighlightDelta(document, { textDocument, previousResultId: '1' }, token)
            ];
        });
        const data = (result: object) => 'data' in result ? result.data : result;
        const alone = [];
        for (const request of requests) alone.push(data(await request()));
        const together = (await Promise.all([...requests, ...requests].map(request => request()))).map(data);
        expect(together).toEqual([...alone, ...alone]);
        expect(alone[2]).toEqual(alone[0]);
    });
});
