/**
 * The records of a CSV/TSV text with quotes, each a list of trimmed cell texts, blank lines
 * skipped, parsed by csv-parse; its errors told in the words of someone who edits the file.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { DATA_LIMITS } from './data-limits.js';
import type { DataProblem } from './data-table.js';
import type { Delimiter } from './csv-delimiter.js';

export type CsvRecords = string[][];

/** Stops csv-parse as soon as the file has more cells than allowed, before it holds them all. */
class TooManyCells extends Error {}

export function parseCsvRecords(text: string, delimiter: Delimiter): { records: CsvRecords } | DataProblem {
    let cells = 0;
    try {
        const records: CsvRecords = parse(text, {
            delimiter,
            record_delimiter: ['\r\n', '\n', '\r'],
            trim: true,
            skip_empty_lines: true,
            relax_column_count: true,
            bom: false, // already removed with the decoding
            on_record: (record: string[]) => {
                cells += record.length;
                if (cells > DATA_LIMITS.csvCells) throw new TooManyCells();
                // csv-parse keeps spaces inside quotes; docs/language.md#data-files trims every cell
                for (let i = 0; i < record.length; i++) record[i] = record[i].trim();
                return record;
            }
        });
        return { records };
    } catch (error) {
        if (error instanceof TooManyCells) return tooManyCells();
        if (error instanceof CsvError) return quotingProblem(error, text, delimiter);
        return { problem: `The file can't be read as ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${error instanceof Error ? error.message : String(error)}` };
    }
}

export function tooManyCells(): DataProblem {
    return { problem: `The file has more than ${DATA_LIMITS.csvCells.toLocaleString('en-US')} cells, more than a data file may hold. Keep only the columns and rows the strategy reads, or one row per week or month.` };
}

/** csv-parse's errors in the words of someone who edits the file in a spreadsheet or an editor. */
function quotingProblem(error: CsvError, text: string, delimiter: Delimiter): DataProblem {
    const separator = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
    const line = typeof error.bytes === 'number' ? lineOfCellAt(text, error.bytes) : undefined;
    const onLine = line === undefined ? '' : ` on line ${line + 1}`;
    switch (error.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return { problem: `A quoted cell${line === undefined ? '' : ` starting on line ${line + 1}`} is never closed: its closing " is missing, so the rest of the file would be one cell.`, line };
        case 'CSV_INVALID_CLOSING_QUOTE':
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
            return { problem: `A quoted cell${onLine} has more text after its closing quote, before the next ${separator}. Inside quotes, write a quote twice: "5"" screen".`, line };
        case 'INVALID_OPENING_QUOTE':
            return { problem: `A cell${onLine} has a quote in its middle. Put the whole cell in quotes and write the quote twice: "5"" screen".`, line };
        default:
            return { problem: `The file can't be read as ${delimiter === '\t' ? 'TSV' : 'CSV'}${onLine}: ${error.message}`, line };
    }
}

/**
 * csv-parse's own line count is off after a CRLF inside quotes; its byte count is exact and points
 * where the faulty cell begins: at the separator before it, or at the end of the row before it,
 * from where blank lines lead to it. Only on the error path, so plain and slow is fine.
 */
function lineOfCellAt(text: string, bytes: number): number {
    let at = Buffer.from(text).subarray(0, bytes).toString().length;
    while (at < text.length && /\s/.test(text[at])) at++;
    return text.slice(0, at).split(/\r\n|\n|\r/).length - 1;
}
