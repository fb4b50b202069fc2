/**
 * The strategy cycle in the editor: the hospital's Q2 OKR was never closed, so as of its
 * strat.json's date (3 September 2026) it has `okr-cycle-over`, and the preview gives its
 * objective the pace of a finished cycle (at risk). "Move to the next cycle" rewrites the cycle:
 * the warning goes, and the preview's pace becomes that of a running cycle (behind).
 */
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { previewFrame } from './harness/preview.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

const FILE = 'hospital/hospital.strat';
const NAME = 'hospital.strat';
const OKR = 'BalanceTheBooks';
const CODE = 'okr-cycle-over';
const FIX = 'Move to the next cycle (2026-Q3)';

describe('moving an OKR whose cycle is over to the next cycle', () => {
    const session = useSession(import.meta.filename, { settings: { 'editor.minimap.enabled': false } });

    /** The pace the preview shows for the OKR defined at `line` (its visible card), or undefined. */
    async function paceOf(frame: Frame, line: number): Promise<string | undefined> {
        return frame.evaluate((definedAt) => {
            const card = Array.from(document.querySelectorAll(`article.okr-card[data-line="${definedAt}"]`)).find((element) => element.getClientRects().length > 0);
            return card?.querySelector('.score .pace')?.textContent?.trim();
        }, line);
    }

    it('closes the warning and the preview shows the running cycle\'s pace', async () => {
        const { page, workbench, workspace } = session();
        const lines = workspace.read(FILE).split('\n');
        const okrLine = lines.findIndex((line) => line.startsWith(`okr ${OKR} `));
        const cycleLine = okrLine + 1;
        expect(lines[cycleLine]).toBe('    cycle 2026-Q2');

        await workbench.openFile(FILE);
        await workbench.waitForLanguageMode('Strat');
        const before = await workbench.waitForProblem(NAME, { code: CODE });
        expect(before.find((row) => row.code === CODE)).toMatchObject({ severity: 'warning', line: cycleLine + 1, column: 11 });

        await workbench.focusEditor();
        await page.keyboard.press('Control+K');
        await page.keyboard.press('v');
        const frame = await previewFrame(session().page, { shows: 'main article.okr-card', what: 'a webview frame showing OKR cards' });
        expect(await waitUntil(() => paceOf(frame, okrLine), (pace) => pace !== undefined, { what: `the pace of ${OKR}` })).toBe('At risk');
        await checkpoint(session(), import.meta.filename, 'before');

        await workbench.goTo(cycleLine + 1, 11);
        const fixes = await workbench.quickFixes(FIX);
        expect(fixes.slice(0, 2)).toEqual([`Close the OKR '${OKR}' (status closed)`, FIX]);
        await workbench.applyQuickFix(FIX);

        await workbench.waitForNoProblem(NAME, { code: CODE });
        expect((await workbench.visibleLines()).some((line) => line === '    cycle 2026-Q3')).toBe(true);
        // day 65 of 92: 46% done against 71% expected is behind, no longer at risk
        expect(await waitUntil(() => paceOf(frame, okrLine), (pace) => pace === 'Behind', { what: `the pace of ${OKR} to be Behind`, timeoutMs: 10_000 })).toBe('Behind');
        await checkpoint(session(), import.meta.filename, 'after');
    });
});
