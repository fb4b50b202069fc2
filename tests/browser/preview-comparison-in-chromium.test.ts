/**
 * The comparison with a git revision as the preview page draws it, in Chromium with the page
 * script bundled as shipped (preview-src/comparison): the "Changes" section at the top of `<main>`, the
 * marks on every card of a changed KPI or OKR, "Stop comparing" from the section and the toolbar,
 * updates that switch it on, change it and off, a problem shown in one line, and user text that
 * stays text. Screenshot: test-results/screenshots/preview-comparison.png.
 *
 * Chromium is required: without it this suite fails — it never skips.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardChanges, diffScorecards, diffSummaryText, diffTables, type Scorecard } from '@strat/language';
import { comparisonProblem, comparisonView } from '../../packages/extension/src/preview/comparison-view.js';
import type { ComparisonView } from '../../packages/extension/src/preview/preview-comparison.js';
import { updateMessage } from '../../packages/extension/src/preview/preview-page.js';
import { launchChromium } from '../support/chromium.js';
import { REPO_ROOT } from '../support/paths.js';
import { bankScorecard } from '../scorecard/fixtures.js';
import { buildPreviewBundle, hostRecords, openPreview, postToPage, previewPage, previewView, type PreviewBundle } from './preview-webview.js';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

let browser: Browser;
let bundle: PreviewBundle;

beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [browser, bundle] = await Promise.all([launchChromium(), buildPreviewBundle()]);
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

function npsRaised(value: number, title = 'Net Promoter Score'): Scorecard {
    const head = structuredClone(bankScorecard);
    const nps = head.kpis.find((k) => k.name === 'Nps')!;
    Object.assign(nps, { value, status: 'green', title });
    nps.actuals = nps.actuals.map((a) => (a.period === '2026-06' ? { ...a, value } : a));
    return head;
}

function compared(head: Scorecard, ref = 'HEAD'): ComparisonView {
    const diff = diffScorecards({ label: ref, commit: 'abcdef0123', files: 1, scorecard: bankScorecard }, { label: 'editor', files: 1, scorecard: head });
    return comparisonView(ref, { diff, summary: diffSummaryText(diff), tables: diffTables(diff), cards: cardChanges(bankScorecard, head), hasSyntaxErrors: false }, head);
}

const NPS_CARDS = 'article.kpi-card[data-line="43"]';

describe('the preview compared with a git revision', () => {
    it('shows the Changes section at the top, above the header, and marks every card of the changed KPI, with before → after and ▲', async () => {
        const head = npsRaised(27);
        const view = previewView(head, 'file', { comparison: compared(head), controls: { scope: 'file', comparing: 'HEAD' } });
        const preview = await openPreview(browser, bundle, previewPage(view));
        const { page } = preview;
        try {
            const section = page.locator('#strat-changes');
            await section.waitFor({ state: 'visible' });
            expect(await page.evaluate(() => document.querySelector('main')?.firstElementChild?.id)).toBe('strat-changes');
            expect(await page.evaluate(() => document.querySelector('#strat-changes')?.nextElementSibling?.tagName)).toBe('HEADER');
            await expect(section.locator('h2').innerText()).resolves.toBe('Changes since HEAD (abcdef0)');
            await expect(section.locator('.changes-summary').innerText()).resolves.toBe('1 KPI status change · 1 new or changed value');
            const valueRow = section.locator('.changes-block', { hasText: 'Actuals and check-ins' }).locator('tbody tr');
            await expect(valueRow.innerText()).resolves.toMatch(/^Nps\s+2026-06\s+21\s+27 ▲$/);
            await expect(section.locator('.changes-block', { hasText: 'KPI status' }).locator('tbody tr').innerText()).resolves.toMatch(/amber\s+green/);

            // one card per grouping view: each is marked
            const cards = await page.locator(NPS_CARDS).count();
            expect(cards).toBeGreaterThan(1);
            await expect(page.locator(`${NPS_CARDS}.is-changed > ul.change-mark`).count()).resolves.toBe(cards);
            const mark = page.locator(`${NPS_CARDS} .change-mark`).first();
            await expect(mark.locator('li').first().innerText()).resolves.toBe('Value 21 → 27 ▲');
            await expect(mark.locator('.tone-better').count()).resolves.toBe(2);
            await expect(page.locator('.change-mark').count(), 'only the changed KPI is marked').resolves.toBe(cards);
            await expect(page.locator('.compare-control .control-state').innerText()).resolves.toBe('Comparing with HEAD');
            await section.screenshot({ path: join(SCREENSHOTS, 'preview-comparison.png') });

            await section.getByRole('button', { name: 'Stop comparing' }).click();
            await page.locator('.compare-control button').click();
            expect((await hostRecords(page)).posted).toEqual([{ type: 'stopComparing' }, { type: 'stopComparing' }]);
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('follows updates: on with new numbers, then off (the normal view), and the toolbar asks for a revision', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)));
        const { page } = preview;
        try {
            await page.locator('.preview-toolbar').waitFor({ state: 'visible' });
            expect(await page.locator('#strat-changes').count()).toBe(0);
            await page.locator('.compare-control button').click();
            expect((await hostRecords(page)).posted).toEqual([{ type: 'compare' }]);

            const first = npsRaised(25);
            await postToPage(page, updateMessage(previewView(first, 'file', { comparison: compared(first), controls: { scope: 'file', comparing: 'HEAD' } })));
            await page.locator('#strat-changes').waitFor();
            await expect(page.locator(`${NPS_CARDS} .change-mark li`).first().innerText()).resolves.toBe('Value 21 → 25 ▲');

            const second = npsRaised(28);
            await postToPage(page, updateMessage(previewView(second, 'file', { comparison: compared(second), controls: { scope: 'file', comparing: 'HEAD' } })));
            await page.waitForFunction(() => document.querySelector('.change-mark li')?.textContent?.includes('28'));
            await expect(page.locator('#strat-changes').count(), 'one section, not two').resolves.toBe(1);

            await postToPage(page, updateMessage(previewView(second)));
            await page.waitForFunction(() => document.querySelector('#strat-changes') === null);
            await expect(page.locator('.change-mark, .is-changed').count()).resolves.toBe(0);
            await expect(page.locator('.compare-control button').innerText()).resolves.toBe('Compare with…');
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('shows a problem in one line, and keeps user text as text', async () => {
        const problem = previewView(bankScorecard, 'file', { comparison: comparisonProblem('nope', 'Unknown git revision: nope'), controls: { scope: 'file', comparing: 'nope' } });
        const preview = await openPreview(browser, bundle, previewPage(problem));
        const { page } = preview;
        try {
            await expect(page.locator('#strat-changes .changes-problem').innerText()).resolves.toBe('Unknown git revision: nope');
            await expect(page.locator('.change-mark').count()).resolves.toBe(0);

            const hostile = npsRaised(30, '<img src=x onerror="window.__xss=1">');
            await postToPage(page, updateMessage(previewView(hostile, 'file', { comparison: compared(hostile, '<b>main</b>'), controls: { scope: 'file', comparing: '<b>main</b>' } })));
            await page.locator('#strat-changes .changes-summary').waitFor();
            await expect(page.locator('#strat-changes h2').innerText()).resolves.toContain('<b>main</b>');
            await expect(page.locator('#strat-changes img, #strat-changes b').count()).resolves.toBe(0);
            expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
        } finally {
            await preview.close();
        }
    }, 60_000);
});
