/**
 * A KPI's numbers in a data file, as the software company keeps them (examples/README.md#data-files):
 * with the scorecard preview open beside the strategy, the user opens the CSV the monthly KPIs read,
 * types September's row at its end and saves it with Ctrl+S. The preview shows the new value and
 * a sparkline with one more point within a few seconds, and the Problems panel has nothing to say
 * about the good row; a cell that is not a number (`n/a`), saved, is a data-value error on the CSV.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kpiCard, lineOf, openPreviewBeside, previewFrame, type KpiCardState } from './harness/preview.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

const FILE = 'software-company/software-company.strat';
const NAME = 'software-company.strat';
const OKR_FILE = 'software-company/software-company-okrs.strat';
const CSV = 'software-company/data/saas-metrics.csv';
const CSV_NAME = 'saas-metrics.csv';
/** Reads the CSV's "Logo churn" column: 1.3% in 2026-08, amber (target <= 1.0%, alert 1.8%). */
const KPI = 'SaasChurn';
/** The OKR that addresses SaasChurn: once churn is green, okr-on-green-kpi says it is done. */
const OKR = 'KeepEveryCustomer';
/**
 * September, typed the way the export writes a row: a period that does not start after the
 * example's reference date (2026-09-07). Availability stays at August's 99.99%, so that only churn
 * (and MTTR, whose OKR is closed) changes what the OKRs say.
 */
const SEPTEMBER = '2026-09,0.9%,38,99.99%';
/** Where the MTTR cell of that row starts (1-based), and what replaces its `38`. */
const MTTR_COLUMN = '2026-09,0.9%,'.length + 1;
/** The longest a saved row may take to reach the preview here: "a few seconds", on a busy 2-core machine. */
const UPDATE_TIMEOUT_MS = 10_000;



describe('a KPI that reads a CSV, in the editor', () => {
    const session = useSession(import.meta.filename, { settings: { 'editor.minimap.enabled': false } });
    let kpiLine = 0;
    let before: KpiCardState | undefined;

    /** Scrolls the preview to the KPI's card, for the screenshots. */
    async function showCard(frame: Frame): Promise<void> {
        await frame.locator(`article.kpi-card[data-line="${kpiLine}"]`).filter({ visible: true }).first().scrollIntoViewIfNeeded();
    }

    it('shows the KPI with its three years of monthly values in the preview', async () => {
        const { page, workspace } = session();
        await page.setViewportSize({ width: 1600, height: 1000 });
        const rows = workspace.read(CSV).trimEnd().split('\n').length - 1;
        kpiLine = lineOf(workspace.read(FILE), `kpi ${KPI} `, FILE);
        await openPreviewBeside(session(), FILE);
        const frame = await previewFrame(session().page);
        before = await waitUntil(() => kpiCard(frame, kpiLine), (card) => card !== undefined && card.points.length > 0, { what: `the ${KPI} card` });
        expect(before).toMatchObject({ status: 'amber', value: '1.3%' });
        expect(before?.points, 'a point per row of the CSV').toHaveLength(rows);
        await showCard(frame);
        await checkpoint(session(), import.meta.filename, 'before');
    });

    it('shows a row typed into the CSV and saved with Ctrl+S: new value, one more point', async () => {
        const { page, workbench, workspace } = session();
        const frame = await previewFrame(session().page);
        await workbench.openFile(CSV);
        // the last line is the empty one after the file's final newline
        const end = workspace.read(CSV).split('\n').length;
        await workbench.goTo(end, 1);
        await workbench.type(SEPTEMBER);
        await page.keyboard.press('Escape'); // a word suggestion the editor may offer
        await workbench.save();
        const saved = Date.now();
        const onDisk = await waitUntil(async () => workspace.read(CSV).split('\n').map((row) => row.trim()).filter((row) => row !== ''),
            (rows) => rows.includes(SEPTEMBER), { what: 'the row saved in the CSV on disk', timeoutMs: 5_000, intervalMs: 50 });
        expect(onDisk.at(-1), 'the row saved at the end of the CSV').toBe(SEPTEMBER);

        const after = await waitUntil(() => kpiCard(frame, kpiLine), (card) => card?.value === '0.9%',
            { what: `the ${KPI} card to show September's 0.9%`, timeoutMs: UPDATE_TIMEOUT_MS, intervalMs: 50 });
        console.log(`preview update after Ctrl+S: ${Date.now() - saved} ms`);
        expect(after?.status, '0.9% meets the target of 1.0% or less').toBe('green');
        expect(after?.points, 'one more point in the sparkline').toHaveLength((before?.points.length ?? 0) + 1);
        expect(after?.points.join(' ')).not.toBe(before?.points.join(' '));
        await showCard(frame);
        await checkpoint(session(), import.meta.filename, 'after');

        // The editor re-checked what reads the file: the OKR on churn now addresses a green KPI…
        await workbench.waitForProblems(OKR_FILE, (rows) => rows.some((row) => row.code === 'okr-on-green-kpi' && row.message.includes(`'${OKR}'`)),
            `okr-on-green-kpi on ${OKR}`);
        // …and has nothing to say about the row itself.
        expect(await workbench.problemsIn(CSV_NAME), 'no problem in the CSV').toEqual([]);
        expect((await workbench.problemsIn(NAME)).map((row) => row.code), 'no data-file finding on the KPIs').not.toContain('data-file');
    });

    it('reports a cell that is not a number, saved, as data-value at its place in the CSV', async () => {
        const { page, workbench, workspace } = session();
        const line = workspace.read(CSV).split('\n').length;
        await workbench.goTo(line, MTTR_COLUMN);
        await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.press('Shift+ArrowRight');
        await workbench.type('n/a');
        await page.keyboard.press('Escape');
        await workbench.save();
        const rows = await workbench.waitForProblem(CSV_NAME, { code: 'data-value', line, column: MTTR_COLUMN }, 20_000);
        expect(rows).toEqual([expect.objectContaining({ severity: 'error', source: 'strat', message: "'n/a' is not a number: this row is left out of the KPI's actuals." })]);
        await workbench.waitForProblem(NAME, { code: 'data-file' });
        await checkpoint(session(), import.meta.filename, 'data-value');
    });
});
