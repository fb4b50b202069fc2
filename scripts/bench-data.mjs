#!/usr/bin/env node
/**
 * Speed of the data-file readers (docs/language.md#data-files), not a test. Needs `npm run build` first.
 *  1. A CSV of 100,000 daily rows × 20 columns (about 15 MB): plain, with an Excel-style quoted
 *     header, and with every cell quoted (all of it read by csv-parse), read from bytes; and the
 *     two columns a KPI reads taken from every row. Target: under 300 ms of reading time.
 *  2. An .xlsx of 10,000 rows × 20 columns written by exceljs.
 * Prints the best and the median of several runs (after two warm-up runs), and the memory a read
 * CSV table keeps (with node --expose-gc).
 */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readDelimited, readXlsx } = await import(path.join(root, 'packages/language/out/data/index.js'));
const { default: ExcelJS } = await import('exceljs');

const work = await mkdtemp(path.join(tmpdir(), 'strat-bench-data-'));
const ms = (n) => `${n.toFixed(0)} ms`;
const COLUMNS = 20;

/** Daily values from 1760 on: 100,000 days is about 274 years, 20 columns of numbers. */
function dailyCsv(rows, quote) {
    const q = quote === 'all' ? (cell) => `"${cell}"` : (cell) => cell;
    const header = ['Day', ...Array.from({ length: COLUMNS - 1 }, (_, i) => (quote ? `"Metric ${i + 1}, EUR"` : `Metric ${i + 1}`))];
    const lines = [header.join(',')];
    const start = Date.UTC(1760, 0, 1);
    for (let r = 0; r < rows; r++) {
        const cells = [q(new Date(start + r * 86_400_000).toISOString().slice(0, 10))];
        for (let c = 1; c < COLUMNS; c++) cells.push(q((Math.sin(r / 50 + c) * 1000 + c * 100).toFixed(2)));
        lines.push(cells.join(','));
    }
    return lines.join('\r\n') + '\r\n';
}

/** Times `count` runs after two unmeasured ones, so that the JIT has compiled the readers. */
async function runs(count, once) {
    await once();
    await once();
    const times = [];
    for (let i = 0; i < count; i++) {
        const started = performance.now();
        await once();
        times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { best: times[0], median: times[Math.floor(times.length / 2)], all: times };
}

const line = (label, { best, median, all }) =>
    console.log(`${label}: best ${ms(best)}, median ${ms(median)} (runs: ${all.map(ms).join(', ')})`);

console.log('Strat data readers benchmark —', new Date().toISOString(), `— Node ${process.version}, ${cpus().length} cores`);

for (const [label, quote] of [['plain', undefined], ['quoted header', 'header'], ['every cell quoted (csv-parse)', 'all']]) {
    const file = path.join(work, `daily-${quote ?? 'plain'}.csv`);
    await writeFile(file, dailyCsv(100_000, quote));
    const bytes = await readFile(file);
    const table = readDelimited(bytes, 'csv').table;
    if (!table || table.rows.length !== 100_000) throw new Error(`the ${label} CSV was not read: ${JSON.stringify(readDelimited(bytes, 'csv').problem)}`);
    const read = await runs(9, () => readDelimited(bytes, 'csv'));
    line(`CSV 100,000 rows × ${COLUMNS} columns (${(bytes.length / 1024 / 1024).toFixed(1)} MB), ${label}, read from bytes`, read);
    if (!quote) {
        console.log(`  target < 300 ms of reading time: ${read.median < 300 ? 'met' : 'NOT met'} (median)`);
        line('  the same, then the period and one value cell of every row', await runs(9, () => {
            const { rows } = readDelimited(bytes, 'csv').table;
            let length = 0;
            for (const row of rows) length += row.cell(0).text.length + row.cell(7).text.length;
            return length;
        }));
        line('  the same, file read from disk first', await runs(9, async () => readDelimited(await readFile(file), 'csv')));
        if (globalThis.gc) {
            const collect = () => [1, 2, 3].forEach(() => globalThis.gc());
            collect();
            const before = process.memoryUsage();
            const kept = readDelimited(bytes, 'csv');
            collect();
            const after = process.memoryUsage();
            console.log(`  a read table keeps ≈ ${((after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / 1024 / 1024).toFixed(0)} MB (heap and typed arrays) for ${kept.table.rows.length.toLocaleString('en')} rows`);
        } else {
            console.log('  (run with node --expose-gc to see the memory a table keeps)');
        }
    }
}

const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Daily');
sheet.addRow(['Day', ...Array.from({ length: COLUMNS - 1 }, (_, i) => `Metric ${i + 1}`)]);
for (let r = 0; r < 10_000; r++) {
    sheet.addRow([new Date(Date.UTC(2000, 0, 1) + r * 86_400_000), ...Array.from({ length: COLUMNS - 1 }, (_, c) => Math.round((Math.sin(r / 50 + c) * 1000 + c * 100) * 100) / 100)]);
}
const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
const check = await readXlsx(xlsx);
if (!check.table || check.table.rows.length !== 10_000) throw new Error(`the workbook was not read: ${check.problem}`);
line(`XLSX 10,000 rows × ${COLUMNS} columns (${(xlsx.length / 1024 / 1024).toFixed(1)} MB), read from bytes`, await runs(5, () => readXlsx(xlsx)));
