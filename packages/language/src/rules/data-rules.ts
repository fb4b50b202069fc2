/** The data file of a KPI (docs/language.md#data-files): one `data-file` finding at its path when it cannot give the KPI's values. */
import type { Kpi } from '../generated/ast.js';
import type { DataFiles } from '../data/data-files.js';
import type { Report } from './reporter.js';

export function checkKpiData(kpi: Kpi, report: Report, dataFiles: DataFiles): void {
    const problem = kpi.source && dataFiles.outcomeOf(kpi)?.problem;
    if (kpi.source && problem) {
        report('data-file', { node: kpi.source, property: 'path' }, problem);
    }
}
