/**
 * Writing a .strat file in VS Code: the packaged extension starts the language server, and
 * its findings appear in the Problems panel with their codes, live as the user types.
 */
import { describe, expect, it } from 'vitest';
import { PROBE, PROBE_FILE, PROBE_KPI } from './harness/fixtures.ts';
import { checkpoint, useSession } from './harness/vitest.ts';

describe('diagnostics in the Problems panel', () => {
    const session = useSession(import.meta.filename, { files: { [PROBE_FILE]: PROBE } });

    it('shows kpi-no-target at the KPI name of a file opened from the Explorer', async () => {
        const { workbench } = session();
        await workbench.openFile(PROBE_FILE);
        await workbench.waitForLanguageMode('Strat');
        const rows = await workbench.waitForProblem(PROBE_FILE, { code: 'kpi-no-target' });
        expect(rows.find((row) => row.code === 'kpi-no-target')).toMatchObject({
            severity: 'warning', source: 'strat', line: 2, column: 5,
            message: expect.stringContaining(`'${PROBE_KPI}'`)
        });
        await checkpoint(session(), import.meta.filename, 'kpi-no-target');
    });

    it('resolves names across files: okr-on-green-kpi in software-company-okrs.strat', async () => {
        const { workbench } = session();
        await workbench.openFile('software-company-okrs.strat');
        const rows = await workbench.waitForProblem('software-company-okrs.strat', { code: 'okr-on-green-kpi' });
        expect(rows.filter((row) => row.severity === 'error')).toEqual([]);
        expect(rows.find((row) => row.code === 'okr-on-green-kpi')).toMatchObject({ severity: 'warning', source: 'strat' });
    });

    it('clears the finding as soon as the user types the missing target', async () => {
        const { workbench } = session();
        await workbench.openFile(PROBE_FILE);
        await workbench.waitForProblem(PROBE_FILE, { code: 'kpi-no-target' });
        await workbench.goTo(3, 5);
        await workbench.insertText('target >= 10\n');
        await workbench.waitForNoProblem(PROBE_FILE, { code: 'kpi-no-target' });
        await checkpoint(session(), import.meta.filename, 'target-typed');
    });
});
