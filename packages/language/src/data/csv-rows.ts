/**
 * The rows of a CSV/TSV table. They hold numbers (where each cell is) and make a cell object only
 * when one is asked for: a 100,000-row file of 20 columns is 2 million cells, of which §8 reads two
 * columns, and 2 million objects cost the garbage collector more than the reading itself.
 */
import { cellCount, cellRange, positionAt, type CsvPlaces } from './csv-places.js';
import type { CsvRecords } from './csv-records.js';
import type { DataCell, DataRange, DataRow } from './data-table.js';

/**
 * Rows whose places are known. A row without quotes reads as its cells' places in the text;
 * a row with quotes reads as csv-parse read it (`parsed`, by row index).
 */
export function placedRows(text: string, places: CsvPlaces, parsed: ReadonlyMap<number, string[]>): DataRow[] {
    const rows: DataRow[] = [];
    for (let index = 0; index + 1 < places.firstCell.length; index++) rows.push(new PlacedRow(text, places, index, parsed.get(index)));
    return rows;
}

/** Rows as csv-parse read the whole text, placed only if the places agree (they always should). */
export function parsedRows(records: CsvRecords, places: CsvPlaces): DataRow[] {
    const agreed = places.badQuote === undefined && places.firstCell.length === records.length + 1
        && records.every((texts, row) => cellCount(places, row) === texts.length);
    return records.map((texts, index) => agreed ? new PlacedRow('', places, index, texts) : new UnplacedRow(texts, index + 1));
}

class CsvCell implements DataCell {
    constructor(
        readonly text: string,
        private readonly places: CsvPlaces | undefined,
        private readonly index: number
    ) {}

    get range(): DataRange | undefined {
        return this.places && cellRange(this.places, this.index);
    }
}

class PlacedRow implements DataRow {
    readonly row: number;
    readonly width: number;
    private readonly first: number;

    constructor(
        private readonly text: string,
        private readonly places: CsvPlaces,
        index: number,
        private readonly texts: string[] | undefined
    ) {
        this.first = places.firstCell[index];
        this.width = cellCount(places, index);
        this.row = positionAt(places, places.spans[2 * this.first]).line + 1;
    }

    cell(column: number): DataCell | undefined {
        if (!(column >= 0 && column < this.width)) return undefined;
        const index = this.first + column;
        const text = this.texts ? this.texts[column] : this.text.slice(this.places.spans[2 * index], this.places.spans[2 * index + 1]);
        return new CsvCell(text, this.places, index);
    }
}

/** A row whose place is not known: its count stands in for its line. Never expected. */
class UnplacedRow implements DataRow {
    constructor(
        private readonly texts: string[],
        readonly row: number
    ) {}

    get width(): number {
        return this.texts.length;
    }

    cell(column: number): DataCell | undefined {
        return column >= 0 && column < this.texts.length ? new CsvCell(this.texts[column], undefined, -1) : undefined;
    }
}
