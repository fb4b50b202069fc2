/**
 * Hostile data files through the real language server (docs/language.md#data-files): a 50 MB CSV,
 * a zip bomb named .xlsx, a binary file named .csv and a cell of 1 MB each give their KPI one
 * clear data-file error, and the server goes on answering and checking edits.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { SCORECARD_REQUEST, type ScorecardResult } from '../../packages/language/src/lsp/scorecard-protocol.js';
import { startServer, type StdioServer } from '../support/stdio-server.js';
import { buildZip, deflated, deflatedZeros } from '../data/zip-builder.js';

const kpi = (name: string, file: string) => `kpi ${name} "${name}" {
    monitors S
    target >= 100
    every month
    actuals from "${file}"
}
`;
const STRATEGY = `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
${kpi('Big', 'data/big.csv')}${kpi('Bomb', 'data/bomb.xlsx')}${kpi('Binary', 'data/binary.csv')}${kpi('Wide', 'data/wide.csv')}`;

function hostileWorkspace(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'strat-hostile-'));
    mkdirSync(path.join(folder, 'data'));
    writeFileSync(path.join(folder, 'strategy.strat'), STRATEGY);
    writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-07-10" }\n');
    const row = '2026-06,100\n';
    writeFileSync(path.join(folder, 'data/big.csv'), `Month,Big\n${row.repeat(Math.ceil((50 * 1024 * 1024) / row.length))}`);
    writeFileSync(path.join(folder, 'data/bomb.xlsx'), buildZip([
        deflated('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        deflated('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
        { name: 'xl/worksheets/sheet1.xml', stored: deflatedZeros(1024), method: 8, size: 1024 * 1024 * 1024 }
    ]));
    writeFileSync(path.join(folder, 'data/binary.csv'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    writeFileSync(path.join(folder, 'data/wide.csv'), `Month,Wide\n2026-06,"${'x'.repeat(1024 * 1024)}"\n`);
    return folder;
}

describe('hostile data files in the editor', () => {
    let server: StdioServer | undefined;
    afterEach(async () => {
        await server?.close();
        server = undefined;
    });

    it('give one clear data-file error each, and the server carries on', async () => {
        const folder = hostileWorkspace();
        const s = server = await startServer(folder);
        const dataFile = () => (s.diagnostics('strategy.strat') ?? []).filter(d => d.code === 'data-file');
        await s.until('four data-file errors', () => dataFile().length === 4, 20_000);
        const messages = dataFile().map(d => d.message).join('\n');
        expect(messages).toMatch(/'data\/big\.csv' cannot be read: The file is 50 MB; a data file may be at most 32 MB/);
        expect(messages).toMatch(/'data\/bomb\.xlsx' cannot be read: .*1024 MB/);
        expect(messages).toMatch(/'data\/binary\.csv' cannot be read: The file is not text/);
        expect(messages).toMatch(/'data\/wide\.csv' cannot be read: Line 2 has a cell of 1,048,576 characters/);
        expect(dataFile().every(d => d.severity === 1)).toBe(true);

        const { scorecard } = await s.connection.sendRequest<ScorecardResult>(SCORECARD_REQUEST, { scope: 'workspace' });
        expect(scorecard.kpis.map(card => [card.name, card.value])).toEqual([['Big', null], ['Bomb', null], ['Binary', null], ['Wide', null]]);

        // Still checking edits: a KPI reading no file any more loses its error.
        const uri = s.uri('strategy.strat');
        await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'strat', version: 1, text: STRATEGY } });
        await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: STRATEGY.replace('    actuals from "data/big.csv"\n', '    actual 2026-06 120\n') }]
        });
        await s.until('three data-file errors after the edit', () => dataFile().length === 3);
    }, 60_000);
});
