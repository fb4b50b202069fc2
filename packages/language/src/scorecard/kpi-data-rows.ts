/**
 * The actuals a data file gives a KPI (docs/language.md#data-files). They are read when the
 * workspace is built (data/data-files.ts) and attached to the KPI's node, so that everything that
 * asks for a KPI's actuals — status, trend, staleness, the scorecard — sees them the same way,
 * before the KPI's own `actual` lines (which win for a period given twice).
 */
import type { Kpi } from '../generated/ast.js';
import type { PeriodKind } from '../model/periods.js';

/** One actual from a data file: the period as written in the file, its value, and where it is. */
export interface DataActual {
    period: string;
    /** The period read once, when the file is (a file of daily values has many). */
    kind: PeriodKind;
    start: number;
    value: number;
    /** Written as a percentage (`42%`, or a percent-formatted spreadsheet cell). */
    percent: boolean;
    /** The row as people number it: the line of a CSV, the row of a sheet (both from 1). */
    row: number;
    /** Where the period is written in a CSV (an LSP range), for findings in the file; worked out when asked. */
    readonly place?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const attached = new WeakMap<Kpi, readonly DataActual[]>();
const listeners: Array<(kpi: Kpi) => void> = [];

export function dataActualsOf(kpi: Kpi): readonly DataActual[] {
    return attached.get(kpi) ?? [];
}

/** Attaches a file's rows to a KPI (an empty list when the file gave none), and tells the caches that sort actuals. */
export function attachDataActuals(kpi: Kpi, rows: readonly DataActual[]): void {
    attached.set(kpi, rows);
    listeners.forEach(listener => listener(kpi));
}

/** Caches of a KPI's actuals register here, to forget a KPI whose data rows changed. */
export function onDataActualsChange(listener: (kpi: Kpi) => void): void {
    listeners.push(listener);
}

/** The row of the latest period; of two rows for one period, the later (as everywhere, the value given last counts). */
export function latestDataRow(rows: readonly DataActual[]): DataActual | undefined {
    let latest: DataActual | undefined;
    for (const row of rows) {
        if (!latest || row.start >= latest.start) latest = row;
    }
    return latest;
}
