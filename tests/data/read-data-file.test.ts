import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dataFileFormat, readDataFile } from '../../packages/language/src/data/index.js';
import { problemOf, tableOf, textsOf } from './table-text.js';

describe('the kind of a data file, by its name', () => {
    it('is csv, tsv or xlsx, in any case', () => {
        expect(['data/customer.csv', 'Q.TSV', 'a.b/Sales.Xlsx'].map(dataFileFormat)).toEqual(['csv', 'tsv', 'xlsx']);
    });

    it('is none for other files, folders with dots and names without extension', () => {
        expect(['data.xls', 'notes.txt', 'data.csv/readme', 'csv', '.csv.bak', 'data.csv.'].map(dataFileFormat)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    });
});

describe('reading a data file by its kind', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);

    it('reads CSV and TSV', async () => {
        expect(textsOf(tableOf(await readDataFile(bytes('m;v\n2026-01;1,5\n'), 'csv')))).toEqual([['m', 'v'], ['2026-01', '1,5']]);
        expect(textsOf(tableOf(await readDataFile(bytes('m\tv\n2026-01\t1,5\n'), 'tsv', { sheet: 'ignored' })))).toEqual([['m', 'v'], ['2026-01', '1,5']]);
    });

    it('reads a workbook\'s named sheet', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('First').addRow(['a']);
        workbook.addWorksheet('Second').addRow(['b']);
        const file = new Uint8Array(await workbook.xlsx.writeBuffer());
        expect(tableOf(await readDataFile(file, 'xlsx', { sheet: 'Second' })).header[0].text).toBe('b');
        expect(tableOf(await readDataFile(file, 'xlsx')).header[0].text).toBe('a');
    });

    it('gives the problem of a file that is not of its kind', async () => {
        expect(problemOf(await readDataFile(bytes('a,b\n'), 'xlsx')).problem).toMatch(/^The file is text/);
    });
});
