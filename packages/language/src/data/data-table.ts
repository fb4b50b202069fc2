/**
 * A table read from a data file (interim: the readers' branch brings the full module).
 */
export interface DataCell {
    text: string;
    number?: number;
    day?: string;
    percent?: boolean;
    range?: { line: number; start: number; end: number };
}

export interface DataRow {
    row: number;
    cells: DataCell[];
}

export interface DataTable {
    header: DataCell[];
    rows: DataRow[];
    sheet?: string;
}

export type ReadResult = { table: DataTable } | { problem: string };

/** The index of the first header cell equal to `name`, trimmed and in any case. */
export function findHeader(header: readonly DataCell[], name: string): number | undefined {
    const wanted = name.trim().toLowerCase();
    const index = header.findIndex(cell => cell.text.trim().toLowerCase() === wanted);
    return index < 0 ? undefined : index;
}
