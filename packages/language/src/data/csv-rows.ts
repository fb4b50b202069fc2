/**
 * The rows of a CSV/TSV table. They hold numbers (where each cell is) and make a cell object only
 * when one is asked for: a 100,000-row file of 20 columns is 2 million cells, of which a KPI reads two
 * columns, and 2 million objects cost the garbage collector more than the reading itself.
 */
import { cellCount, cellRange, positionAt, type CsvPlaces } from './csv-places.js';
import type { CsvRecords } from './csv-records.js';
import type { DataCell, DataRange, DataRow } from './data-table.js';

/**
 * Rows whose places are known. A row without quotes reads as its cells' places in the text;
 * a row with quotes reads as csv-parse read it (`parsed`, by row index). Rows whose cells are all
 * empty (`;;;`, as Excel exports rows that are only formatted) are no rows, as blank lines aren't.
 */
export function placedRows(text: string, places: CsvPlaces, parsed: ReadonlyMap<number, string[]>): DataRow[] {
    const rows: DataRow[] = [];
    for (let index = 0; index + 1 < places.firstCell.length; index++) {
        const texts = parsed.get(index);
        if (texts ? texts.every((cell) => cell === '') : !hasText(places, index)) continue;
        rows.push(new PlacedRow(text, places, index, texts));
    }
    return rows;
}

/** Rows as csv-parse read the whole text, placed only if the places agree (they always should). */
export function parsedRows(records: CsvRecords, places: CsvPlaces): DataRow[] {
    const agreed = places.badQuote === undefined && places.firstCell.length === records.length + 1
        && records.every((texts, row) => cellCount(places, row) === texts.length);
    if (agreed) return placedRows('', places, new Map(records.map((texts, index) => [index, texts])));
    return records.flatMap((texts, index) => (texts.every((cell) => cell === '') ? [] : [new UnplacedRow(texts, index + 1)]));
}

function hasText(places: CsvPlaces, row: number): boolean {
    for (let cell = places.firstCell[row]; cell < places.firstCell[row + 1]; cell++) {
        if (places.spans[2 * cell + 1] > places.spans[2 * cell]) return true;
    }
    return false;
}

/**
 * Cells and rows keep the file's places and text in private fields (#), so that printing or
 * serialising one shows the cell or row, not the whole file.
 */
class CsvCell implements DataCell {
    readonly #places: CsvPlaces | undefined;
    readonly #index: number;

    constructor(
        readonly text: string,
        places: CsvPlaces | undefined,
        index: number
    ) {
        this.#places = places;
        this.#index = index;
    }

    get range(): DataRange | undefined {
        return this.#places && cellRange(this.#places, this.#index);
    }

    toJSON(): DataCell {
        return { text: this.text, range: this.range };
    }
}

class PlacedRow implements DataRow {
    readonly row: number;
    readonly width: number;
    readonly #first: number;
    readonly #text: string;
    readonly #places: CsvPlaces;
    readonly #texts: string[] | undefined;

    constructor(text: string, places: CsvPlaces, index: number, texts: string[] | undefined) {
        this.#text = text;
        this.#places = places;
        this.#texts = texts;
        this.#first = places.firstCell[index];
        this.width = cellCount(places, index);
        this.row = positionAt(places, places.spans[2 * this.#first]).line + 1;
    }

    cell(column: number): DataCell | undefined {
        if (!(column >= 0 && column < this.width)) return undefined;
        const index = this.#first + column;
        const spans = this.#places.spans;
        const text = this.#texts ? this.#texts[column] : this.#text.slice(spans[2 * index], spans[2 * index + 1]);
        return new CsvCell(text, this.#places, index);
    }

    toJSON(): object {
        return rowJson(this);
    }
}

/** A row whose place is not known: its count stands in for its line. Never expected. */
class UnplacedRow implements DataRow {
    readonly #texts: string[];

    constructor(
        texts: string[],
        readonly row: number
    ) {
        this.#texts = texts;
    }

    get width(): number {
        return this.#texts.length;
    }

    cell(column: number): DataCell | undefined {
        return column >= 0 && column < this.#texts.length ? new CsvCell(this.#texts[column], undefined, -1) : undefined;
    }

    toJSON(): object {
        return rowJson(this);
    }
}

function rowJson(row: DataRow): object {
    return { row: row.row, cells: Array.from({ length: row.width }, (_, column) => row.cell(column)) };
}
