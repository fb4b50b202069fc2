/**
 * The exported scorecard page in a real browser (Debian's Chromium through playwright-core):
 * every section is visible, the page makes no request but itself, hostile text never runs,
 * the group-by toggle works without script, and print hides the toggle. (The VS Code preview
 * page: preview-page-in-chromium.test.ts.) Full-page screenshots go to
 * test-results/screenshots/<name>.png for a human to judge the design.
 *
 * Chromium is required: install it with `apt-get install -y chromium`. Without it this suite
 * fails — it never skips.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderScorecardHtml } from '../../packages/language/src/scorecard/render/index.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { bankScorecard, FIXTURES, type FixtureName } from '../scorecard/fixtures.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'test-results');
const SCREENSHOTS = join(OUT, 'screenshots');
const PAGES = join(OUT, 'html');
const SECTIONS = ['#strategy-map', '#seven-steps', '#kpi-scorecard', '#okr-board', '#diagnostics'];

let browser: Browser;

beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    mkdirSync(PAGES, { recursive: true });
    browser = await launchChromium();
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

interface Watched {
    page: Page;
    url: string;
    requests: string[];
    dialogs: string[];
    problems: string[];
}

/** Opens a page written to disk (as a user opens an exported file), watching what it does. */
async function open(name: string, html: string, setup?: (page: Page) => Promise<void>): Promise<Watched> {
    const file = join(PAGES, `${name}.html`);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched: Watched = { page, url, requests: [], dialogs: [], problems: [] };
    page.on('request', (request) => watched.requests.push(request.url()));
    page.on('dialog', (dialog) => {
        watched.dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) watched.problems.push(message.text());
    });
    if (setup) await setup(page);
    await page.goto(url, { waitUntil: 'load' });
    return watched;
}

function exported(scorecard: Scorecard): string {
    return renderScorecardHtml(scorecard, { title: 'Acme Bank' });
}

describe.each(Object.keys(FIXTURES) as FixtureName[])('exported page in Chromium: %s', (name) => {
    it('shows every section, makes no request, runs nothing, and the toggle works', async () => {
        const { page, url, requests, dialogs, problems } = await open(name, exported(FIXTURES[name]));
        try {
            for (const section of SECTIONS) {
                await expect(page.locator(section).isVisible(), `${section} visible`).resolves.toBe(true);
                const heading = await page.locator(`${section} h2`).first().innerText();
                expect(heading.length, `${section} has a heading`).toBeGreaterThan(0);
            }
            await expect(page.locator('header.hero h1').innerText()).resolves.toBe('Acme Bank');

            // hover and focus everything, as a curious user would: no handler may fire
            for (const selector of ['.card', '.kr', '.diag', '.map-node', '.ambition']) {
                const elements = page.locator(selector);
                const n = Math.min(await elements.count(), 12);
                for (let i = 0; i < n; i++) await elements.nth(i).hover({ force: true, timeout: 2000 }).catch(() => undefined);
            }
            await page.keyboard.press('Tab');
            await page.waitForTimeout(100);

            expect(requests, 'no request except the page itself').toEqual([url]);
            expect(dialogs, 'no dialog').toEqual([]);
            expect(problems, 'no console error, no CSP violation').toEqual([]);
            const xss = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
            expect(xss, 'no injected script ran').toBeUndefined();
            const handlers = await page.evaluate(() =>
                Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => a.name)).filter((a) => a.startsWith('on')),
            );
            expect(handlers, 'no event-handler attribute in the DOM').toEqual([]);
            const scripts = await page.evaluate(() => document.scripts.length);
            expect(scripts, 'no script element in the DOM').toBe(0);

            if (FIXTURES[name].kpis.length > 0) {
                const strategy = page.locator('.by-strategy');
                const perspective = page.locator('.by-perspective');
                await expect(strategy.isVisible()).resolves.toBe(true);
                await expect(perspective.isVisible()).resolves.toBe(false);
                await page.locator('label[for="strat-group-perspective"]').click();
                await expect(strategy.isVisible(), 'by strategy hidden after the toggle').resolves.toBe(false);
                await expect(perspective.isVisible(), 'by perspective shown after the toggle').resolves.toBe(true);
                // keyboard: the radios are focusable and switch with arrow keys
                await page.locator('#strat-group-perspective').focus();
                await page.keyboard.press('ArrowLeft');
                await expect(strategy.isVisible(), 'by strategy again with the keyboard').resolves.toBe(true);
            }

            await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
            expect(requests).toEqual([url]);
        } finally {
            await page.close();
        }
    }, 60_000);
});

describe('exported page in Chromium: themes and print', () => {
    it('follows a dark colour scheme, and prints light without the toggle', async () => {
        const { page, requests, url } = await open('bank-dark', exported(bankScorecard));
        try {
            await page.emulateMedia({ colorScheme: 'dark' });
            const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            expect(dark).toBe('rgb(13, 17, 23)');
            await page.screenshot({ path: join(SCREENSHOTS, 'bank-dark.png'), fullPage: false });
            await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
            const print = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            expect(print).toBe('rgb(255, 255, 255)');
            await expect(page.locator('.group-toggle').isVisible()).resolves.toBe(false);
            const breaks = await page.evaluate(() => getComputedStyle(document.querySelector('#okr-board') as Element).breakBefore);
            expect(breaks).toBe('page');
            expect(requests).toEqual([url]);
        } finally {
            await page.close();
        }
    }, 60_000);

    it('stays usable at a narrow VS Code side-panel width', async () => {
        const { page } = await open('bank-narrow', exported(bankScorecard));
        try {
            await page.setViewportSize({ width: 520, height: 900 });
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, 'no horizontal scrolling of the whole page').toBeLessThanOrEqual(0);
            await page.screenshot({ path: join(SCREENSHOTS, 'bank-narrow.png'), fullPage: false });
        } finally {
            await page.close();
        }
    }, 60_000);
});
