/**
 * Writing a .strat file in VS Code: the packaged extension starts the language server, and
 * its findings appear in the Problems panel with their codes, live as the user types.
 */
import { describe, expect, it } from 'vitest';
import { PROBE, PROBE_FILE, PROBE_KPI } from './harness/fixtures.ts';
import { checkedByCli } from './harness/language.ts';
import { describeProblems, readProblemRows } from './harness/problems.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

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
        await workbench.openFile('software-company/software-company-okrs.strat');
        const rows = await workbench.waitForProblem('software-company-okrs.strat', { code: 'okr-on-green-kpi' });
        expect(rows.filter((row) => row.severity === 'error')).toEqual([]);
        expect(rows.find((row) => row.code === 'okr-on-green-kpi')).toMatchObject({ severity: 'warning', source: 'strat' });
    });

    it('lists every finding of the workspace with its code, as `strat check` reports it', async () => {
        const { workbench, workspace } = session();
        // Hints are not listed in the Problems panel; the examples have none. Each example is
        // judged against the reference date of its folder's strat.json, in the editor as in the CLI.
        const expected = checkedByCli(workspace.dir).filter((finding) => finding.severity !== 'hint');
        expect(new Set(expected.map((finding) => finding.file)).size, 'findings in several files').toBeGreaterThan(2);
        const key = (row: { code: string; severity: string; line: number; column: number }): string =>
            `${row.line}:${row.column} ${row.severity} ${row.code}`;
        for (const file of new Set(expected.map((finding) => finding.file))) {
            const wanted = expected.filter((finding) => finding.file === file).map(key).sort();
            const rows = await workbench.waitForProblems(file, (now) => JSON.stringify(now.map(key).sort()) === JSON.stringify(wanted),
                `exactly ${wanted.join(', ')}`);
            expect(rows.every((row) => row.source === 'strat' && row.message.length > 0), describeProblems(rows)).toBe(true);
        }
        // the picture: an editor with its squiggle and the Problems panel, unfiltered, with the codes
        await workbench.openFile(PROBE_FILE);
        await workbench.showProblems('');
        await waitUntil(() => readProblemRows(workbench.page), (rows) => new Set(rows.map((row) => row.file)).size > 2,
            { what: 'the unfiltered Problems panel listing several files' });
        await workbench.screenshot('diagnostics');
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
