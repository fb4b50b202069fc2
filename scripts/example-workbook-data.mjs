/**
 * What the manufacturer example's workbook holds (examples/manufacturer/data/plant-kpis.xlsx):
 * the plant controller's monthly and yearly figures, one sheet each. scripts/example-workbook.mjs
 * writes the workbook from this; tests/data/example-workbook.test.ts reads the committed file with
 * Strat's own reader and expects exactly this, so the two cannot drift apart.
 *
 * A row holds each cell as Strat reads it: a date column's day (`2026-08-31`), a percent column's
 * shown number (80.6 for a cell holding 0.806 formatted as 0.0%), `null` for an empty cell. The
 * latest values are the ones manufacturer.strat had as `actual` lines, so its scorecard and its
 * findings stay the same.
 */

/** The workbook, from the repository root. */
export const WORKBOOK_FILE = 'examples/manufacturer/data/plant-kpis.xlsx';

/** When the workbook says it was written: fixed, so that writing it again gives the same bytes. */
export const WORKBOOK_PROPERTIES = {
    creator: 'Vallé Components — Plant Controlling',
    lastModifiedBy: 'Vallé Components — Plant Controlling',
    created: '2025-01-06T08:00:00Z',
    // the day before the example's reference date (its strat.json: 2026-09-10)
    modified: '2026-09-09T16:30:00Z'
};

const MONTHS_2024 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** The months from 2024-01 to 2026-08, as `YYYY-MM`. */
const MONTHS = [
    ...MONTHS_2024.map((month) => `2024-${month}`),
    ...MONTHS_2024.map((month) => `2025-${month}`),
    ...MONTHS_2024.slice(0, 8).map((month) => `2026-${month}`)
];

/** The last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
function monthEnd(month) {
    const [year, number] = month.split('-').map(Number);
    return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

// OEE in %, month by month. August 2024 is empty: the plant stood still for four weeks while the
// 1,600 t presses were rebuilt, so there was no OEE to measure.
const OEE = [
    70.2, 71.0, 71.8, 70.5, 72.3, 71.6, 69.8, null, 71.1, 72.4, 71.9, 70.8,
    71.3, 72.0, 72.6, 71.4, 72.9, 73.1, 72.2, 70.9, 72.8, 73.5, 73.0, 72.1,
    74.1, 73.8, 75.6, 76.9, 77.4, 78.2, 79.0, 80.6
];
// Parts produced, in thousands (August: the summer holidays; 2024: the press rebuild).
const PRODUCED = [
    412, 398, 431, 405, 426, 419, 352, 96, 428, 437, 421, 344,
    418, 405, 440, 412, 433, 427, 361, 338, 436, 445, 430, 352,
    424, 417, 447, 421, 439, 433, 368, 341
];
// Scrap rate in %: parts scrapped over parts produced.
const SCRAP = [
    2.4, 2.3, 2.5, 2.2, 2.4, 2.6, 2.5, 2.8, 2.4, 2.3, 2.5, 2.6,
    2.7, 2.5, 2.4, 2.6, 2.5, 2.8, 2.7, 2.9, 2.6, 2.8, 3.0, 3.2,
    3.0, 2.8, 2.9, 3.1, 2.8, 2.7, 2.6, 2.2
];
// On-time in-full deliveries to the OEMs, in %, and the orders shipped.
const OTIF = [
    89.4, 90.1, 88.7, 90.6, 91.2, 90.3, 89.1, 87.9, 90.8, 91.5, 90.2, 88.6,
    90.7, 91.3, 91.8, 90.9, 92.0, 91.4, 90.6, 89.8, 91.9, 92.3, 91.7, 90.4,
    91.2, 91.8, 92.0, 92.4, 93.0, 93.2, 93.5, 94.1
];
const ORDERS = [
    1_912, 1_874, 2_036, 1_958, 2_011, 1_987, 1_702, 688, 2_043, 2_097, 2_018, 1_655,
    1_998, 1_941, 2_102, 1_977, 2_064, 2_031, 1_744, 1_612, 2_088, 2_126, 2_059, 1_690,
    2_031, 1_996, 2_141, 2_017, 2_097, 2_072, 1_779, 1_648
];

/**
 * The sheets, in the workbook's order (the first is what `actuals from` reads without `sheet`).
 * A column's `formula` is written into every row with the result Excel would save with it:
 * `excel` with `{r}` for the row number, `result` computed from the row's other cells.
 */
export const SHEETS = [
    {
        name: 'Production',
        columns: [
            // real date cells: the month's last day, as the ERP closes the month
            { header: 'Month ending', kind: 'date', numFmt: 'yyyy-mm-dd', width: 14 },
            { header: 'OEE', kind: 'percent', numFmt: '0.0%', width: 8 },
            { header: 'Parts produced', kind: 'number', numFmt: '#,##0', width: 15 },
            { header: 'Parts scrapped', kind: 'number', numFmt: '#,##0', width: 15 },
            {
                header: 'Scrap rate', kind: 'percent', numFmt: '0.0%', width: 11,
                formula: { excel: 'D{r}/C{r}', result: (row) => row[3] / row[2] }
            }
        ],
        rows: MONTHS.map((month, i) => [monthEnd(month), OEE[i], PRODUCED[i] * 1000, scrapped(PRODUCED[i] * 1000, SCRAP[i]), SCRAP[i]])
    },
    {
        name: 'Customers',
        columns: [
            // periods typed as text, the way the logistics team keys them in
            { header: 'Month', kind: 'text', width: 10 },
            { header: 'Orders shipped', kind: 'number', numFmt: '#,##0', width: 15 },
            { header: 'OTIF', kind: 'percent', numFmt: '0.0%', width: 8 }
        ],
        rows: MONTHS.map((month, i) => [month, ORDERS[i], OTIF[i]])
    },
    {
        name: 'Safety',
        columns: [
            // a whole number of four digits is a year
            { header: 'Year', kind: 'number', numFmt: '0', width: 8 },
            { header: 'Hours worked', kind: 'number', numFmt: '#,##0', width: 14 },
            { header: 'Lost-time injuries', kind: 'number', numFmt: '0', width: 18 },
            {
                // injuries per 200,000 hours worked, rounded as the HSE report publishes it
                header: 'LTIR', kind: 'number', numFmt: '0.00', width: 8,
                formula: { excel: 'ROUND(C{r}*200000/B{r},2)', result: (row) => Math.round((row[2] * 200_000 / row[1]) * 100) / 100 }
            }
        ],
        rows: [
            [2023, 2_004_750, 14, 1.4],
            [2024, 1_996_210, 9, 0.9],
            [2025, 1_903_480, 4, 0.42]
        ]
    }
];

/** Parts scrapped, a whole number, for `produced` parts at `rate` %. */
function scrapped(produced, rate) {
    const parts = Math.round(produced * rate / 100);
    if (Math.abs(parts - produced * rate / 100) > 1e-6) throw new Error(`${rate}% of ${produced} parts is not a whole number of parts`);
    return parts;
}
