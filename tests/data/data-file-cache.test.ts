/**
 * A data file is read once per change, however many KPIs read it and through however many sheets
 * (docs/language.md#data-files): rebuilding the strategy does not read an unchanged file again.
 */
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { URI } from 'langium';
import { findStratFiles, loadWorkspace } from '../../packages/language/src/node.js';
import { NodeDataAccess } from '../../packages/language/src/node/node-data-access.js';
import { EXAMPLES_DIR } from '../support/paths.js';
import { workspaceOf } from '../support/workspace.js';

afterEach(() => {
    vi.restoreAllMocks();
});

describe('reading data files once per change', () => {
    it('reads each sheet of the manufacturer\'s workbook once, and none again when the strategy is rebuilt', async () => {
        const parse = vi.spyOn(NodeDataAccess, 'parse');
        const folder = path.join(EXAMPLES_DIR, 'manufacturer');
        const loaded = await loadWorkspace(await findStratFiles([folder]), {}, [folder]);
        const sheets = () => parse.mock.calls.map(([format, , sheet]) => `${format}:${sheet}`).sort();
        expect(sheets(), 'four KPIs read three sheets').toEqual(['xlsx:Customers', 'xlsx:Production', 'xlsx:Safety']);

        const builder = loaded.services.shared.workspace.DocumentBuilder;
        await loaded.services.shared.workspace.WorkspaceLock.write(token => builder.update(loaded.documents.map(document => URI.parse(document.uri.toString())), [], token));
        expect(sheets(), 'the unchanged workbook is not read again').toHaveLength(3);
    });

    it('says that a CSV has no sheets when a KPI names one, and still counts its rows', async () => {
        const { diagnostics, scorecard } = await workspaceOf({
            'k.strat': 'kpi K "Monthly sign-ups" { target >= 3 every month actuals from "data/real.csv" column "v" sheet "S1" }',
            'data/real.csv': 'Month,v\n2026-06,3\n2026-07,4\n',
            'strat.json': '{ "asOf": "2026-08-01" }'
        });
        expect(diagnostics.filter(d => d.code === 'data-file').map(d => d.message)).toEqual(['\'data/real.csv\' is a CSV file, which has no sheets: remove `sheet "S1"`.']);
        expect(scorecard().kpis[0]).toMatchObject({ name: 'K', value: 4 });
    });
});
