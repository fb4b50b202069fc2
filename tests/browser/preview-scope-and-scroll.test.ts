/**
 * The VS Code preview page's scope switch and "scroll to" in a real browser (Debian's Chromium),
 * with a stand-in for `acquireVsCodeApi`: the button posts `{ type: 'toggleScope' }` on click and
 * from the keyboard, survives an update, and is absent from the exported page; a
 * `{ type: 'scrollTo' }` message brings an OKR card into view.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderScorecardHtml, renderScorecardMainHtml } from '../../packages/language/src/scorecard/render/index.js';
import { launchChromium } from '../support/chromium.js';
import { bankScorecard } from '../scorecard/fixtures.js';

const PAGES = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'test-results', 'html');
const NONCE = 'c2NvcGUtdGVzdA==';

let browser: Browser;

beforeAll(async () => {
    mkdirSync(PAGES, { recursive: true });
    browser = await launchChromium();
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

/** The preview page as VS Code would load it, with the posted messages recorded in `window.__posted`. */
async function openPreview(name: string, html: string): Promise<{ page: Page; problems: string[] }> {
    const file = join(PAGES, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
    });
    await page.addInitScript(() => {
        const w = window as unknown as { __posted: unknown[]; acquireVsCodeApi: () => unknown };
        w.__posted = [];
        let state: unknown;
        w.acquireVsCodeApi = () => ({
            postMessage: (message: unknown) => w.__posted.push(message),
            getState: () => state,
            setState: (next: unknown) => {
                state = next;
            },
        });
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems };
}

function posted(page: Page): Promise<unknown[]> {
    return page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
}

describe('VS Code preview page: scope switch and scroll to', () => {
    it('posts toggleScope from the button, by mouse and keyboard, also after an update', async () => {
        const html = renderScorecardHtml(bankScorecard, { mode: 'webview', nonce: NONCE, scope: 'file' });
        const { page, problems } = await openPreview('bank-webview-scope', html);
        try {
            const button = page.locator('button[data-action="toggle-scope"]');
            await expect(button.innerText()).resolves.toMatch(/show whole workspace/i);
            await button.click();
            expect(await posted(page)).toEqual([{ type: 'toggleScope' }]);
            await button.focus();
            await page.keyboard.press('Enter');
            expect(await posted(page)).toEqual([{ type: 'toggleScope' }, { type: 'toggleScope' }]);

            const workspaceMain = renderScorecardMainHtml(bankScorecard, { mode: 'webview', scope: 'workspace' });
            await page.evaluate((h) => window.postMessage({ type: 'update', html: h }, '*'), workspaceMain);
            await page.waitForFunction(() => /this file/i.test(document.querySelector('[data-action="toggle-scope"]')?.textContent ?? ''));
            await page.locator('button[data-action="toggle-scope"]').click();
            expect((await posted(page)).length).toBe(3);
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    }, 60_000);

    it('scrolls an OKR card (not its strategy-map node) into view on scrollTo', async () => {
        const html = renderScorecardHtml(bankScorecard, { mode: 'webview', nonce: NONCE, scope: 'file' });
        const { page, problems } = await openPreview('bank-webview-scroll', html);
        try {
            const okr = bankScorecard.okrs[bankScorecard.okrs.length - 1];
            expect(okr).toBeDefined();
            const { uri, range } = okr!.location;
            await page.evaluate(({ u, l }) => window.postMessage({ type: 'scrollTo', uri: u, line: l }, '*'), { u: uri, l: range.start.line });
            const card = page.locator(`article.okr-card[data-line="${range.start.line}"]`);
            await page.waitForFunction(() => window.scrollY > 0);
            await expect(card.evaluate((element) => {
                const box = element.getBoundingClientRect();
                return box.bottom > 0 && box.top < window.innerHeight;
            })).resolves.toBe(true);
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    }, 60_000);

    it('keeps the state the extension gives it (page and update) with vscode.setState, next to its own', async () => {
        const state = { target: { scope: 'file', documentUri: 'file:///home/ana/bank "1".strat' } };
        const html = renderScorecardHtml(bankScorecard, { mode: 'webview', nonce: NONCE, scope: 'file', state });
        const { page, problems } = await openPreview('bank-webview-state', html);
        try {
            const kept = (): Promise<unknown> => page.evaluate(() => (window as unknown as { acquireVsCodeApi: () => { getState(): unknown } }).acquireVsCodeApi().getState());
            await expect(kept()).resolves.toEqual(state);
            await page.evaluate(() => {
                const radio = document.getElementById('strat-group-perspective') as HTMLInputElement;
                radio.checked = true;
                radio.dispatchEvent(new Event('change', { bubbles: true }));
            });
            const workspaceMain = renderScorecardMainHtml(bankScorecard, { mode: 'webview', scope: 'workspace' });
            const next = { target: { scope: 'workspace' } };
            await page.evaluate(({ h, s }) => window.postMessage({ type: 'update', html: h, state: s }, '*'), { h: workspaceMain, s: next });
            await page.waitForFunction(() => /this file/i.test(document.querySelector('[data-action="toggle-scope"]')?.textContent ?? ''));
            await expect(kept()).resolves.toEqual({ groupBy: 'perspective', target: { scope: 'workspace' } });
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    }, 60_000);

    it('has no scope button in the exported page, nor without a scope', () => {
        const html = renderScorecardHtml(bankScorecard, { mode: 'export', title: 'Acme Bank' });
        expect(html).not.toContain('<button type="button" class="scope-toggle');
        expect(renderScorecardHtml(bankScorecard, { mode: 'webview', nonce: NONCE }), 'no scope, no switch').not.toContain('<button type="button" class="scope-toggle');
    });
});
