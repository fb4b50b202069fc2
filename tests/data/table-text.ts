/** Test helpers: a table as plain arrays, and ranges as the text they cover. */
import type { DataRange, DataRow, DataTable, ReadResult } from '../../packages/language/src/data/data-table.js';

export function tableOf(result: ReadResult): DataTable {
    if ('problem' in result) throw new Error(`expected a table, got the problem: ${result.problem}`);
    return result.table;
}

export function problemOf(result: ReadResult): { problem: string; line?: number } {
    if (!('problem' in result)) throw new Error('expected a problem, got a table');
    return result;
}

export function cellsOf(row: DataRow): string[] {
    return Array.from({ length: row.width }, (_, column) => row.cell(column)!.text);
}

/** Header and rows as texts. */
export function textsOf(table: DataTable): string[][] {
    return [table.header.map((cell) => cell.text), ...table.rows.map(cellsOf)];
}

/** The text a range covers in a document whose lines end in LF, CRLF or CR (as LSP counts). */
export function covered(document: string, range: DataRange | undefined): string | undefined {
    if (!range) return undefined;
    const lines = document.split(/(?<=\r\n|\n|\r(?!\n))/);
    const offset = (line: number, character: number) => lines.slice(0, line).join('').length + character;
    return document.slice(offset(range.start.line, range.start.character), offset(range.end.line, range.end.character));
}
