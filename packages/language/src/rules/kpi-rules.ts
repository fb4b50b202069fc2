/** Rules about KPIs (steps 3–5): a complete KPI framework, monitored, and red KPIs followed up. */
import type { Kpi } from '../generated/ast.js';
import { propertyText } from '../model/ast-text.js';
import { kpiStatus, kpiValue } from '../scorecard/kpi-status.js';
import type { Report } from './reporter.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export function checkKpi(kpi: Kpi, report: Report, facts: WorkspaceFacts): void {
    if (kpi.target !== undefined && kpi.alert !== undefined && kpi.direction !== undefined) {
        const wrongSide = kpi.direction === '>=' ? kpi.alert >= kpi.target : kpi.alert <= kpi.target;
        if (wrongSide) {
            report('alert-side', { node: kpi, property: 'alert' }, kpi.name, text(kpi, 'alert', kpi.alert), kpi.direction, text(kpi, 'target', kpi.target));
        }
    }
    if (kpi.target === undefined) {
        report('kpi-no-target', { node: kpi, property: 'name' }, kpi.name);
    }
    if (kpi.monitors.length === 0) {
        report('kpi-no-strategy', { node: kpi, property: 'name' }, kpi.name);
    }
    if (kpi.frequency === undefined) {
        report('kpi-no-frequency', { node: kpi, property: 'name' }, kpi.name);
    }
    // A KPI that reads its actuals from a data file is monitored; a file that gives none is a data-file finding.
    if (kpi.actuals.length === 0 && kpi.source === undefined) {
        report('kpi-no-actuals', { node: kpi, property: 'name' }, kpi.name);
    }
    if (kpiStatus(kpi) === 'red' && !facts.kpisAddressedByRunningOkrs.has(kpi)) {
        const alert = kpi.alert !== undefined ? `the alert ${text(kpi, 'alert', kpi.alert)}` : `the target ${text(kpi, 'target', kpi.target!)}`;
        report('red-kpi-no-okr', { node: kpi, property: 'name' }, kpi.name, String(kpiValue(kpi)), alert);
    }
}

function text(kpi: Kpi, property: 'alert' | 'target', value: number): string {
    return propertyText(kpi, property) ?? String(value);
}
