/**
 * The exported page of a scorecard judged against a reference date, in a real browser (Debian's
 * Chromium through playwright-core), read as a person reads it: the date in the header, pace in
 * words beside the bars with the expected progress marked at the right place, provisional grades,
 * cycle timelines, stale KPIs and overdue initiatives; the "Needs attention" choice filtering the
 * KPIs by a click, without script; nothing wider than the page, on a desktop or a phone; print.
 * Screenshots go to test-results/screenshots/time-views*.png.
 *
 * Chromium is required: without it this suite fails — it never skips.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderScorecardHtml } from '../../packages/language/src/scorecard/render/index.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { launchChromium } from '../support/chromium.js';
import { REPO_ROOT } from '../support/paths.js';
import { LONG_INITIATIVE, LONG_KPI_TITLE, timeScorecard } from '../scorecard/time-fixture.js';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const PAGES = join(REPO_ROOT, 'test-results', 'html');
const WIN = 'article.okr-card:has(h3:text-is("Become the bank new clients choose first"))';

let browser: Browser;
let dated: Scorecard;
let undated: Scorecard;

beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    mkdirSync(PAGES, { recursive: true });
    [browser, dated, undated] = await Promise.all([launchChromium(), timeScorecard(), timeScorecard(null)]);
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

interface Opened {
    page: Page;
    url: string;
    requests: string[];
    problems: string[];
}

/** Writes the exported page to disk and opens it as a user opens a downloaded file. */
async function open(name: string, scorecard: Scorecard, width = 1280): Promise<Opened> {
    const file = join(PAGES, `${name}.html`);
    writeFileSync(file, renderScorecardHtml(scorecard, { title: 'Acme Bank' }));
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const opened: Opened = { page, url, requests: [], problems: [] };
    page.on('request', (request) => opened.requests.push(request.url()));
    page.on('pageerror', (error) => opened.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) opened.problems.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return opened;
}

/** The visible texts of the elements `selector` finds, in order. */
async function visibleTexts(page: Page, selector: string): Promise<string[]> {
    return page.locator(selector).evaluateAll((elements) =>
        elements.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText.trim()),
    );
}

/** How much the page, or any visible card, timeline or group heading, is wider than its box. */
async function overflows(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const found: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) found.push(`page: ${root.scrollWidth - root.clientWidth}px`);
        for (const element of Array.from(document.querySelectorAll<HTMLElement>('.panel, .card, .kr, .cycle, .kpi-group-head, .flow li, .plan li, .attention-reasons'))) {
            if (element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1) {
                found.push(`${element.className}: ${element.scrollWidth - element.clientWidth}px — ${element.innerText.slice(0, 40)}`);
            }
        }
        return found;
    });
}

describe('the exported page of a scorecard as of 17 August 2026, in Chromium', () => {
    it('shows the reference date, pace in words and colour with the expected progress marked, provisional grades, timelines, stale KPIs and overdue initiatives', async () => {
        const { page, url, requests, problems } = await open('time-views', dated);
        try {
            await expect(page.locator('header.hero .as-of').innerText()).resolves.toBe('As of 17 August 2026');

            const win = page.locator(WIN);
            await expect(win.locator('.score .chip.pace').innerText()).resolves.toBe('On track');
            await expect(win.locator('.score .grade-note').innerText()).resolves.toBe('provisional');
            await expect(win.locator('.score .ring').getAttribute('aria-label')).resolves.toBe('Score: 43%, grade Amber (provisional); expected by now 52%: on track');
            await expect(visibleTexts(page, `${WIN} .kr .chip.pace`)).resolves.toEqual(['Behind', 'On track']);
            await expect(win.locator('.cycle-now').innerText()).resolves.toBe('day 48 of 92, on track');
            await expect(visibleTexts(page, `${WIN} .cycle-end`)).resolves.toEqual(['1 Jul 2026', '30 Sep 2026']);
            await expect(win.locator('.plan li.overdue').innerText()).resolves.toContain(LONG_INITIATIVE);
            await expect(win.locator('.plan .chip.overdue').innerText()).resolves.toMatch(/^overdue$/i);

            // the mark sits where progress should be by now: 52% along the bar, and on the timeline
            const along = async (mark: string, track: string): Promise<number> => {
                const [m, t] = await Promise.all([win.locator(mark).first().boundingBox(), win.locator(track).first().boundingBox()]);
                if (!m || !t) throw new Error(`${mark} or ${track} has no box`);
                return (m.x + m.width / 2 - t.x) / t.width;
            };
            expect(await along('.kr .expected', '.kr .progress')).toBeCloseTo(0.52, 2);
            expect(await along('.cycle-today', '.cycle-bar')).toBeCloseTo(0.52, 2);

            // pace in colour as well as in words: the bar takes the pace's colour
            const fills = await page.locator(`${WIN} .kr-bar.paced .progress-fill`).evaluateAll((fills) => fills.map((f) => getComputedStyle(f).backgroundColor));
            expect(fills).toEqual(['rgb(191, 135, 0)', 'rgb(26, 127, 55)']);

            // a grade stops being provisional when the cycle is over; a closed OKR has no pace
            const old = page.locator('article.okr-card:has(h3:text-is("Win back our buyers"))');
            await expect(old.locator('.grade-note').count()).resolves.toBe(0);
            await expect(old.locator('.score .chip.pace').innerText()).resolves.toBe('At risk');
            await expect(old.locator('.cycle-now').innerText()).resolves.toBe('cycle ended 2026-06-30, at risk');
            const closed = page.locator('article.okr-card:has(h3:text-is("Fill the pipeline"))');
            await expect(closed.locator('.chip.pace').count()).resolves.toBe(0);
            await expect(page.locator('article.okr-card:has(h3:text-is("Open the first youth branch")) .score .chip.pace').innerText()).resolves.toBe('Not started');

            // stale KPIs are marked in words, with their freshness
            const nps = page.locator('.by-strategy article.kpi-card:has(h4:text-is("Net Promoter Score"))');
            await expect(nps.locator('.stale-chip').innerText()).resolves.toBe('Stale');
            await expect(nps.locator('.freshness').innerText()).resolves.toBe('stale: no value since 2026-06; monthly');
            await expect(page.locator('.by-strategy article.kpi-card:has(h4:text-is("Sales")) .freshness').innerText()).resolves.toBe('fresh until 2026-09-30; quarterly');

            expect(await overflows(page)).toEqual([]);
            await page.screenshot({ path: join(SCREENSHOTS, 'time-views.png'), fullPage: true });
            expect(requests, 'no request but the page itself').toEqual([url]);
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    }, 60_000);

    it('filters the KPIs to those that need attention by a click on "Needs attention", most pressing first, each with its reasons', async () => {
        const { page, problems } = await open('time-views-attention', dated);
        try {
            const attention = page.locator('.by-attention');
            await expect(attention.isVisible()).resolves.toBe(false);
            await expect(page.locator('label[for="strat-group-attention"]').innerText()).resolves.toMatch(/^Needs attention\s*4$/);
            await page.locator('label[for="strat-group-attention"]').click();
            await expect(attention.isVisible()).resolves.toBe(true);
            await expect(page.locator('.by-strategy').isVisible()).resolves.toBe(false);
            await expect(page.locator('.by-perspective').isVisible()).resolves.toBe(false);
            await expect(visibleTexts(page, '#kpi-scorecard .kpi-card h4')).resolves.toEqual([LONG_KPI_TITLE, 'Sales', 'Gross margin', 'Net Promoter Score']);
            const reasons = await visibleTexts(page, '#kpi-scorecard .attention-reasons');
            expect(reasons.map((r) => r.replace(/\s+/g, ' '))).toEqual([
                'Needs attention: red stale',
                'Needs attention: red',
                'Needs attention: red',
                'Needs attention: OKR at risk stale',
            ]);
            await expect(page.locator('#kpi-scorecard .kpi-card:has(h4:text-is("Daily visits"))').first().isVisible(), 'a fresh green KPI is filtered out').resolves.toBe(false);
            // the keyboard moves between the three choices
            await page.locator('#strat-group-attention').focus();
            await page.keyboard.press('ArrowLeft');
            await expect(page.locator('.by-perspective').isVisible()).resolves.toBe(true);
            await page.keyboard.press('ArrowRight');
            await expect(attention.isVisible()).resolves.toBe(true);
            expect(await overflows(page)).toEqual([]);
            await page.locator('#kpi-scorecard').screenshot({ path: join(SCREENSHOTS, 'time-views-attention.png') });

            // print shows the view chosen, without the switch, and keeps the time marks
            await page.emulateMedia({ media: 'print' });
            await expect(page.locator('.group-toggle').isVisible()).resolves.toBe(false);
            await expect(attention.isVisible()).resolves.toBe(true);
            await expect(page.locator(`${WIN} .cycle`).isVisible()).resolves.toBe(true);
            await expect(page.locator(`${WIN} .kr .expected`).first().isVisible()).resolves.toBe(true);
            await expect(page.locator(`${WIN} .score .chip.pace`).isVisible()).resolves.toBe(true);
            expect(await overflows(page)).toEqual([]);
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    }, 60_000);

    it('keeps long texts inside on a phone-sized screen, in every view', async () => {
        const { page } = await open('time-views-narrow', dated, 360);
        try {
            for (const view of ['strategy', 'perspective', 'attention']) {
                await page.locator(`label[for="strat-group-${view}"]`).click();
                expect(await overflows(page), `${view} view`).toEqual([]);
            }
            await page.screenshot({ path: join(SCREENSHOTS, 'time-views-narrow.png'), fullPage: true });
        } finally {
            await page.close();
        }
    }, 60_000);
});

describe('the exported page of the same scorecard without a reference date, in Chromium', () => {
    it('says so, and shows no timeline, mark, pace, provisional grade, stale or overdue marker', async () => {
        const { page, problems } = await open('time-views-undated', undated);
        try {
            await expect(page.locator('header.hero .as-of').innerText()).resolves.toBe('No reference date');
            for (const selector of ['.cycle', '.expected', '.chip.pace', '.ring-expected', '.grade-note', '.stale-chip', '.freshness', '.chip.overdue', '.pace-legend']) {
                await expect(page.locator(selector).count(), selector).resolves.toBe(0);
            }
            const text = await page.locator('main').innerText();
            expect(text).not.toMatch(/\bnull\b|\bundefined\b|\bNaN\b|provisional/i);
            expect(await overflows(page)).toEqual([]);
            expect(problems).toEqual([]);
        } finally {
            await page.close();
        }
    }, 60_000);
});
