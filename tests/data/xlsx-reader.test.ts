import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPercentFormat } from '../../packages/language/src/data/xlsx-cell.js';
import { readXlsx } from '../../packages/language/src/data/xlsx-reader.js';
import { cellsOf, problemOf, tableOf } from './table-text.js';

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** A workbook as a KPI owner keeps one: several sheets, dates, percentages, formulas with their results. */
async function kpiWorkbook(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const kpis = workbook.addWorksheet('KPIs');
    kpis.addRow(['Month', 'NPS', 'Churn', 'Revenue', 'Note', 'Check']);
    kpis.addRow([utc('2026-01-01'), 31, 0.042, { formula: 'B2*1000', result: 31000 }, { richText: [{ text: 'On ' }, { text: 'track', font: { bold: true } }] }, true]);
    kpis.addRow([utc('2026-02-01'), null, 0.0375, { formula: 'B3*1000', result: { error: '#DIV/0!' } }, { text: 'dashboard', hyperlink: 'https://example.com' }, false]);
    kpis.addRow([]); // an empty row between
    kpis.addRow([new Date('2026-03-15T18:30:00Z'), 33.5, 0.4, { formula: 'SUM(B2:B4)' }, '  spaced  ']);
    kpis.getColumn(3).numFmt = '0.0%';
    kpis.getCell('A5').numFmt = 'yyyy-mm-dd hh:mm';
    kpis.getRow(6).getCell(2).value = 0.1 + 0.2; // a double's noise
    kpis.getRow(6).getCell(1).value = '2026-04';
    kpis.mergeCells('E6:F6');
    kpis.getCell('E6').value = 'merged';

    const monthly = workbook.addWorksheet('Monthly Sales');
    monthly.addRow([]);
    monthly.addRow(['', 'Period', 'Sales']); // the header is the first non-empty row, here row 2
    monthly.addRow(['', '2026-Q1', { formula: 'C4+C5', result: 0.5 }]);
    monthly.getCell('C3').numFmt = '0%';
    monthly.addRow(['', '2026-Q2', 12_000]);
    workbook.addWorksheet('Empty');
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let file: Uint8Array;
beforeAll(async () => {
    file = await kpiWorkbook();
});

describe('a workbook written by a spreadsheet library', () => {
    it('reads the first sheet by default, rows numbered as in Excel, an empty row skipped', async () => {
        const table = tableOf(await readXlsx(file));
        expect(table.sheet).toBe('KPIs');
        expect(table.header.map((cell) => cell.text)).toEqual(['Month', 'NPS', 'Churn', 'Revenue', 'Note', 'Check']);
        expect(table.rows.map((row) => row.row)).toEqual([2, 3, 5, 6]);
    });

    it('keeps the meaning of cells: days, numbers, percentages as shown, formulas by their saved result', async () => {
        const [jan, feb, mar, apr] = tableOf(await readXlsx(file)).rows;
        expect(Array.from({ length: jan.width }, (_, i) => jan.cell(i))).toEqual([
            { text: '2026-01-01', day: '2026-01-01' },
            { text: '31', number: 31 },
            { text: '4.2%', number: 4.2, percent: true },
            { text: '31000', number: 31000 },
            { text: 'On track' },
            { text: 'TRUE' }
        ]);
        expect(cellsOf(feb)).toEqual(['2026-02-01', '', '3.75%', '#DIV/0!', 'dashboard', 'FALSE']);
        expect(feb.cell(1)).toEqual({ text: '' });
        // A date with a time of day is that day; a formula saved without its result shows as the formula.
        expect(cellsOf(mar)).toEqual(['2026-03-15', '33.5', '40%', '=SUM(B2:B4)', 'spaced']);
        expect(mar.cell(0)!.day).toBe('2026-03-15');
        // 0.1 + 0.2 is read as Excel shows it; of a merged area only the first cell has the value.
        expect(Array.from({ length: apr.width }, (_, i) => apr.cell(i))).toEqual([
            { text: '2026-04' },
            { text: '0.3', number: 0.3 },
            { text: '' },
            { text: '' },
            { text: 'merged' }
        ]);
        expect(apr.cell(5)).toBeUndefined(); // trailing empty cells are not kept
    });

    it('reads a named sheet, also in another case, whose header is not on row 1; a percent-formatted formula result is a percentage', async () => {
        const table = tableOf(await readXlsx(file, 'monthly sales'));
        expect(table.sheet).toBe('Monthly Sales');
        expect(table.header.map((cell) => cell.text)).toEqual(['', 'Period', 'Sales']);
        expect(table.rows.map((row) => [row.row, ...cellsOf(row)])).toEqual([[3, '', '2026-Q1', '50%'], [4, '', '2026-Q2', '12000']]);
        expect(table.rows[0].cell(2)).toEqual({ text: '50%', number: 50, percent: true });
    });

    it('names the sheets when the named one is missing, and says when a sheet is empty', async () => {
        expect(problemOf(await readXlsx(file, 'Sales')).problem).toBe('The workbook has no sheet "Sales". Its sheets: "KPIs", "Monthly Sales", "Empty".');
        expect(problemOf(await readXlsx(file, 'Empty')).problem).toMatch(/^The sheet "Empty" is empty/);
    });
});

describe('percentage formats', () => {
    it('show a percentage for a % outside quotes, escapes and brackets', () => {
        expect(['0%', '0.00%', '#,##0.0%;[Red]-#,##0.0%', '[Blue]0%'].map(isPercentFormat)).toEqual([true, true, true, true]);
        expect(['0.00', '"%"0', '0\\%', '[$%-409]0', 'General', undefined].map(isPercentFormat)).toEqual([false, false, false, false, false, false]);
    });
});
