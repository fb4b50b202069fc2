/**
 * Hovering a KPI with the mouse: the hover explains the KPI's scorecard status (amber, red…)
 * and its latest value against its target — at the declaration and at a reference in another
 * file.
 */
import { describe, expect, it } from 'vitest';
import { lineColumnOf } from './harness/language.ts';
import { checkpoint, useSession } from './harness/vitest.ts';

/** SaasNps in examples/software-company/software-company.strat: 31 in 2026-Q2, target >= 40, alert 25 → amber. */
const KPI = 'SaasNps';
const KPI_FILE = 'software-company/software-company.strat';
const OKR_FILE = 'software-company/software-company-okrs.strat';

describe('hover on a KPI', () => {
    const session = useSession(import.meta.filename);

    it('shows the status and the value against the target at the KPI name', async () => {
        const { workbench, workspace } = session();
        await workbench.openFile(KPI_FILE);
        const { line, column } = lineColumnOf(workspace.read(KPI_FILE), `kpi ${KPI} `, 'kpi '.length);
        await workbench.goTo(line, column); // scrolls the KPI into view
        const hover = await workbench.hoverOver(KPI, 'amber'); // its only occurrence in the file
        expect(hover).toContain('Net Promoter Score (in-app survey)');
        expect(hover).toMatch(/amber\s*—\s*misses its target but has not passed the alert/);
        expect(hover).toMatch(/Latest:\s*31 \(2026-Q2\) · target ≥ 40 · alert 25/);
        await checkpoint(session(), import.meta.filename, 'kpi-declaration');
    });

    it('shows the same summary on a reference in another file, with the OKRs that address it', async () => {
        const { workbench, workspace } = session();
        await workbench.openFile(OKR_FILE);
        const { line, column } = lineColumnOf(workspace.read(OKR_FILE), `measures ${KPI}`, 'measures '.length);
        await workbench.goTo(line, column);
        const hover = await workbench.hoverOver(KPI, 'amber'); // `addresses` or `measures`: both refer to it
        expect(hover).toMatch(/Latest:\s*31 \(2026-Q2\) · target ≥ 40 · alert 25/);
        expect(hover).toMatch(/Addressed by:\s*OKR DelightfulFirstWeek/);
        await checkpoint(session(), import.meta.filename, 'kpi-reference');
    });
});
