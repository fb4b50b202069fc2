/**
 * The manufacturer example's workbook (examples/manufacturer/data/plant-kpis.xlsx) holds what
 * scripts/example-workbook-data.mjs says, read through Strat's own reader: the committed binary
 * and the data it is written from cannot drift apart. After a change to the data, run
 * `node scripts/example-workbook.mjs`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../packages/language/src/data/read-data-file.js';
import type { DataCell } from '../../packages/language/src/data/data-table.js';
import { SHEETS, WORKBOOK_FILE, type SheetColumn, type SheetValue } from '../../scripts/example-workbook-data.mjs';
import { REPO_ROOT } from '../support/paths.js';
import { tableOf } from './table-text.js';

const bytes = (): Uint8Array => new Uint8Array(readFileSync(path.join(REPO_ROOT, WORKBOOK_FILE)));

/** The cell Strat's reader gives for a value of the data. */
function expectedCell(column: SheetColumn, value: SheetValue): Partial<DataCell> {
    if (value === null) return { text: '' };
    switch (column.kind) {
        case 'date': return { day: String(value) };
        case 'text': return { text: String(value) };
        case 'percent': return { number: Number(value), percent: true };
        case 'number': return { number: Number(value) };
    }
}

describe(`the example workbook ${WORKBOOK_FILE}`, () => {
    it('has the sheets of the data, in its order (the first is read when a KPI names none)', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes().slice().buffer);
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS.map((sheet) => sheet.name));
        expect(tableOf(await readDataFile(bytes(), 'xlsx')).sheet).toBe(SHEETS[0].name);
    });

    it.each(SHEETS.map((sheet) => [sheet.name, sheet] as const))('reads sheet %s as the data says', async (name, sheet) => {
        const table = tableOf(await readDataFile(bytes(), 'xlsx', { sheet: name }));
        expect(table.header.map((cell) => cell.text)).toEqual(sheet.columns.map((column) => column.header));
        expect(table.rows.map((row) => row.row)).toEqual(sheet.rows.map((_, index) => index + 2));
        table.rows.forEach((row, r) => {
            sheet.columns.forEach((column, c) => {
                const cell = row.cell(c) ?? { text: '' };
                expect(cell, `${name}!${column.header} in row ${row.row}`).toMatchObject(expectedCell(column, sheet.rows[r][c]));
                if (sheet.rows[r][c] === null) expect(cell.number, `${name}!${column.header} in row ${row.row} is empty`).toBeUndefined();
            });
        });
    });

    it('keeps what the example shows: date cells, percent formats, formulas saved with their results, an empty cell', async () => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes().slice().buffer);
        const formulas = SHEETS.flatMap((sheet) => sheet.columns.flatMap((column, c) => column.formula
            ? sheet.rows.map((_, r) => workbook.getWorksheet(sheet.name)?.getRow(r + 2).getCell(c + 1).value)
            : []));
        expect(formulas.length).toBeGreaterThan(0);
        for (const value of formulas) expect(value).toMatchObject({ formula: expect.any(String), result: expect.any(Number) });
        const kinds = new Set(SHEETS.flatMap((sheet) => sheet.columns.map((column) => column.kind)));
        expect([...kinds].sort()).toEqual(['date', 'number', 'percent', 'text']);
        expect(SHEETS.some((sheet) => sheet.rows.some((row) => row.includes(null)))).toBe(true);
    });
});
