/** A KPI's values taken from a read table: a percent-formatted cell is the percentage it shows. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../packages/language/src/data/read-data-file.js';
import { kpiSeries } from '../../packages/language/src/data/kpi-series.js';
import { tableOf } from './table-text.js';

function valuesOf(series: ReturnType<typeof kpiSeries>): Array<[string, number, boolean]> {
    if ('missingColumn' in series) throw new Error(`no column ${series.missingColumn}`);
    return series.actuals.map((actual) => [actual.period, actual.value, actual.percent]);
}

describe('a KPI series', () => {
    it('reads a percent-formatted cell as the percentage it shows, once (80.6%, not 8060)', async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Production');
        sheet.addRow(['Month ending', 'OEE', 'Parts']);
        sheet.addRow([new Date(Date.UTC(2026, 6, 31)), 0.79, 1200]);
        sheet.addRow([new Date(Date.UTC(2026, 7, 31)), 0.806, 1250]);
        sheet.getColumn(2).numFmt = '0.0%';
        const table = tableOf(await readDataFile(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx'));
        expect(valuesOf(kpiSeries(table, 'OEE'))).toEqual([['2026-07-31', 79, true], ['2026-08-31', 80.6, true]]);
        expect(valuesOf(kpiSeries(table, 'Parts'))).toEqual([['2026-07-31', 1200, false], ['2026-08-31', 1250, false]]);
    });

    it('reads a CSV percentage as written', async () => {
        const table = tableOf(await readDataFile(new TextEncoder().encode('Month,OEE\n2026-08,80.6%\n'), 'csv'));
        expect(valuesOf(kpiSeries(table, 'oee'))).toEqual([['2026-08', 80.6, true]]);
    });
});
