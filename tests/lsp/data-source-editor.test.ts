/**
 * Writing `actuals from "…"` in the editor (docs/language.md#data-files): completion offers the
 * workspace's data files, relative to the .strat file, and the columns of the file named; hover
 * on the path tells what was read; go to definition opens the file at the latest value's row.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { MarkupContent, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS } from '../../packages/language/src/catalogue/element-kinds.js';
import { createStratServices, type StratServices } from '../../packages/language/src/strat-module.js';
import { NodeDataAccess } from '../../packages/language/src/node/node-data-access.js';

interface DiskWorkspace {
    services: StratServices;
    folder: string;
    uri(file: string): URI;
}

/** Files on disk (with their data files) built by services that read data, as the server's are. */
async function diskWorkspace(files: Record<string, string>): Promise<DiskWorkspace> {
    const folder = mkdtempSync(path.join(tmpdir(), 'strat-data-editor-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), text);
    }
    const services = createStratServices({ ...NodeFileSystem, dataFiles: NodeDataAccess }).Strat;
    services.config.Settings.setWorkspaceFolders([URI.file(folder)]);
    services.config.Settings.setCommandLine({ asOf: null });
    const documents = Object.keys(files).filter(name => name.endsWith('.strat')).map(name => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(files[name], URI.file(path.join(folder, name)));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, folder, uri: file => URI.file(path.join(folder, file)) };
}

const KPI = (source: string) => `kpi Revenue "Monthly revenue" {
    target >= 100
    every month
    ${source}
}
`;

const FILES = {
    'data/finance.csv': 'month;Revenue;Margin\n2026-05;95;31%\n2026-06;104;33%\n',
    'data/people.xlsx': 'not really a workbook, but named like one',
    'notes/readme.txt': 'not data',
    'node_modules/pkg/ignored.csv': 'a,b\n'
};

async function completionsAt(ws: DiskWorkspace, file: string, marker: string): Promise<CompletionItem[]> {
    const document = ws.services.shared.workspace.LangiumDocuments.getDocument(ws.uri(file))!;
    const offset = document.textDocument.getText().indexOf(marker) + marker.length;
    const list = await ws.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    return list?.items ?? [];
}

describe('actuals from in the editor', () => {
    it('completes the data files of the workspace, relative to the .strat file, quoted', async () => {
        const ws = await diskWorkspace({ ...FILES, 'plans/strategy.strat': KPI('actuals from ""') });
        const items = await completionsAt(ws, 'plans/strategy.strat', 'actuals from "');
        expect(items.map(item => item.label)).toEqual(['../data/finance.csv', '../data/people.xlsx']);
        expect((items[0].textEdit as TextEdit).newText).toBe('"../data/finance.csv"');
    });

    it('completes the columns of the file after column', async () => {
        const ws = await diskWorkspace({ ...FILES, 'strategy.strat': KPI('actuals from "data/finance.csv" column ""') });
        const items = await completionsAt(ws, 'strategy.strat', 'column "');
        expect(items.map(item => item.label)).toEqual(['Revenue', 'Margin']);
        expect((items[1].textEdit as TextEdit).newText).toBe('"Margin"');
    });

    it('offers sheet after column, and column after sheet, each with its own explanation', async () => {
        const docs = ELEMENT_KINDS.ActualsSource.properties;
        const explained = (items: CompletionItem[]) => items.filter(item => item.label === 'column' || item.label === 'sheet')
            .map(item => [item.label, MarkupContent.is(item.documentation) ? item.documentation.value : item.documentation]);
        const columnFirst = await diskWorkspace({ ...FILES, 'strategy.strat': KPI('actuals from "data/people.xlsx" column "Revenue" ') });
        expect(explained(await completionsAt(columnFirst, 'strategy.strat', 'column "Revenue" '))).toEqual([['sheet', docs.sheet.doc]]);
        const sheetFirst = await diskWorkspace({ ...FILES, 'strategy.strat': KPI('actuals from "data/people.xlsx" sheet "Team" ') });
        expect(explained(await completionsAt(sheetFirst, 'strategy.strat', 'sheet "Team" '))).toEqual([['column', docs.column.doc]]);
    });

    it('completes the columns after column when sheet comes first', async () => {
        const ws = await diskWorkspace({ ...FILES, 'strategy.strat': KPI('actuals from "data/finance.csv" sheet "S" column ""') });
        const items = await completionsAt(ws, 'strategy.strat', 'column "');
        expect(items.map(item => item.label)).toEqual(['Revenue', 'Margin']);
    });

    it('hovers the path with what was read: column, rows, the latest row', async () => {
        const ws = await diskWorkspace({ ...FILES, 'strategy.strat': KPI('actuals from "data/finance.csv"') });
        const document = ws.services.shared.workspace.LangiumDocuments.getDocument(ws.uri('strategy.strat'))!;
        const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(document.textDocument.getText().indexOf('data/finance') + 3)
        });
        const text = hover && MarkupContent.is(hover.contents) ? hover.contents.value : '';
        expect(text).toContain('**Data file** `data/finance.csv`');
        expect(text).toContain('**Column:** Revenue');
        expect(text).toContain('**Read:** 2 rows · latest 2026-06 = 104 (row 3)');
    });

    it('goes to the data file, at the line of the latest value', async () => {
        const ws = await diskWorkspace({ ...FILES, 'strategy.strat': KPI('actuals from "data/finance.csv"') });
        const document = ws.services.shared.workspace.LangiumDocuments.getDocument(ws.uri('strategy.strat'))!;
        const links = await ws.services.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(document.textDocument.getText().indexOf('finance'))
        });
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(ws.uri('data/finance.csv').toString());
        expect(links![0].targetRange.start).toEqual({ line: 2, character: 0 });
    });

    it('hovers a source that cannot be read with its problem', async () => {
        const ws = await diskWorkspace({ ...FILES, 'strategy.strat': KPI('actuals from "data/people.xlsx"') });
        const document = ws.services.shared.workspace.LangiumDocuments.getDocument(ws.uri('strategy.strat'))!;
        const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(document.textDocument.getText().indexOf('people'))
        });
        const text = hover && MarkupContent.is(hover.contents) ? hover.contents.value : '';
        expect(text).toContain('**Read:** 0 rows');
        expect(text).toMatch(/⚠ 'data\/people\.xlsx' cannot be read: /);
    });
});
