/** Types of scripts/example-workbook-data.mjs (for the TypeScript tests). */

/** A cell as Strat reads it: a date column's day, a percent column's shown number; null when empty. */
export type SheetValue = string | number | null;

export interface SheetColumn {
    header: string;
    /** How the cell is stored: a date, text, a number, or a number formatted as a percentage. */
    kind: 'date' | 'text' | 'number' | 'percent';
    numFmt?: string;
    width: number;
    /** Written in every row with the result Excel saves with it (`{r}` is the row number). */
    formula?: { excel: string; result(row: readonly SheetValue[]): number };
}

export interface SheetData {
    name: string;
    columns: SheetColumn[];
    rows: SheetValue[][];
}

export declare const WORKBOOK_FILE: string;
export declare const WORKBOOK_PROPERTIES: { creator: string; lastModifiedBy: string; created: string; modified: string };
export declare const SHEETS: SheetData[];
