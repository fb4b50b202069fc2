/**
 * Findings inside a data file when several KPIs of one .strat file read it: each KPI's unreadable
 * cells and future periods are reported in the file, not only those of the KPI read last.
 */
import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../support/workspace.js';

const STRATEGY = `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi Churn "Logo churn" {
    monitors S
    target <= 1%
    every month
    actuals from "data/metrics.csv" column "Churn"
}
kpi Mttr "Time to restore" {
    monitors S
    target <= 60
    every month
    actuals from "data/metrics.csv" column "MTTR"
}
`;

async function inTheFile(csv: string): Promise<string[]> {
    const { diagnostics } = await workspaceOf({ 'strategy.strat': STRATEGY, 'data/metrics.csv': csv, 'strat.json': '{ "asOf": "2026-09-07" }' });
    return diagnostics.filter(d => d.file === 'data/metrics.csv').map(d => `${d.code} ${d.line}:${d.range.start.character}`);
}

describe('findings in a data file read by several KPIs of one file', () => {
    it('keeps the unreadable cell of the KPI read first', async () => {
        expect(await inTheFile('Month,Churn,MTTR\n2026-07,1.5%,52\n2026-08,n/a,41\n')).toEqual(['data-value 3:8']);
    });

    it('keeps the unreadable cells of every KPI, and a future period once', async () => {
        expect(await inTheFile('Month,Churn,MTTR\n2026-07,1.5%,?\n2026-08,n/a,41\n2026-10,1.2%,40\n'))
            .toEqual(['data-value 2:13', 'data-value 3:8', 'future-period 4:0']);
    });
});
