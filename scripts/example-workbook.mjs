#!/usr/bin/env node
/**
 * Writes the manufacturer example's workbook, examples/manufacturer/data/plant-kpis.xlsx, from
 * scripts/example-workbook-data.mjs: one sheet per table, date cells, percent-formatted cells,
 * formulas saved with their results, an empty cell.
 *
 *   node scripts/example-workbook.mjs           write the workbook
 *   node scripts/example-workbook.mjs --check   exit 1 if the committed workbook differs
 *
 * The bytes depend on nothing but the data: the workbook's dates are fixed, and the zip is packed
 * again with a fixed time on every part (exceljs stamps each part with the time of writing).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { SHEETS, WORKBOOK_FILE, WORKBOOK_PROPERTIES } from './example-workbook-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Zip times are local: a date built from local fields writes the same fields in every time zone.
const ZIP_TIME = new Date(2026, 8, 9, 16, 30);

/** The workbook's bytes. */
export async function exampleWorkbook() {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = WORKBOOK_PROPERTIES.creator;
    workbook.lastModifiedBy = WORKBOOK_PROPERTIES.lastModifiedBy;
    workbook.created = new Date(WORKBOOK_PROPERTIES.created);
    workbook.modified = new Date(WORKBOOK_PROPERTIES.modified);
    for (const sheet of SHEETS) {
        const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
        worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width, style: column.numFmt ? { numFmt: column.numFmt } : {} }));
        worksheet.getRow(1).font = { bold: true };
        sheet.rows.forEach((row, index) => {
            const excelRow = worksheet.getRow(index + 2);
            sheet.columns.forEach((column, c) => {
                const value = row[c];
                if (value === null) return; // left empty
                excelRow.getCell(c + 1).value = column.formula ? formulaCell(column, row, c, index + 2) : cellValue(column, value);
            });
        });
    }
    const packed = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parts = unzipSync(packed);
    return zipSync(Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, [bytes, { mtime: ZIP_TIME }]])), { level: 9 });
}

/** A value as Excel stores it: a day as a date, a percentage as its fraction. */
function cellValue(column, value) {
    if (column.kind === 'date') return new Date(`${value}T00:00:00Z`);
    if (column.kind === 'percent') return value / 100;
    return value;
}

/** A formula with the result Excel saves with it, which must show the value the data gives. */
function formulaCell(column, row, c, rowNumber) {
    const result = column.formula.result(row);
    const shown = column.kind === 'percent' ? result * 100 : result;
    const expected = row[c];
    if (Math.abs(shown - expected) > 1e-9) {
        throw new Error(`${column.header} in row ${rowNumber}: the formula gives ${shown}, the data says ${expected}`);
    }
    return { formula: column.formula.excel.replaceAll('{r}', String(rowNumber)), result };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const file = path.join(root, WORKBOOK_FILE);
    const bytes = await exampleWorkbook();
    if (process.argv.includes('--check')) {
        if (!Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))) {
            console.error(`${WORKBOOK_FILE} is out of date with scripts/example-workbook-data.mjs. Run: node scripts/example-workbook.mjs`);
            process.exit(1);
        }
    } else {
        writeFileSync(file, bytes);
        console.log(`Wrote ${WORKBOOK_FILE} (${bytes.length} bytes)`);
    }
}
