/**
 * The reader takes rows without quotes straight from their cells' places, and gives the rest to
 * csv-parse. On any text, its table must be csv-parse's reading of the whole text, and every
 * cell's range must cover what the cell reads.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readDelimited } from '../../packages/language/src/data/csv-reader.js';
import { covered, tableOf, textsOf } from './table-text.js';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];

function generate(seed: number, separator: ',' | '\t', withQuotes: boolean): string {
    const next = random(seed);
    const plain = ['a', 'Z', '7', '-', '.', ' ', ' ', '\u00a0', 'é', '😀', '%', '_'];
    const special = [separator, '"', '\n', '\r\n'];
    const cell = () => {
        const length = Math.floor(next() * 5);
        let text = '';
        for (let i = 0; i < length; i++) text += withQuotes && next() < 0.2 ? pick(next, special) : pick(next, plain);
        if (!withQuotes) return text;
        const needsQuotes = /["\n\r]/.test(text) || text.includes(separator);
        if (!needsQuotes && next() < 0.8) return text;
        const spaces = () => (next() < 0.2 ? ' ' : '');
        return `${spaces()}"${text.replaceAll('"', '""')}"${spaces()}`;
    };
    const lines: string[] = [];
    const rows = 1 + Math.floor(next() * 12);
    for (let r = 0; r < rows; r++) {
        if (next() < 0.15) lines.push(pick(next, ['', '  ', '\u00a0']));
        const width = 1 + Math.floor(next() * 4);
        lines.push(Array.from({ length: width }, cell).join(separator));
    }
    const ends = ['\n', '\r\n', '\r'];
    return lines.map((line, i) => line + (i < lines.length - 1 || next() < 0.5 ? pick(next, ends) : '')).join('');
}

function csvParseReading(text: string, separator: string): string[][] {
    const records: string[][] = parse(text, { delimiter: separator, record_delimiter: ['\r\n', '\n', '\r'], trim: true, skip_empty_lines: true, relax_column_count: true });
    // Rows of empty cells are skipped like blank lines.
    return records.map((cells) => cells.map((cell) => cell.trim())).filter((cells) => cells.some((cell) => cell !== ''));
}

/** What a range covers, read as a cell: quotes removed, `""` as `"`, trimmed. */
function asCell(written: string): string {
    return written.startsWith('"') ? written.slice(1, -1).replaceAll('""', '"').trim() : written;
}

describe.each([
    { kind: 'without quotes', separator: ',' as const, withQuotes: false },
    { kind: 'with quotes', separator: ',' as const, withQuotes: true },
    { kind: 'TSV with quotes', separator: '\t' as const, withQuotes: true }
])('random files $kind', ({ separator, withQuotes }) => {
    it('read as csv-parse reads the whole text, each cell where its range says', () => {
        let compared = 0;
        for (let seed = 1; seed <= 400; seed++) {
            const text = generate(seed, separator, withQuotes);
            const expected = csvParseReading(text, separator);
            const result = readDelimited(new TextEncoder().encode(text), separator === ',' ? 'csv' : 'tsv');
            if (expected.length === 0) {
                expect('problem' in result, `seed ${seed}`).toBe(true);
                continue;
            }
            const table = tableOf(result);
            expect(textsOf(table), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(expected);
            for (const row of [{ cell: (i: number) => table.header[i], width: table.header.length }, ...table.rows]) {
                for (let i = 0; i < row.width; i++) {
                    const cell = row.cell(i)!;
                    expect(asCell(covered(text, cell.range)!), `seed ${seed}`).toBe(cell.text);
                }
            }
            compared++;
        }
        expect(compared).toBeGreaterThan(300);
    });
});
