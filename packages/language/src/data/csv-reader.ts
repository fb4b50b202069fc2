/**
 * Reads a .csv or .tsv file (docs/language.md#data-files) into a table whose cells know where they
 * are written, so that a value that can't be read is shown at its row and cell in the editor.
 *
 * Rows with a quote character are read by csv-parse. A row without one has a single reading, its
 * cells between separators, which the places of its cells give directly, several times faster:
 * a file of daily values is read in a fraction of csv-parse's time even if its header is quoted.
 * A test holds this reading equal to csv-parse's on all kinds of text.
 */
import { delimiterOf, type DelimitedFormat, type Delimiter } from './csv-delimiter.js';
import { cellCount, findCsvPlaces, positionAt, type CsvPlaces } from './csv-places.js';
import { parseCsvRecords, tooManyCells } from './csv-records.js';
import { parsedRows, placedRows } from './csv-rows.js';
import { DATA_LIMITS, sizeProblem } from './data-limits.js';
import type { DataCell, DataProblem, DataRow, ReadResult } from './data-table.js';
import { decodeUtf8Text } from './text-bytes.js';

export function readDelimited(bytes: Uint8Array, format: DelimitedFormat): ReadResult {
    const tooBig = sizeProblem(format, bytes.length);
    if (tooBig) return tooBig;
    const decoded = decodeUtf8Text(bytes);
    if ('problem' in decoded) return decoded;
    const { text } = decoded;
    const delimiter = delimiterOf(format, text);
    const places = findCsvPlaces(text, delimiter, DATA_LIMITS.csvCells);
    if (!places) return tooManyCells();
    const rows = readRows(text, delimiter, places);
    if ('problem' in rows) return rows;
    if (rows.length === 0) return { problem: 'The file is empty: it needs a header row, then a row per period.' };
    const long = tooLongCell(text, places);
    if (long) return long;
    const [header, ...body] = rows;
    return { table: { header: cellsOf(header), rows: body } };
}

function readRows(text: string, delimiter: Delimiter, places: CsvPlaces): DataRow[] | DataProblem {
    const withQuotes: number[] = [];
    places.quoted.forEach((quoted, row) => quoted && withQuotes.push(row));
    if (withQuotes.length === 0) return placedRows(text, places, new Map());
    if (places.badQuote === undefined) {
        // csv-parse reads just the rows with quotes, one after the other.
        const parsed = parseCsvRecords(withQuotes.map((row) => rowText(text, places, row)).join('\n'), delimiter);
        const records = 'problem' in parsed ? [] : parsed.records;
        if (records.length === withQuotes.length && withQuotes.every((row, i) => cellCount(places, row) === records[i].length)) {
            return placedRows(text, places, new Map(withQuotes.map((row, i) => [row, records[i]])));
        }
    }
    // Quoting goes wrong somewhere: csv-parse reads the whole text, to say where.
    const parsed = parseCsvRecords(text, delimiter);
    return 'problem' in parsed ? parsed : parsedRows(parsed.records, places);
}

/** A row as written, from its first cell to the end of its last. */
function rowText(text: string, places: CsvPlaces, row: number): string {
    return text.slice(places.spans[2 * places.firstCell[row]], places.spans[2 * places.firstCell[row + 1] - 1]);
}

function cellsOf(row: DataRow): DataCell[] {
    return Array.from({ length: row.width }, (_, column) => row.cell(column)!);
}

/**
 * A cell over the length limit, found by the lengths of the cells' places (a quoted cell's place
 * is a little longer than its text), then measured without its quotes to be sure.
 */
function tooLongCell(text: string, places: CsvPlaces): DataProblem | undefined {
    const { spans, firstCell } = places;
    let row = 0;
    for (let index = 0; 2 * index < spans.length; index++) {
        if (spans[2 * index + 1] - spans[2 * index] <= DATA_LIMITS.cellChars) continue;
        const written = text.slice(spans[2 * index], spans[2 * index + 1]);
        const length = (written.startsWith('"') ? written.slice(1, -1).replaceAll('""', '"').trim() : written).length;
        if (length <= DATA_LIMITS.cellChars) continue;
        while (firstCell[row + 1] <= index) row++;
        const line = positionAt(places, spans[2 * index]).line;
        return {
            problem: `Line ${line + 1} has a cell of ${length.toLocaleString('en-US')} characters (column ${index - firstCell[row] + 1}); a cell may hold at most ${DATA_LIMITS.cellChars.toLocaleString('en-US')}, as in Excel. If it should be short, a quote may be missing.`,
            line
        };
    }
    return undefined;
}
