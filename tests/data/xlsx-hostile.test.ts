import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../packages/language/src/data/xlsx-reader.js';
import { buildZip, deflated, deflatedZeros, type ZipPart } from './zip-builder.js';
import { problemOf, tableOf } from './table-text.js';

const text = (s: string) => new TextEncoder().encode(s);

/** The smallest parts exceljs needs, then whatever a test adds. */
function workbookParts(...more: ZipPart[]): ZipPart[] {
    return [
        deflated('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        deflated('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
        ...more
    ];
}

async function quickly<T>(read: Promise<T>): Promise<{ result: T; ms: number }> {
    const started = performance.now();
    const result = await read;
    return { result, ms: performance.now() - started };
}

describe('the test zips are real zips', () => {
    it('reads back with another zip library', () => {
        const zip = buildZip([deflated('a.txt', 'hello'), { name: 'b.txt', stored: text('stored'), method: 0, size: 6, crc: crc32('stored') }]);
        const files = unzipSync(zip);
        expect(new TextDecoder().decode(files['a.txt'])).toBe('hello');
        expect(new TextDecoder().decode(files['b.txt'])).toBe('stored');
    });
});

describe('zip bombs named .xlsx are refused before anything is decompressed in full', () => {
    it('a part that declares 1 GB', async () => {
        const bomb = buildZip(workbookParts({ name: 'xl/worksheets/sheet1.xml', stored: deflatedZeros(1024), method: 8, size: 1024 * 1024 * 1024 }));
        expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
        const { result, ms } = await quickly(readXlsx(bomb));
        expect(problemOf(result).problem).toBe('The workbook holds 1024 MB of data once decompressed; a workbook may hold at most 64 MB. Keep only the sheets and rows the strategy reads, or save the sheet as CSV, which is read much faster.');
        expect(ms).toBeLessThan(5_000); // generous: nothing is decompressed
    });

    it('a part that lies: it declares 1 KB and decompresses to 1 GB', async () => {
        const bomb = buildZip(workbookParts({ name: 'xl/worksheets/sheet1.xml', stored: deflatedZeros(1024), method: 8, size: 1024 }));
        const { result, ms } = await quickly(readXlsx(bomb));
        expect(problemOf(result).problem).toBe('The file is not a safe workbook: its part "xl/worksheets/sheet1.xml" decompresses to more than the 1 KB it declares, as zip bombs do.');
        expect(ms).toBeLessThan(5_000); // generous: decompression stops at 1 KB
    });

    it('a part that packs more tightly than any sheet: 12 MB from 12 KB', async () => {
        const bomb = buildZip(workbookParts({ name: 'xl/sharedStrings.xml', stored: deflatedZeros(12), method: 8, size: 12 * 1024 * 1024 }));
        expect(problemOf(await readXlsx(bomb)).problem).toMatch(/^The file is not a safe workbook: its part "xl\/sharedStrings.xml" would grow from \d+ KB to 12 MB when decompressed, as zip bombs do.$/);
    });

    it('sheets of more data than exceljs reads in a few seconds, counted without pictures', async () => {
        const sheets = buildZip(workbookParts(
            { name: 'xl/worksheets/sheet1.xml', stored: deflatedZeros(10), method: 8, size: 10 * 1024 * 1024 },
            { name: 'xl/worksheets/sheet2.xml', stored: deflatedZeros(7), method: 8, size: 7 * 1024 * 1024 }
        ));
        expect(problemOf(await readXlsx(sheets)).problem).toBe('The workbook\'s sheets hold 17 MB of data once decompressed (about 25,000 rows of 20 columns); for a workbook to be read in a few seconds they may hold at most 16 MB (about 24,000). Keep only the sheets and rows the strategy reads, or save the sheet as CSV, which is read much faster.');
        // A picture of 18 MB is no sheet data: the workbook passes the checks (and has no sheets).
        const digits = Uint8Array.from({ length: 18 * 1024 * 1024 }, (_, i) => 0x30 + ((i * 2654435761) >>> 28) % 10);
        const picture = buildZip(workbookParts(deflated('xl/media/image1.png', digits)));
        expect(problemOf(await readXlsx(picture)).problem).toBe('The workbook has no sheets.');
    });

    it('thousands of parts', async () => {
        const many = Array.from({ length: 3000 }, (_, i) => deflated(`xl/media/image${i}.png`, 'x'));
        expect(problemOf(await readXlsx(buildZip(workbookParts(...many)))).problem).toBe('The workbook is damaged: it has 3,002 parts; a workbook has tens. Open it in Excel and save it again.');
    });

    it('a part that is larger than it declares when stored', async () => {
        const zip = buildZip(workbookParts({ name: 'xl/styles.xml', stored: text('<styleSheet/>'), method: 0, size: 5 }));
        expect(problemOf(await readXlsx(zip)).problem).toBe('The workbook is damaged: its part "xl/styles.xml" has the wrong size. Open it in Excel and save it again.');
    });
});

describe('files that are not workbooks', () => {
    it('a text file named .xlsx', async () => {
        expect(problemOf(await readXlsx(text('month,value\n2026-01,3\n'))).problem).toMatch(/^The file is text, not an Excel workbook \(.xlsx\). If it holds comma- or semicolon-separated values, name it .csv.$/);
    });

    it('binary data, an old .xls, an empty file', async () => {
        expect(problemOf(await readXlsx(new Uint8Array([0x00, 0xff, 0x10, 0x80, 0x00]))).problem).toMatch(/^The file is not an Excel workbook \(.xlsx\): it is not even a zip archive/);
        expect(problemOf(await readXlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).problem).toMatch(/old Excel 97-2003 workbook \(.xls\) or a password-protected one/);
        expect(problemOf(await readXlsx(new Uint8Array())).problem).toBe('The file is empty: it is not an Excel workbook.');
    });

    it('a workbook cut off while copied', async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet('S').addRow(['Month', 'NPS']);
        const whole = new Uint8Array(await workbook.xlsx.writeBuffer());
        expect(tableOf(await readXlsx(whole)).header.map((cell) => cell.text)).toEqual(['Month', 'NPS']);
        expect(problemOf(await readXlsx(whole.subarray(0, whole.length >> 1))).problem).toMatch(/^The workbook is cut off/);
    });

    it('a zip that is not a workbook', async () => {
        expect(problemOf(await readXlsx(buildZip([deflated('word/document.xml', '<w:document/>')]))).problem).toMatch(/^The file is a zip archive but not an Excel workbook/);
    });

    it('a password-protected part', async () => {
        const zip = buildZip(workbookParts({ ...deflated('xl/worksheets/sheet1.xml', '<worksheet/>'), flags: 1 }));
        expect(problemOf(await readXlsx(zip)).problem).toMatch(/^The workbook is password-protected/);
    });

    it('a workbook whose XML exceljs rejects', async () => {
        const zip = buildZip([
            deflated('[Content_Types].xml', '<Types/>'),
            deflated('xl/workbook.xml', '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"</sheets>')
        ]);
        expect(problemOf(await readXlsx(zip)).problem).toMatch(/^The workbook can't be read: it is damaged, or was not written by a spreadsheet program \(.+\)\. Open it in Excel and save it again\.$/);
    });

    it('XML entities that expand a billion times (not expanded)', async () => {
        const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            + Array.from({ length: 7 }, (_, i) => `<!ENTITY lol${i + 3} "${`&lol${i + 2};`.repeat(10)}">`).join('') + ']>'
            + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>';
        const { result, ms } = await quickly(readXlsx(buildZip(workbookParts(deflated('xl/sharedStrings.xml', laughs)))));
        expect('problem' in result).toBe(true);
        expect(ms).toBeLessThan(5_000);
    });

    it('a file over 20 MB, at once', async () => {
        const { result, ms } = await quickly(readXlsx(new Uint8Array(21 * 1024 * 1024)));
        expect(problemOf(result).problem).toBe('The file is 21 MB; a workbook may be at most 20 MB. Keep only the sheets and rows the strategy reads, or save the sheet as CSV.');
        expect(ms).toBeLessThan(2_000);
    });
});
