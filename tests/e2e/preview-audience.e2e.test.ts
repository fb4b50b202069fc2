/**
 * "Preview as: everyone" in a real editor (docs/language.md#audiences): the bank example's
 * preview shows the confidential KPI `CostIncome` with its figures; "Strat: Preview as Everyone"
 * from the command palette hides them — the card says "confidential", a banner says who the
 * preview is for, and no figure of the KPI is left on the page; "Export Scorecard…" then exports
 * what the preview shows; the preview's toolbar button "Preview as Internal" brings it all back.
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportScorecardHtml, kpiCard, lineOf, openPreviewBeside, previewFrame } from './harness/preview.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

const FILE = 'bank/bank.strat';
const NAME = 'bank.strat';
/** Confidential, rewarded; its latest actual is the figure the public must not see. */
const KPI = 'CostIncome';
const LATEST_ACTUAL = 'actual 2026-Q2 56.1%';
const FIGURE = '56.1';
const BANNER = 'Preview as: everyone';



describe('preview as everyone', () => {
    const session = useSession(import.meta.filename);
    let kpiLine = 0;

    const pageText = (frame: Frame) => frame.evaluate(() => document.querySelector('main')?.textContent ?? '');

    /** The preview's own button in the editor title bar (shown while the preview is the active editor). */
    async function titleButton(label: string) {
        const { page } = session();
        await page.locator('.tab', { hasText: `Scorecard: ${NAME}` }).click();
        const button = page.locator(`.editor-group-container.active a.action-label[role="button"][aria-label="${label}"]`);
        await button.waitFor({ timeout: 10_000 });
        return button;
    }

    it('shows the figures of a confidential KPI to the internal audience', async () => {
        const { page, workspace } = session();
        await page.setViewportSize({ width: 1600, height: 1000 });
        const text = workspace.read(FILE);
        kpiLine = lineOf(text, `kpi ${KPI} `, FILE);
        lineOf(text, LATEST_ACTUAL, FILE);
        await openPreviewBeside(session(), FILE);
        const frame = await previewFrame(session().page);
        const card = await waitUntil(() => kpiCard(frame, kpiLine), (state) => state !== undefined, { what: `the ${KPI} card` });
        expect(card?.status).not.toBe('confidential');
        expect(card?.value).toContain(FIGURE);
        expect(await pageText(frame)).not.toContain(BANNER);
        // the toolbar offers the other audience
        expect(await (await titleButton('Preview as Everyone')).isVisible()).toBe(true);
    });

    it('hides them after "Strat: Preview as Everyone" from the command palette', async () => {
        const { workbench } = session();
        // from the preview, which is the active editor: the palette offers the command there
        await workbench.runCommand('Strat: Preview as Everyone');
        const frame = await previewFrame(session().page);
        const card = await waitUntil(() => kpiCard(frame, kpiLine), (state) => state?.status === 'confidential',
            { what: `the ${KPI} card to say confidential`, timeoutMs: 15_000 });
        expect(card?.value.toLowerCase()).toContain('confidential');
        const text = await pageText(frame);
        expect(text).toContain(BANNER);
        expect(text, 'no figure of the confidential KPI on the page').not.toContain(FIGURE);
        await checkpoint(session(), import.meta.filename, 'everyone');
    });

    it('exports what the preview shows: the scorecard for everyone', async () => {
        const html = await exportScorecardHtml(session(), 'bank/bank-scorecard.html');
        expect(html).toContain('Shown to everyone');
        expect(html).not.toContain(FIGURE);
    });

    it('shows them again with the toolbar button "Preview as Internal"', async () => {
        const button = await titleButton('Preview as Internal');
        await button.click();
        const frame = await previewFrame(session().page);
        const card = await waitUntil(() => kpiCard(frame, kpiLine), (state) => state !== undefined && state.status !== 'confidential',
            { what: `the ${KPI} card with its status again`, timeoutMs: 15_000 });
        expect(card?.value).toContain(FIGURE);
        expect(await pageText(frame)).not.toContain(BANNER);
        expect(await (await titleButton('Preview as Everyone')).isVisible()).toBe(true);
    });
});
