/**
 * A KPI's values in a data table (docs/language.md#data-files): the first column holds periods,
 * the value column is the first whose header equals the `column` asked for (else the KPI's
 * name), trimmed and in any case. A value is a number as .strat writes it (`12_000`, `-3`,
 * `42%`) or a numeric cell; an empty value cell means no value for that period. Cells that
 * cannot be read are listed with their row, and the readable rows still count.
 */
import { parsePeriod, type PeriodKind } from '../model/periods.js';
import { parseStratNumber } from '../parser/strat-value-converter.js';
import type { DataActual } from '../scorecard/kpi-data-rows.js';
import { findColumn, type DataCell, type DataRange, type DataRow, type DataTable } from './data-table.js';

/** A cell that cannot be read, and why. */
export interface UnreadableCell {
    row: number;
    cell: DataCell;
    what: 'period' | 'value';
    reason: string;
}

export type KpiSeries =
    | { column: string; actuals: DataActual[]; unreadable: UnreadableCell[] }
    | { missingColumn: string };

/** `12_000`, `-3`, `0.75`, `42%` — the number syntax of .strat. */
const STRAT_NUMBER = /^-?\d(?:_?\d)*(?:\.\d(?:_?\d)*)?%?$/;

export function kpiSeries(table: DataTable, column: string): KpiSeries {
    const index = findColumn(table.header, column);
    if (index <= 0) {
        return { missingColumn: column };
    }
    const actuals: DataActual[] = [];
    const unreadable: UnreadableCell[] = [];
    for (const row of table.rows) {
        const periodCell = row.cell(0);
        const valueCell = row.cell(index);
        const periodEmpty = periodCell === undefined || (periodCell.text === '' && periodCell.day === undefined && periodCell.number === undefined);
        const valueEmpty = valueCell === undefined || (valueCell.text === '' && valueCell.number === undefined);
        if (periodEmpty && valueEmpty) continue;
        const period = periodEmpty || periodCell === undefined ? undefined : periodOf(periodCell);
        if (period === undefined || periodCell === undefined) {
            unreadable.push({ row: row.row, cell: periodCell ?? { text: '' }, what: 'period', reason: periodEmpty ? 'a value without a period' : `'${periodCell.text}' is not a period` });
            continue;
        }
        if (valueEmpty) continue;
        const value = valueOf(valueCell);
        if (value === undefined) {
            unreadable.push({ row: row.row, cell: valueCell, what: 'value', reason: `'${shorten(valueCell.text)}' is not a number` });
            continue;
        }
        actuals.push(new RowActual(period, value, row));
    }
    return { column: table.header[index].text, actuals, unreadable };
}

/** A row's actual; where its period is written is worked out only for the few rows a finding is about. */
class RowActual implements DataActual {
    readonly period: string;
    readonly kind: PeriodKind;
    readonly start: number;
    readonly value: number;
    readonly percent: boolean;
    readonly row: number;
    readonly #row: DataRow;

    constructor(period: { text: string; kind: PeriodKind; start: number }, value: { value: number; percent: boolean }, row: DataRow) {
        this.period = period.text;
        this.kind = period.kind;
        this.start = period.start;
        this.value = value.value;
        this.percent = value.percent;
        this.row = row.row;
        this.#row = row;
    }

    get place(): DataRange | undefined {
        return this.#row.cell(0)?.range;
    }
}

/**
 * A period as docs/language.md#periods writes it; a date cell is its day; a whole-number cell of
 * four digits is a year.
 */
function periodOf(cell: DataCell): { text: string; kind: PeriodKind; start: number } | undefined {
    const text = cell.day ?? (cell.number !== undefined && Number.isInteger(cell.number) ? String(cell.number) : cell.text);
    const period = parsePeriod(text);
    return period.valid ? period : undefined;
}

function valueOf(cell: DataCell): { value: number; percent: boolean } | undefined {
    if (cell.number !== undefined) {
        // A cell showing 42% holds 0.42, but the reader already gives the number shown (42): it is the value.
        const value = cell.number;
        return Number.isFinite(value) ? { value, percent: cell.percent === true } : undefined;
    }
    if (!STRAT_NUMBER.test(cell.text)) return undefined;
    const value = parseStratNumber(cell.text);
    return Number.isFinite(value) ? { value, percent: cell.text.endsWith('%') } : undefined;
}

function shorten(text: string): string {
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
