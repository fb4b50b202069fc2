/**
 * Reads a sheet of an .xlsx file (docs/language.md#data-files: the first sheet unless one is named)
 * with exceljs, after the file has passed the zip checks. Rows are numbered as Excel numbers them.
 */
import type { Worksheet } from 'exceljs';
import { sizeProblem } from './data-limits.js';
import type { DataCell, DataRow, ReadResult } from './data-table.js';
import { dataCell } from './xlsx-cell.js';
import { checkWorkbookZip } from './zip-guard.js';

export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<ReadResult> {
    const tooBig = sizeProblem('xlsx', bytes.length);
    if (tooBig) return tooBig;
    const unsafe = checkWorkbookZip(bytes);
    if (unsafe) return unsafe;
    // Loaded with the first workbook: exceljs takes up to a second to load, and most strategies read none.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    try {
        await workbook.xlsx.load(bytes.slice().buffer); // exceljs types its input as an ArrayBuffer; a copy is its own
    } catch (error) {
        return { problem: `The workbook can't be read: it is damaged, or was not written by a spreadsheet program (${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}). Open it in Excel and save it again.` };
    }
    const sheets = workbook.worksheets;
    if (sheets.length === 0) return { problem: 'The workbook has no sheets.' };
    const worksheet = sheet === undefined ? sheets[0] : findSheet(sheets, sheet);
    if (!worksheet) {
        return { problem: `The workbook has no sheet "${sheet}". Its sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')}.` };
    }
    const rows: DataRow[] = [];
    worksheet.eachRow((row, number) => {
        const cells: DataCell[] = [];
        for (let column = 1; column <= row.cellCount; column++) cells.push(dataCell(row.getCell(column)));
        while (cells.length > 0 && cells[cells.length - 1].text === '') cells.pop();
        if (cells.length > 0) rows.push(new SheetRow(number, cells));
    });
    if (rows.length === 0) return { problem: `The sheet "${worksheet.name}" is empty: it needs a header row, then a row per period.` };
    const [header, ...body] = rows as SheetRow[];
    return { table: { header: header.cells, rows: body, sheet: worksheet.name } };
}

/** The sheet of that name; Excel's names ignore case, so a name in another case finds it too. */
function findSheet(sheets: Worksheet[], name: string): Worksheet | undefined {
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
}

class SheetRow implements DataRow {
    constructor(
        readonly row: number,
        readonly cells: readonly DataCell[]
    ) {}

    get width(): number {
        return this.cells.length;
    }

    cell(column: number): DataCell | undefined {
        return column >= 0 ? this.cells[column] : undefined;
    }
}
