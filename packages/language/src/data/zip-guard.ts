/**
 * Checks an .xlsx before the spreadsheet library opens it. exceljs decompresses every part in full,
 * trusting the sizes the file declares; a zip bomb (a small file whose parts decompress to
 * gigabytes) would exhaust the language server. So the parts are listed, their declared sizes held
 * to the limits, and each is decompressed here with a cap at its declared size: a part that lies
 * about its size stops being decompressed at that size.
 */
import { inflateRawSync } from 'node:zlib';
import { DATA_LIMITS, megabytes } from './data-limits.js';
import type { DataProblem } from './data-table.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

const STORED = 0, DEFLATED = 8;

/** A problem if the bytes are not a workbook that is safe to open, else undefined. */
export function checkWorkbookZip(bytes: Uint8Array): DataProblem | undefined {
    let directory;
    try {
        directory = readZipDirectory(bytes, DATA_LIMITS.xlsxEntries);
    } catch {
        directory = { damaged: 'its table of contents is damaged' };
    }
    if (!directory) return { problem: notAZip(bytes) };
    if ('damaged' in directory) return damaged(directory.damaged);
    const { entries } = directory;
    const names = new Set(entries.map((entry) => entry.name.replace(/^\//, '')));
    if (!names.has('xl/workbook.xml')) return { problem: 'The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml). Save the data from Excel as "Excel Workbook (.xlsx)", or as CSV.' };
    const declared = sizeOf(entries);
    if (declared > DATA_LIMITS.xlsxUnpackedBytes) return tooLarge(declared);
    const sheets = sizeOf(entries.filter((entry) => !/^\/?xl\/media\//.test(entry.name)));
    if (sheets > DATA_LIMITS.xlsxSheetBytes) {
        return { problem: `The workbook's sheets hold ${megabytes(sheets)} of data once decompressed (about ${rowsOf20(sheets)} rows of 20 columns); for a workbook to be read in a few seconds they may hold at most ${megabytes(DATA_LIMITS.xlsxSheetBytes)} (about ${rowsOf20(DATA_LIMITS.xlsxSheetBytes)}). Keep only the sheets and rows the strategy reads, or save the sheet as CSV, which is read much faster.` };
    }
    for (const entry of entries) {
        const problem = checkEntry(bytes, entry);
        if (problem) return problem;
    }
    return undefined;
}

function checkEntry(bytes: Uint8Array, entry: ZipEntry): DataProblem | undefined {
    if (entry.encrypted) return { problem: 'The workbook is password-protected. Save a copy without a password for the strategy to read.' };
    if (entry.method !== STORED && entry.method !== DEFLATED) return damaged(`its part "${entry.name}" is compressed in a way workbooks don't use`);
    if (entry.size > DATA_LIMITS.xlsxRatioFloor && entry.size > entry.compressedSize * DATA_LIMITS.xlsxRatio) {
        return { problem: `The file is not a safe workbook: its part "${entry.name}" would grow from ${megabytes(entry.compressedSize)} to ${megabytes(entry.size)} when decompressed, as zip bombs do.` };
    }
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === STORED) return data.length === entry.size ? undefined : damaged(`its part "${entry.name}" has the wrong size`);
    let inflated: number;
    try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) }).length;
    } catch (error) {
        const tooLong = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
        if (tooLong) return { problem: `The file is not a safe workbook: its part "${entry.name}" decompresses to more than the ${megabytes(entry.size)} it declares, as zip bombs do.` };
        return damaged(`its part "${entry.name}" can't be decompressed`);
    }
    return inflated === entry.size ? undefined : damaged(`its part "${entry.name}" has the wrong size`);
}

function sizeOf(entries: readonly ZipEntry[]): number {
    return entries.reduce((sum, entry) => sum + entry.size, 0);
}

/** Sheet XML of dated rows of 20 numbers is about 700 bytes a row: a size in words a sheet's owner knows. */
function rowsOf20(bytes: number): string {
    const rows = bytes / 700;
    return (rows < 1000 ? Math.round(rows) : Math.round(rows / 1000) * 1000).toLocaleString('en-US');
}

function damaged(why: string): DataProblem {
    return { problem: `The workbook is damaged: ${why}. Open it in Excel and save it again.` };
}

function tooLarge(bytes: number): DataProblem {
    return { problem: `The workbook holds ${megabytes(bytes)} of data once decompressed; a workbook may hold at most ${megabytes(DATA_LIMITS.xlsxUnpackedBytes)}. Keep only the sheets and rows the strategy reads, or save the sheet as CSV, which is read much faster.` };
}

/** What a file that is no zip is, judging by its first bytes. */
function notAZip(bytes: Uint8Array): string {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    if (ole.every((byte, i) => bytes[i] === byte)) {
        return 'The file is an old Excel 97-2003 workbook (.xls) or a password-protected one. Save it in Excel as "Excel Workbook (.xlsx)", without a password.';
    }
    if (bytes.length === 0) return 'The file is empty: it is not an Excel workbook.';
    if ([0x50, 0x4b, 0x03, 0x04].every((byte, i) => bytes[i] === byte)) {
        return 'The workbook is cut off: its end, where a zip file lists its parts, is missing. Copy or save it again.';
    }
    const start = bytes.subarray(0, 4096);
    if (!start.includes(0)) {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true }); // a character cut at 4096 is fine
            return 'The file is text, not an Excel workbook (.xlsx). If it holds comma- or semicolon-separated values, name it .csv.';
        } catch {
            // not text either
        }
    }
    return 'The file is not an Excel workbook (.xlsx): it is not even a zip archive, which every .xlsx is. Was it renamed, or cut off while copied?';
}
