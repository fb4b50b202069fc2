/**
 * A data file (docs/language.md#data-files) read by its kind, told by its name. The caller reads
 * the bytes (through Langium's FileSystemProvider) and decides what the table means.
 */
import type { DataFileFormat } from './data-path.js';
import type { ReadResult } from './data-table.js';
import { readDelimited } from './csv-reader.js';
import { readXlsx } from './xlsx-reader.js';

// Told by the name without reading anything: data-path.ts, free of Node's modules like everything the editor features import.
export { dataFileFormat, type DataFileFormat } from './data-path.js';

/** Reads a data file's bytes. `sheet` names a workbook's sheet; a CSV/TSV has none and ignores it. */
export async function readDataFile(bytes: Uint8Array, format: DataFileFormat, options: { sheet?: string } = {}): Promise<ReadResult> {
    try {
        return format === 'xlsx' ? await readXlsx(bytes, options.sheet) : readDelimited(bytes, format);
    } catch (error) {
        // The readers return problems; this is the last guard that keeps a server up if one slips through.
        return { problem: `The file can't be read: ${error instanceof Error ? error.message : String(error)}` };
    }
}
