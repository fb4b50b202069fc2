/**
 * `actuals from "PATH" column "…" sheet "…"` is the order the reference writes; the other order
 * reads the same values (docs/language.md#data-files), so a workbook's KPI is not a syntax error
 * for whoever names the sheet first.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../support/paths.js';
import { workspaceOf } from '../support/workspace.js';

const workbook = readFileSync(path.join(EXAMPLES_DIR, 'manufacturer', 'data', 'plant-kpis.xlsx'));

const kpi = (name: string, source: string): string => `kpi ${name} "Overall equipment effectiveness" {
    target >= 85
    every month
    ${source}
}
`;

describe('column and sheet in either order', () => {
    it('reads the same sheet and column whichever comes first', async () => {
        const { diagnostics, scorecard } = await workspaceOf({
            'plant.strat': kpi('ColumnFirst', 'actuals from "data/plant-kpis.xlsx" column "OEE" sheet "Production"')
                + kpi('SheetFirst', 'actuals from "data/plant-kpis.xlsx" sheet "Production" column "OEE"'),
            'data/plant-kpis.xlsx': workbook
        });
        expect(diagnostics.filter(d => d.code === 'syntax' || d.code.startsWith('data-'))).toEqual([]);
        const [columnFirst, sheetFirst] = ['ColumnFirst', 'SheetFirst'].map(name => scorecard().kpis.find(k => k.name === name)!);
        expect(columnFirst.value).toBeTypeOf('number');
        expect(sheetFirst.actuals).toEqual(columnFirst.actuals);
        expect(sheetFirst.source).toEqual(columnFirst.source);
    });

    it('still takes each of them once', async () => {
        const { diagnostics } = await workspaceOf({
            'plant.strat': kpi('Twice', 'actuals from "data/plant-kpis.xlsx" sheet "Production" column "OEE" sheet "Safety"'),
            'data/plant-kpis.xlsx': workbook
        });
        expect(diagnostics.map(d => d.code)).toContain('syntax');
    });
});
