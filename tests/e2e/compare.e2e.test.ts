/**
 * Comparing the scorecard with a git revision in the editor, as a user does: the workspace (a
 * copy of examples/) is a git repository with one commit; a KPI's latest actual is edited in the
 * editor (not saved); "Strat: Compare Scorecard with…" → HEAD shows the "Changes" section at the
 * top of the preview with the value before → after and ▼, and marks the KPI's card; the
 * comparison follows further typing; "Strat: Stop Comparing" brings back the normal view.
 */
import { execFileSync } from 'node:child_process';
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lineOf, openPreviewBeside, previewFrame } from './harness/preview.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

const FILE = 'bank/bank.strat';
/** A green KPI of bank.strat (target >= 420, alert 380, latest actual 431.5). */
const KPI = 'FeeIncome';
const LATEST_ACTUAL = 'actual 2026-Q2 431.5';

/** git with fixed identity, reading no user or system configuration. */
function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: {
            ...process.env,
            GIT_AUTHOR_NAME: 'Strat Tests', GIT_AUTHOR_EMAIL: 'tests@strat.invalid',
            GIT_COMMITTER_NAME: 'Strat Tests', GIT_COMMITTER_EMAIL: 'tests@strat.invalid',
            GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1'
        }
    }).trim();
}


interface Changes {
    title: string;
    rows: string[];
    mark: string;
}

describe('comparing the scorecard with a git revision', () => {
    const session = useSession(import.meta.filename);
    let kpiLine = 0;

    /** What the preview shows of the comparison: the section's title, its table rows, and the mark on the KPI's visible card. */
    function changes(frame: Frame): Promise<Changes | undefined> {
        return frame.evaluate((line) => {
            const section = document.getElementById('strat-changes');
            if (!section) return undefined;
            const card = Array.from(document.querySelectorAll(`article.kpi-card[data-line="${line}"]`)).find((element) => element.getClientRects().length > 0);
            return {
                title: section.querySelector('h2')?.textContent ?? '',
                rows: Array.from(section.querySelectorAll('tbody tr')).map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()).join(' | ')),
                mark: card?.querySelector('.change-mark')?.textContent ?? ''
            };
        }, kpiLine);
    }

    it('shows an edited actual as a change since HEAD: before → after, ▼, and the mark on the card', async () => {
        const { page, workbench, workspace } = session();
        git(workspace.dir, 'init', '--quiet', '--initial-branch=main');
        git(workspace.dir, 'add', '--all');
        git(workspace.dir, 'commit', '--quiet', '-m', 'the examples');
        kpiLine = lineOf(workspace.read(FILE), `kpi ${KPI} `, FILE);

        await openPreviewBeside(session(), FILE);
        const frame = await previewFrame(session().page);

        // 431.5 → 331.5 in the editor, unsaved
        const actualLine = lineOf(workspace.read(FILE), LATEST_ACTUAL, FILE);
        const column = workspace.read(FILE).split('\n')[actualLine].indexOf('431.5') + 1;
        await workbench.goTo(actualLine + 1, column);
        await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.type('3');

        // Strat: Compare Scorecard with… → HEAD (the first revision offered)
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget .quick-input-box input').first();
        await input.waitFor();
        await input.fill('>Strat: Compare Scorecard with');
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Compare Scorecard with' }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'the last commit' }).first().waitFor({ timeout: 30_000 });
        expect(await page.locator('.quick-input-widget .monaco-list-row').first().innerText()).toContain('HEAD');
        await page.keyboard.press('Enter');

        const shown = await waitUntil(() => changes(frame), (state) => (state?.rows.length ?? 0) > 0, { what: 'the Changes section', timeoutMs: 30_000 });
        expect(shown?.title).toMatch(/^Changes since HEAD \([0-9a-f]{7}\)$/);
        // the values carry the KPI's unit (M€)
        expect(shown?.rows).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${KPI} \\| 2026-Q2 \\| 431\\.5[^|]* \\| 331\\.5[^|]*▼$`))]));
        expect(shown?.mark).toMatch(/Value\s*431\.5[^→]*→ 331\.5[^▼]*▼/);
        expect(await frame.evaluate(() => document.querySelector('main')?.firstElementChild?.id), 'the Changes section comes first').toBe('strat-changes');
        await checkpoint(session(), import.meta.filename, 'changes-since-head');

        // the comparison follows typing: 331.5 → 301.5
        await workbench.goTo(actualLine + 1, column + 1);
        await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.type('0');
        const followed = await waitUntil(() => changes(frame), (state) => state?.rows.some((row) => row.includes('301.5')) === true, { what: 'the Changes section to follow the edit' });
        expect(followed?.mark).toMatch(/431\.5[^→]*→ 301\.5/);
    });

    it('goes back to the normal view with Strat: Stop Comparing', async () => {
        const { workbench } = session();
        const frame = await previewFrame(session().page);
        await workbench.runCommand('Strat: Stop Comparing');
        await waitUntil(() => changes(frame), (state) => state === undefined, { what: 'the Changes section to go' });
        expect(await frame.locator('.change-mark').count()).toBe(0);
        expect(await frame.locator('.compare-control button').innerText()).toBe('Compare with…');
    });
});
