/**
 * The scorecard preview page in a real browser (Debian's Chromium through playwright-core): the
 * page the extension builds, with the page script bundled from preview-src/ exactly as the
 * extension ships it, behind the page's CSP, talking to a stand-in for VS Code's webview API.
 * What a user does in the preview — click or press Enter on an element, switch the scope, scroll,
 * pick a KPI grouping, keep typing (updates), reload the window — and what the page then posts
 * and keeps. Screenshots go to test-results/screenshots/preview-*.png.
 *
 * Chromium is required: without it this suite fails — it never skips.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateMessage } from '../../packages/extension/src/preview/preview-page.js';
import type { SavedPreviewState } from '../../packages/extension/src/preview/preview-protocol.js';
import { launchChromium } from '../support/chromium.js';
import { REPO_ROOT } from '../support/paths.js';
import {
    buildPreviewBundle,
    hostRecords,
    openPreview,
    PAGE_URL,
    postToPage,
    previewPage,
    previewView,
    SCRIPT_URL,
    STYLESHEET_URL,
    type PreviewBundle,
} from './preview-webview.js';
import { bankScorecard, xssScorecard } from '../scorecard/fixtures.js';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const OKR_FILE = 'file:///home/ana/acme/strategy/okrs/2026-q3.strat';

let browser: Browser;
let bundle: PreviewBundle;

beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [browser, bundle] = await Promise.all([launchChromium(), buildPreviewBundle()]);
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

describe('the preview page loads as in a webview', () => {
    it('loads its stylesheet and its script (by nonce) and nothing else, acquires the VS Code API once, and shows the toolbar', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard, 'file')));
        const { page } = preview;
        try {
            await page.locator('.preview-toolbar').waitFor({ state: 'visible' });
            // Finished in whatever order the loaded machine lets them finish: exactly these three.
            expect([...preview.requests].sort()).toEqual([PAGE_URL, STYLESHEET_URL, SCRIPT_URL].sort());
            await expect(page.locator('.scope-control .control-state').innerText()).resolves.toBe('Scope: this file');
            await expect(page.locator('button.scope-toggle').innerText()).resolves.toBe('Show whole workspace');
            const records = await hostRecords(page);
            expect(records.acquired).toBe(1);
            expect(records.state, 'the target the extension put in <body data-state> is kept').toEqual({
                target: { scope: 'file', documentUri: 'file:///home/ana/acme/strategy/bank.strat' },
            });
            expect(records.violations).toEqual([]);
            expect(preview.problems).toEqual([]);
            // the editor theme maps onto the scorecard's colours (VS Code sets the --vscode-* variables)
            await page.evaluate(() => document.documentElement.style.setProperty('--vscode-editor-background', '#010203'));
            await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(1, 2, 3)');
            await page.screenshot({ path: join(SCREENSHOTS, 'preview-bank.png'), fullPage: false });
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('runs no script but its own: an injected inline script or a script from elsewhere is blocked', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(xssScorecard, 'file')), {
            alter: (html) => html.replace('</main>', '</main><script>window.__xss = 1</script><script src="https://evil.test/x.js"></script>'),
        });
        const { page } = preview;
        try {
            await page.locator('.preview-toolbar').waitFor({ state: 'visible' });
            await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
            const records = await hostRecords(page);
            expect(records.violations.length, records.violations.join('\n')).toBe(2);
            expect(records.violations.every((violation) => violation.startsWith('script-src'))).toBe(true);
            expect(preview.requests).not.toContain('https://evil.test/x.js');
            expect(records.acquired, 'the page script itself ran').toBe(1);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('shows nothing of the print layout on screen: the map itself, no print bands, OKR cards in one column', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard, 'file')));
        const { page } = preview;
        try {
            await page.locator('.preview-toolbar').waitFor({ state: 'visible' });
            await expect(page.locator('svg.map').isVisible()).resolves.toBe(true);
            await expect(page.locator('.map-print').isVisible()).resolves.toBe(false);
            const layout = await page.evaluate(() => {
                const card = document.querySelector('.okr-card') as Element;
                const results = card.querySelector('.okr-results') as Element;
                return { card: getComputedStyle(card).display, direction: getComputedStyle(card).flexDirection, results: getComputedStyle(results).display };
            });
            expect(layout).toEqual({ card: 'flex', direction: 'column', results: 'contents' });
            // a map node is still the only focusable thing for its element: the bands are hidden from everyone
            const focusable = await page.evaluate(() => document.querySelectorAll('.map-print [tabindex], .map-print [role="link"]').length);
            expect(focusable).toBe(0);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('keeps the KPI grouping switch working without script', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)), { context: { javaScriptEnabled: false } });
        const { page } = preview;
        try {
            await expect(page.locator('.by-perspective').isVisible()).resolves.toBe(false);
            await page.locator('label[for="strat-group-perspective"]').click();
            await expect(page.locator('.by-perspective').isVisible()).resolves.toBe(true);
            await expect(page.locator('.by-strategy').isVisible()).resolves.toBe(false);
        } finally {
            await preview.close();
        }
    }, 60_000);
});

describe('what the page asks the extension for', () => {
    it('reveals an element on click, Enter and Space — a card, a diagnostic, a strategy-map node — but not from the grouping switch', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)));
        const { page } = preview;
        const posted = async (): Promise<unknown[]> => (await hostRecords(page)).posted;
        try {
            await page.locator('article.okr-card').first().click({ position: { x: 30, y: 20 } });
            expect(await posted()).toEqual([{ type: 'reveal', uri: OKR_FILE, line: 1, character: 4 }]);
            await page.locator('.diag').first().focus();
            await page.keyboard.press('Enter');
            await page.keyboard.press(' ');
            expect((await posted()).slice(1)).toEqual([
                { type: 'reveal', uri: OKR_FILE, line: 54, character: 4 },
                { type: 'reveal', uri: OKR_FILE, line: 54, character: 4 },
            ]);
            await page.locator('.map-kpi').first().click();
            expect((await posted())[3]).toMatchObject({ type: 'reveal', uri: 'file:///home/ana/acme/strategy/bank.strat' });
            await page.locator('label[for="strat-group-perspective"]').click();
            expect(await posted(), 'the grouping switch is no reveal').toHaveLength(4);
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('switches the scope from the toolbar, by mouse and keyboard, and keeps the focus there when the update comes', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard, 'file')));
        const { page } = preview;
        try {
            const button = page.locator('button.scope-toggle');
            await button.click();
            expect((await hostRecords(page)).posted).toEqual([{ type: 'toggleScope' }]);
            await button.focus();
            await page.keyboard.press('Enter');
            expect((await hostRecords(page)).posted).toEqual([{ type: 'toggleScope' }, { type: 'toggleScope' }]);

            // the extension answers with the workspace scorecard
            await postToPage(page, updateMessage(previewView(bankScorecard, 'workspace')));
            await page.waitForFunction(() => document.querySelector('button.scope-toggle')?.textContent === 'Show this file only');
            await expect(page.locator('.scope-control .control-state').innerText()).resolves.toBe('Scope: whole workspace');
            await expect(page.locator('.hero h1').innerText()).resolves.toBe('acme workspace');
            await expect(page.evaluate(() => document.activeElement?.classList.contains('scope-toggle'))).resolves.toBe(true);
            await page.keyboard.press(' ');
            expect((await hostRecords(page)).posted).toHaveLength(3);
            expect((await hostRecords(page)).state).toEqual({ target: { scope: 'workspace' } });
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);
});

describe('what the extension tells the page', () => {
    it('patches <main> in place on update, keeping scroll position, grouping and focus, and keeps its own state next to the target', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)));
        const { page } = preview;
        try {
            await page.locator('label[for="strat-group-perspective"]').click();
            const card = page.locator('.by-perspective article.kpi-card').nth(2);
            await card.scrollIntoViewIfNeeded();
            await card.focus();
            const focusedLine = await card.getAttribute('data-line');
            await page.mouse.wheel(0, 300);
            await page.waitForFunction(() => window.scrollY > 300);
            await page.waitForTimeout(100);
            const scrollY = await page.evaluate(() => window.scrollY);
            expect((await hostRecords(page)).state).toMatchObject({ groupBy: 'perspective', scrollY });

            await page.evaluate(() => {
                (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
            });
            const typed = { ...bankScorecard, kpis: bankScorecard.kpis.map((kpi, i) => (i === 0 ? { ...kpi, title: 'Renamed while typing' } : kpi)) };
            await postToPage(page, updateMessage(previewView(typed, 'file', { stale: true })));
            await page.waitForFunction(() => document.body.textContent?.includes('Renamed while typing'));

            await expect(page.locator('.stale').innerText()).resolves.toContain('Showing the last valid state');
            await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), 'no reload').resolves.toBe(true);
            await expect(page.locator('.by-perspective').isVisible(), 'the grouping stays').resolves.toBe(true);
            await expect(page.evaluate(() => window.scrollY), 'the scroll position stays').resolves.toBe(scrollY);
            await expect(page.evaluate(() => document.activeElement?.getAttribute('data-line')), 'the focus stays on the same KPI').resolves.toBe(focusedLine);
            await expect(page.evaluate(() => document.activeElement?.closest('.by-perspective') !== null)).resolves.toBe(true);
            expect(await page.evaluate(() => document.scripts.length)).toBe(1);
            expect((await hostRecords(page)).state).toEqual({
                target: { scope: 'file', documentUri: 'file:///home/ana/acme/strategy/bank.strat' },
                groupBy: 'perspective',
                scrollY,
            });

            // the text parses again: the marker goes
            await postToPage(page, updateMessage(previewView(bankScorecard)));
            await page.waitForFunction(() => document.querySelector('.stale') === null);
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('ignores messages that are not the protocol’s', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)));
        const { page } = preview;
        try {
            const before = await page.evaluate(() => document.querySelector('main')?.innerHTML);
            await postToPage(page, { type: 'update', html: '<p id="old-protocol">x</p>' });
            await postToPage(page, { type: 'update', body: '<p id="no-controls">x</p>', state: { target: { scope: 'file' } } });
            await postToPage(page, 'update');
            await page.waitForTimeout(100);
            await expect(page.evaluate(() => document.querySelector('main')?.innerHTML)).resolves.toBe(before);
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('scrolls an OKR card (not its strategy-map node) into view on scrollTo', async () => {
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)));
        const { page } = preview;
        try {
            const okr = bankScorecard.okrs[bankScorecard.okrs.length - 1];
            expect(okr).toBeDefined();
            const { uri, range } = okr!.location;
            await postToPage(page, { type: 'scrollTo', uri, line: range.start.line });
            await page.waitForFunction(() => window.scrollY > 0);
            const card = page.locator(`article.okr-card[data-line="${range.start.line}"]`);
            await expect(card.evaluate((element) => {
                const box = element.getBoundingClientRect();
                return box.bottom > 0 && box.top < window.innerHeight;
            })).resolves.toBe(true);
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);
});

describe('when VS Code rebuilds the page (shown again, window reloaded)', () => {
    it('comes back at its scroll position with its grouping, taking the target from the page', async () => {
        const saved: SavedPreviewState = { target: { scope: 'workspace' }, scrollY: 900, groupBy: 'perspective' };
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard, 'file')), { savedState: saved });
        const { page } = preview;
        try {
            await page.waitForFunction(() => window.scrollY > 0);
            await expect(page.evaluate(() => window.scrollY)).resolves.toBe(900);
            await expect(page.locator('.by-perspective').isVisible()).resolves.toBe(true);
            expect((await hostRecords(page)).state).toEqual({
                target: { scope: 'file', documentUri: 'file:///home/ana/acme/strategy/bank.strat' },
                scrollY: 900,
                groupBy: 'perspective',
            });
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);

    it('keeps the "Needs attention" choice through updates and a reload', async () => {
        const first = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)));
        let saved: unknown;
        try {
            const { page } = first;
            await page.locator('label[for="strat-group-attention"]').click();
            await expect(page.locator('.by-attention').isVisible()).resolves.toBe(true);
            expect((await hostRecords(page)).state).toMatchObject({ groupBy: 'attention' });
            const typed = { ...bankScorecard, kpis: bankScorecard.kpis.map((kpi) => (kpi.name === 'NewToBank' ? { ...kpi, title: 'Renamed while typing' } : kpi)) };
            await postToPage(page, updateMessage(previewView(typed)));
            await page.waitForFunction(() => document.querySelector('.by-attention')?.textContent?.includes('Renamed while typing'));
            await expect(page.locator('.by-attention').isVisible(), 'the choice stays after an update').resolves.toBe(true);
            await expect(page.locator('.by-strategy').isVisible()).resolves.toBe(false);
            saved = (await hostRecords(page)).state;
            expect(first.problems).toEqual([]);
        } finally {
            await first.close();
        }
        // VS Code rebuilds the page with what it saved
        const again = await openPreview(browser, bundle, previewPage(previewView(bankScorecard)), { savedState: saved });
        try {
            await again.page.locator('.preview-toolbar').waitFor({ state: 'visible' });
            await expect(again.page.locator('#strat-group-attention').isChecked()).resolves.toBe(true);
            await expect(again.page.locator('.by-attention').isVisible()).resolves.toBe(true);
            expect((await hostRecords(again.page)).state).toMatchObject({ groupBy: 'attention' });
            expect(again.problems).toEqual([]);
        } finally {
            await again.close();
        }
    }, 60_000);

    it('drops what it cannot use from a saved state instead of failing', async () => {
        const saved = { scrollY: 'far', groupBy: 'colour', target: { scope: 'everything' }, injected: '<script>' };
        const preview = await openPreview(browser, bundle, previewPage(previewView(bankScorecard, 'workspace')), { savedState: saved });
        const { page } = preview;
        try {
            await page.locator('.preview-toolbar').waitFor({ state: 'visible' });
            await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
            await expect(page.locator('.by-strategy').isVisible()).resolves.toBe(true);
            expect((await hostRecords(page)).state).toEqual({ target: { scope: 'workspace' } });
            expect(preview.problems).toEqual([]);
        } finally {
            await preview.close();
        }
    }, 60_000);
});
