/** Rules about KPIs (steps 3–5): a complete KPI framework, monitored, and red KPIs followed up. */
import type { Kpi } from '../generated/ast.js';
import { propertyText } from '../model/ast-text.js';
import { known } from '../model/numbers.js';
import { kpiStatus, kpiValue } from '../scorecard/kpi-status.js';
import type { Report } from './reporter.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export function checkKpi(kpi: Kpi, report: Report, facts: WorkspaceFacts): void {
    const target = known(kpi.target);
    const alertValue = known(kpi.alert);
    if (target !== undefined && alertValue !== undefined && kpi.direction !== undefined) {
        const wrongSide = kpi.direction === '>=' ? alertValue >= target : alertValue <= target;
        if (wrongSide) {
            report('alert-side', { node: kpi, property: 'alert' }, kpi.name, text(kpi, 'alert', alertValue), kpi.direction, text(kpi, 'target', target));
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
    if (kpiStatus(kpi) === 'red' && !facts.isAddressedByRunningOkr(kpi)) {
        const alert = kpi.alert !== undefined ? `the alert ${text(kpi, 'alert', kpi.alert)}` : `the target ${text(kpi, 'target', kpi.target!)}`;
        report('red-kpi-no-okr', { node: kpi, property: 'name' }, kpi.name, String(kpiValue(kpi)), alert);
    }
}

function text(kpi: Kpi, property: 'alert' | 'target', value: number): string {
    return propertyText(kpi, property) ?? String(value);
}
