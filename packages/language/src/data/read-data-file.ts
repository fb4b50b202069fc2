/**
 * A data file of §8 read by its kind, told by its name. The caller reads the bytes (through
 * Langium's FileSystemProvider) and decides what the table means.
 */
import type { ReadResult } from './data-table.js';
import { readDelimited } from './csv-reader.js';
import { readXlsx } from './xlsx-reader.js';

export type DataFileFormat = 'csv' | 'tsv' | 'xlsx';

/** The format of a data file by its extension, in any case (`.CSV` too); undefined for any other file. */
export function dataFileFormat(path: string): DataFileFormat | undefined {
    const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
    return extension === 'csv' || extension === 'tsv' || extension === 'xlsx' ? extension : undefined;
}

/** Reads a data file's bytes. `sheet` names a workbook's sheet; a CSV/TSV has none and ignores it. */
export async function readDataFile(bytes: Uint8Array, format: DataFileFormat, options: { sheet?: string } = {}): Promise<ReadResult> {
    try {
        return format === 'xlsx' ? await readXlsx(bytes, options.sheet) : readDelimited(bytes, format);
    } catch (error) {
        // The readers return problems; this is the last guard that keeps a server up if one slips through.
        return { problem: `The file can't be read: ${error instanceof Error ? error.message : String(error)}` };
    }
}
