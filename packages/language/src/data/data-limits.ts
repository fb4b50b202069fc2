/**
 * How much a data file may hold. A language server reads these files while the user types, so a
 * file over a limit is refused at once, with a message, instead of stalling or exhausting it.
 */

const MB = 1024 * 1024;

export const DATA_LIMITS = {
    /** A CSV/TSV file. 100,000 daily rows of 20 columns are about 15 MB; twice that leaves room for
     *  wider text cells, and a file is refused before it is parsed. */
    csvBytes: 32 * MB,
    /** Cells of a CSV/TSV file, header included: 100,000 rows of 20 columns and as much again.
     *  Bounds memory where the byte limit doesn't (a 32 MB file of "1,1,1…" has 16 million cells). */
    csvCells: 4_000_000,
    /** Characters in one cell: Excel's own limit, so nothing a spreadsheet writes is refused. */
    cellChars: 32_767,
    /** An .xlsx file (it is compressed: 20 MB is far more than the sheets below can hold). */
    xlsxBytes: 20 * MB,
    /** All parts of a workbook once decompressed, pictures included: what it takes in memory. */
    xlsxUnpackedBytes: 64 * MB,
    /** The parts other than pictures, the XML that exceljs parses, once decompressed. exceljs takes
     *  about 2 seconds and 300 MB of memory for 16 MB of sheet XML (24,000 rows of 20 columns, on
     *  the 2-core machine of the benchmarks), and grows in proportion: 50,000 rows take 9 seconds
     *  and 700 MB. Larger data reads far faster as CSV. */
    xlsxSheetBytes: 16 * MB,
    /** Parts in the workbook's zip: a workbook has tens; thousands only make a hostile file slow. */
    xlsxEntries: 2_000,
    /** Decompressed size over compressed size of one part. Sheet XML packs 5 to 30 times; deflate
     *  can reach about 1,000, which is what zip bombs use. */
    xlsxRatio: 200,
    /** Parts smaller than this are not held to the ratio: tiny repetitive XML packs well. */
    xlsxRatioFloor: MB
} as const;

/**
 * A file too big to read, told by its size alone: checked on the file's size before it is read
 * (a 5 GB export is never loaded into memory), and by the readers on the bytes they are given.
 */
export function sizeProblem(format: 'csv' | 'tsv' | 'xlsx', size: number): { problem: string } | undefined {
    if (format === 'xlsx') {
        return size > DATA_LIMITS.xlsxBytes
            ? { problem: `The file is ${megabytes(size)}; a workbook may be at most ${megabytes(DATA_LIMITS.xlsxBytes)}. Keep only the sheets and rows the strategy reads, or save the sheet as CSV.` }
            : undefined;
    }
    return size > DATA_LIMITS.csvBytes
        ? { problem: `The file is ${megabytes(size)}; a data file may be at most ${megabytes(DATA_LIMITS.csvBytes)}. Keep only the columns and rows the strategy reads, or one row per week or month.` }
        : undefined;
}

/** "50 MB", "3.2 MB", "48 KB", for messages. */
export function megabytes(bytes: number): string {
    if (bytes < MB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
    const value = bytes / MB;
    return `${value >= 10 || Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)} MB`;
}
