/**
 * The table a data file holds (docs/language.md#data-files), as the readers hand it over: a header
 * row and the rows below it, each cell with its text and, where the file says more, its meaning (a
 * number, a day, a percentage) and its place in the file. The readers interpret nothing: which
 * column holds the periods and how a value reads (docs/language.md#lexical-rules) is decided on top
 * of this.
 */

/** A place in a text file, as LSP counts it: 0-based line, 0-based character in UTF-16 code units. */
export interface DataPosition {
    readonly line: number;
    readonly character: number;
}

/** Where a cell is written in a CSV/TSV file (an LSP range; a quoted cell can span lines). */
export interface DataRange {
    readonly start: DataPosition;
    readonly end: DataPosition;
}

export interface DataCell {
    /** The cell's text, trimmed: in a CSV as written (quotes removed, `""` read as `"`); in a
     *  sheet the value written plainly (`1234.5`, `42%`, `2026-07-15`, `TRUE`, `#DIV/0!`),
     *  not as the cell's number format would show it. An empty cell has the text "". */
    readonly text: string;
    /** A numeric cell of a sheet (a formula's cached number too); for a percentage the shown
     *  number: a cell showing 42% holds 0.42 and is read as 42. */
    readonly number?: number;
    /** Set, with `number`, when the cell is formatted as a percentage. */
    readonly percent?: boolean;
    /** A date cell of a sheet: its day, YYYY-MM-DD (a time of day is dropped). */
    readonly day?: string;
    /** CSV/TSV: where the cell is written, from its first to past its last non-blank character
     *  (a quoted cell with its quotes), so that a bad value can be shown at its place. */
    readonly range?: DataRange;
}

export interface DataRow {
    /** The row's number as a person finds it: its line in a CSV/TSV (where it starts, if a quoted
     *  cell spans lines), its row number in a sheet. 1-based, for messages ("line 12", "row 12"). */
    readonly row: number;
    /** How many cells the row has: it may have fewer or more than the header. */
    readonly width: number;
    /** The cell in a column (0-based), undefined past the row's end. A CSV makes its cells when
     *  asked, so that 2 million of them cost nothing until two columns are read. */
    cell(column: number): DataCell | undefined;
}

export interface DataTable {
    /** The first non-empty row. */
    readonly header: readonly DataCell[];
    /** The non-empty rows below the header, in file order. */
    readonly rows: readonly DataRow[];
    /** For a workbook, the name of the sheet that was read. */
    readonly sheet?: string;
}

/** Why a file gives no table, in words for the person who keeps the file. `line` (0-based, CSV/TSV)
 *  is set when the problem is at a place in the file. */
export interface DataProblem {
    readonly problem: string;
    readonly line?: number;
}

export type ReadResult = { readonly table: DataTable } | DataProblem;

export function isProblem(result: ReadResult): result is DataProblem {
    return 'problem' in result;
}

/**
 * The index of the value column named `name` (docs/language.md#data-files: the first whose header,
 * trimmed, equals `name`, ignoring case), or -1. The first column holds periods, so it is never the
 * value column, whatever its header says; `name` is compared as written (only the header is
 * trimmed).
 */
export function findColumn(header: readonly DataCell[], name: string): number {
    const wanted = foldCase(name);
    return header.findIndex((cell, index) => index > 0 && foldCase(cell.text.trim()) === wanted);
}

// Both sides are folded the same way, so "NPS", "nps" and "Nps" meet; so do "Straße" and "STRASSE".
function foldCase(text: string): string {
    return text.toUpperCase().toLowerCase();
}
