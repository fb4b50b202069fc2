import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../packages/language/src/data/csv-reader.js';
import { findColumn } from '../../packages/language/src/data/data-table.js';
import { cellsOf, covered, problemOf, tableOf, textsOf } from './table-text.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = '\uFEFF';
const csv = (text: string) => readDelimited(utf8(text), 'csv');

describe('CSV as spreadsheets and BI tools write it', () => {
    it('reads Excel\'s "CSV UTF-8" export: BOM, ";" (a comma is the decimal mark), CRLF, a quoted cell', () => {
        const file = `${BOM}Monat;NPS;Umsatz (EUR);Kommentar\r\n2026-01;31;1.234,5;\r\n2026-02;33,5;1.300;"Ziel; erreicht"\r\n`;
        const table = tableOf(csv(file));
        expect(textsOf(table)).toEqual([
            ['Monat', 'NPS', 'Umsatz (EUR)', 'Kommentar'],
            ['2026-01', '31', '1.234,5', ''],
            ['2026-02', '33,5', '1.300', 'Ziel; erreicht']
        ]);
        expect(table.rows.map((row) => row.row)).toEqual([2, 3]);
        // The BOM is not part of the text an editor shows: the first cell starts at character 0.
        expect(table.header[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
    });

    it('takes "," when the header has no ";" and reads quoted headers with commas and "" escapes', () => {
        const file = 'month,"Revenue, net (EUR)","The ""North"" region"\n2026-01,"12,000",7\n';
        expect(textsOf(tableOf(csv(file)))).toEqual([
            ['month', 'Revenue, net (EUR)', 'The "North" region'],
            ['2026-01', '12,000', '7']
        ]);
    });

    it('does not take a ";" inside a quoted header cell for the separator', () => {
        expect(textsOf(tableOf(csv('"period; month",value\n2026-01,3\n')))).toEqual([['period; month', 'value'], ['2026-01', '3']]);
    });

    it('reads a cell with line breaks inside quotes, and numbers each row by the line it starts on', () => {
        const file = 'month,note,value\r\n2026-01,"two\r\nlines",4\r\n2026-02,,5\r\n';
        const table = tableOf(csv(file));
        expect(textsOf(table)).toEqual([['month', 'note', 'value'], ['2026-01', 'two\r\nlines', '4'], ['2026-02', '', '5']]);
        expect(table.rows.map((row) => row.row)).toEqual([2, 4]);
    });

    it('skips blank lines before the header, between rows and at the end; trims every cell', () => {
        const file = '\n  \nmonth , value\n\n 2026-01 ,  " 12 " \n\t\n2026-02,13\n\n\n   \n';
        const table = tableOf(csv(file));
        expect(textsOf(table)).toEqual([['month', 'value'], ['2026-01', '12'], ['2026-02', '13']]);
        expect(table.rows.map((row) => row.row)).toEqual([5, 7]);
    });

    it('keeps rows shorter or longer than the header', () => {
        const table = tableOf(csv('month,a,b\n2026-01\n2026-02,1,2,3\n'));
        expect(table.rows.map((row) => row.width)).toEqual([1, 4]);
        expect(table.rows[0].cell(1)).toBeUndefined();
        expect(table.rows[1].cell(3)?.text).toBe('3');
        expect(table.rows[1].cell(-1)).toBeUndefined();
    });

    it('reads a file without a final line break, and one of LF, CRLF and lone CR mixed', () => {
        expect(textsOf(tableOf(csv('m,v\n2026-01,1')))).toEqual([['m', 'v'], ['2026-01', '1']]);
        expect(textsOf(tableOf(csv('m,v\r\n2026-01,1\n2026-02,2\r2026-03,"3"\r\n')))).toEqual([['m', 'v'], ['2026-01', '1'], ['2026-02', '2'], ['2026-03', '3']]);
    });

    it('reads a TSV: tabs separate, quotes work as in CSV', () => {
        const table = tableOf(readDelimited(utf8('Month\tNPS; score\tNote\n2026-01\t31\t"a\tb"\n2026-02\t 33 \t\n'), 'tsv'));
        expect(textsOf(table)).toEqual([['Month', 'NPS; score', 'Note'], ['2026-01', '31', 'a\tb'], ['2026-02', '33', '']]);
    });

    it('skips rows of empty cells, as Excel exports rows that are only formatted, also before the header', () => {
        const table = tableOf(csv(';;\r\nMonat;NPS;Notiz\r\n2026-01;31;\r\n;;\r\n ; "" ;\r\n2026-02;33;\r\n;;\r\n;;\r\n'));
        expect(textsOf(table)).toEqual([['Monat', 'NPS', 'Notiz'], ['2026-01', '31', ''], ['2026-02', '33', '']]);
        expect(table.rows.map((row) => row.row)).toEqual([3, 6]);
        expect(textsOf(tableOf(readDelimited(utf8('a\tb\n\t\t\n1\t2\n'), 'tsv')))).toEqual([['a', 'b'], ['1', '2']]);
    });
});

describe('a large file within the limits', () => {
    it('reads 100,000 daily rows of 20 columns (about 15 MB), each row at its line', () => {
        const lines = ['Day,' + Array.from({ length: 19 }, (_, i) => `"Metric ${i + 1}, EUR"`).join(',')];
        for (let r = 0; r < 100_000; r++) {
            lines.push([new Date(Date.UTC(1760, 0, 1) + r * 86_400_000).toISOString().slice(0, 10), ...Array.from({ length: 19 }, (_, c) => (r + c / 100).toFixed(2))].join(','));
        }
        const table = tableOf(csv(lines.join('\r\n') + '\r\n'));
        expect(table.header[19].text).toBe('Metric 19, EUR');
        expect(table.rows.length).toBe(100_000);
        const last = table.rows[99_999];
        expect([last.row, last.width, last.cell(0)!.text, last.cell(19)!.text]).toEqual([100_001, 20, '2033-10-15', '99999.18']);
        expect(last.cell(19)!.range).toEqual({ start: { line: 100_000, character: 173 }, end: { line: 100_000, character: 181 } });
    });
});

describe('where each cell is written (LSP ranges: 0-based lines, UTF-16 characters)', () => {
    it('covers exactly the cell, with its quotes, in a file with BOM, CRLF, multibyte text and a quoted line break', () => {
        const shown = 'Période;"Valeur 🚀";Note\r\n  2026-01 ; "4,5" ;"dit ""oui""\r\net non"\r\n2026-02;😀5;\r\n';
        const table = tableOf(csv(BOM + shown));
        const [row1, row2] = table.rows;
        expect(table.header.map((cell) => covered(shown, cell.range))).toEqual(['Période', '"Valeur 🚀"', 'Note']);
        expect(cellsOf(row1).map((_, i) => covered(shown, row1.cell(i)!.range))).toEqual(['2026-01', '"4,5"', '"dit ""oui""\r\net non"']);
        expect(row1.cell(2)!.range).toEqual({ start: { line: 1, character: 19 }, end: { line: 2, character: 7 } });
        expect(cellsOf(row2).map((_, i) => covered(shown, row2.cell(i)!.range))).toEqual(['2026-02', '😀5', '']);
        // "😀" is two UTF-16 code units: the cell after it ends at character 11, not 10.
        expect(row2.cell(1)!.range).toEqual({ start: { line: 3, character: 8 }, end: { line: 3, character: 11 } });
        // An empty cell sits where its separator is, so a diagnostic on it is still visible.
        expect(row2.cell(2)!.range).toEqual({ start: { line: 3, character: 12 }, end: { line: 3, character: 12 } });
    });

    it('is the same for rows read by csv-parse (with quotes) and rows without any', () => {
        const shown = '"month",value\nx,1\n"y",2\n';
        const table = tableOf(csv(shown));
        expect(table.rows.map((row) => covered(shown, row.cell(0)!.range))).toEqual(['x', '"y"']);
        expect(table.rows.map((row) => row.cell(1)!.range!.start)).toEqual([{ line: 1, character: 2 }, { line: 2, character: 4 }]);
    });
});

describe('cells and rows serialise as themselves, not as the file they come from', () => {
    it('gives the text and range of a cell, the number and cells of a row', () => {
        const row = tableOf(csv('m,v\n2026-01,"7"\n')).rows[0];
        expect(JSON.parse(JSON.stringify(row))).toEqual({
            row: 2,
            cells: [
                { text: '2026-01', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } } },
                { text: '7', range: { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } } }
            ]
        });
    });
});

describe('files that are not readable data give a problem, not an exception', () => {
    it('a binary file named .csv', () => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x0a, 0xff]);
        expect(problemOf(readDelimited(bytes, 'csv')).problem).toMatch(/^The file is not text: it holds binary data/);
    });

    it('a file in Windows-1252, as Excel\'s plain "CSV" saves it, naming the line', () => {
        const bytes = new Uint8Array([...utf8('month;value\n2026-01;1\n'), ...[0x44, 0xe9, 0x63, 0x3b, 0x32, 0x0a]]);
        expect(problemOf(readDelimited(bytes, 'csv'))).toEqual({
            problem: expect.stringMatching(/^The file is not UTF-8 text: line 3 has a character in another encoding .* "CSV UTF-8/),
            line: 2
        });
    });

    it('a UTF-16 file, as Excel\'s "Unicode Text" saves it', () => {
        const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('m\tv\n', 'utf16le')]);
        expect(problemOf(readDelimited(bytes, 'tsv')).problem).toMatch(/UTF-16/);
    });

    it('an empty file, or one of blank lines', () => {
        expect(problemOf(csv('')).problem).toMatch(/^The file is empty/);
        expect(problemOf(csv(`${BOM}\r\n  \r\n`)).problem).toMatch(/^The file is empty/);
    });

    it('a quoted cell never closed, at the line where its quote opens', () => {
        const file = 'month,note\n2026-01,ok\n\n2026-02,"forgot\n2026-03,x\n2026-04,y\n';
        expect(problemOf(csv(file))).toEqual({ problem: expect.stringMatching(/^A quoted cell starting on line 4 is never closed/), line: 3 });
    });

    it('text after a closing quote, with its line, also after a quoted CRLF line break', () => {
        const file = 'month,note\r\n2026-01,"a\r\nb"\r\n2026-02,"x"y\r\n';
        expect(problemOf(csv(file))).toEqual({ problem: expect.stringMatching(/^A quoted cell on line 4 has more text after its closing quote, before the next ","/), line: 3 });
    });

    it('a quote in the middle of a cell, with its line', () => {
        expect(problemOf(csv('month,screen\n2026-01,5" wide\n'))).toEqual({ problem: expect.stringMatching(/^A cell on line 2 has a quote in its middle/), line: 1 });
    });

    it('a cell of 1 MB, naming its line and column, after rows of empty cells', () => {
        const file = `month,value,note\n,,\n2026-01,1,short\n,,\n2026-02,2,${'x'.repeat(1 << 20)}\n`;
        expect(problemOf(csv(file))).toEqual({ problem: expect.stringMatching(/^Line 5 has a cell of 1,048,576 characters \(column 3\); a cell may hold at most 32,767/), line: 4 });
    });

    it('a quoted cell of 1 MB, as a missing closing quote makes it', () => {
        const file = `month,note\n2026-01,"${'a,b\n'.repeat(300_000)}"\n`;
        expect(problemOf(csv(file)).problem).toMatch(/^Line 2 has a cell of 1,199,999 characters \(column 2\)/);
    });

    it('more cells than a data file may hold, before holding them all', () => {
        const file = '1,'.repeat(2_000_000) + '\n' + '1,'.repeat(2_000_000);
        expect(problemOf(csv(file)).problem).toMatch(/^The file has more than 4,000,000 cells/);
    });

    it('a 50 MB file, at once, before reading it', () => {
        const row = '2026-01-01,' + '1234.5,'.repeat(19) + '\n';
        const bytes = Buffer.alloc(50 * 1024 * 1024, row);
        const started = performance.now();
        expect(problemOf(readDelimited(bytes, 'csv')).problem).toBe('The file is 50 MB; a data file may be at most 32 MB. Keep only the columns and rows the strategy reads, or one row per week or month.');
        expect(performance.now() - started).toBeLessThan(3_000); // generous: it is refused without reading
    });
});

describe('the value column by its header (docs/language.md#data-files)', () => {
    const header = tableOf(csv(' Month ,NPS, Revenue (EUR) ,nps\n')).header;

    it('is the first header cell after the periods equal to the name, the header trimmed, ignoring case', () => {
        expect(findColumn(header, 'nps')).toBe(1);
        expect(findColumn(header, 'revenue (eur)')).toBe(2);
    });

    it('is -1 if there is none: the name is compared as written, and the periods\' column is not a value column', () => {
        expect(findColumn(header, 'Revenue')).toBe(-1);
        expect(findColumn(header, '')).toBe(-1);
        expect(findColumn(header, '  revenue (eur)')).toBe(-1);
        expect(findColumn(header, 'MONTH')).toBe(-1);
    });

    it('skips the periods\' column when it bears the same name', () => {
        expect(findColumn(tableOf(csv('Rev,Rev\n2026-01,5\n')).header, 'rev')).toBe(1);
    });
});
