/**
 * The exported scorecard as a board pack: `strat scorecard --format html` of the examples and of
 * a large generated workspace, printed to PDF by Chromium as "Save as PDF" does (with the
 * screen in dark mode), then read back with pdfjs-dist. Every page is A4 landscape; the page
 * count follows from how much there is to print; no card, key result, step or diagnostic is cut
 * by a page break (probes at the top and bottom of each land on the same page); the paper is
 * light whatever the screen's theme, status colours kept; the interactive controls are gone.
 * A control case prints the same page without its `break-inside` rules and must see cards cut —
 * so the check can fail. The PDFs go to test-results/print/ for a human to leaf through.
 *
 * Chromium is required: without it this suite fails — it never skips.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_CONTENT_PX } from '../../packages/language/src/scorecard/render/html-styles-print.js';
import { generateStrategy } from '../../scripts/generate-strategy.mjs';
import { launchChromium } from '../support/chromium.js';
import { EXAMPLES_DIR, REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { A4_POINTS, pagesOf, placeProbes, printToPdf, type PrintedPdf, type ProbedBlock } from './print-pdf.js';

const OUT = path.join(REPO_ROOT, 'test-results', 'print');
/** What must never be cut by a page break. */
const BLOCKS = '.card, .kr, .step, .diag, .ambition, .tile';
/** The parts that each start a page: the header, then every main section. */
const PARTS = 'main > .hero, main > .panel';
/** The printable area of a page, in CSS pixels (A4 landscape less the margins of the print CSS). */
const PAGE = PRINT_CONTENT_PX;
/** The generated workspace: units of one strategy, three KPIs and one OKR with two key results. */
const GENERATED_UNITS = 40;

let browser: Browser;
let scratch: string;

beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    scratch = mkdtempSync(path.join(tmpdir(), 'strat-print-'));
    browser = await launchChromium();
}, 60_000);

afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
});

/** `strat scorecard PATHS --format html`, with a fixed reference date so that the pages do not drift with the clock. */
async function exportHtml(name: string, paths: string[]): Promise<string> {
    const file = path.join(OUT, `${name}.html`);
    const { status, stderr } = await runCli(['scorecard', ...paths, '--format', 'html', '--as-of', '2026-08-17', '-o', file]);
    expect(status, stderr).toBe(0);
    return file;
}

interface Printout {
    page: Page;
    pdf: PrintedPdf;
    blocks: ProbedBlock[];
    /** Height of each part (header, sections) on paper, in CSS pixels. */
    parts: number[];
}

/** Opens the file with the screen in dark mode, lays it out for paper (a page's printable width), probes it and prints it. */
async function print(file: string): Promise<Printout> {
    const page = await browser.newPage({ viewport: { width: Math.floor(PAGE.width), height: Math.floor(PAGE.height) }, colorScheme: 'dark' });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const parts = await page.evaluate((selector) => Array.from(document.querySelectorAll(selector)).map((part) => part.getBoundingClientRect().height), PARTS);
    const probed = await placeProbes(page, BLOCKS);
    const pdf = await printToPdf(page);
    return { page, pdf, blocks: pagesOf(probed, pdf), parts };
}

function describeBlock(block: ProbedBlock): string {
    return `${block.label} (${Math.round(block.height)} px, pages ${block.startPage}–${block.endPage})`;
}

/**
 * The page count a part may take. At least its height over a page's: a page holds no more than
 * that. At most twice that, rounded up: breaks fall only between blocks that are never cut, each
 * shorter than a page, so a page moves on to the next only when the next block does not fit —
 * on average a page is at least half full. Every part starts a page, so the bounds add up.
 */
function pageBounds(parts: number[]): { least: number; most: number } {
    return {
        least: parts.reduce((sum, height) => sum + Math.max(1, Math.ceil(height / PAGE.height)), 0),
        most: parts.reduce((sum, height) => sum + Math.max(1, Math.ceil((2 * height) / PAGE.height)), 0),
    };
}

function expectBoardPack(name: string, printout: Printout): void {
    const { pdf, blocks, parts } = printout;
    writeFileSync(path.join(OUT, `${name}.pdf`), pdf.bytes);

    for (const [index, size] of pdf.sizes.entries()) {
        expect(size.width, `page ${index + 1} width (pt)`).toBeCloseTo(A4_POINTS.long, 0);
        expect(size.height, `page ${index + 1} height (pt)`).toBeCloseTo(A4_POINTS.short, 0);
    }
    const { least, most } = pageBounds(parts);
    expect(parts.length, 'the header and five sections').toBe(6);
    expect(pdf.sizes.length, `${name}: pages for parts of ${parts.map(Math.round).join(', ')} px`).toBeGreaterThanOrEqual(least);
    expect(pdf.sizes.length, `${name}: pages for parts of ${parts.map(Math.round).join(', ')} px`).toBeLessThanOrEqual(most);
    // the page numbers are printed: "n / total" at the foot of each page
    expect(pdf.texts.at(-1)).toContain(`${pdf.sizes.length} / ${pdf.sizes.length}`);

    expect(blocks.length, 'blocks probed').toBeGreaterThan(20);
    const lost = blocks.filter((block) => block.startPage === undefined || block.endPage === undefined);
    expect(lost.map(describeBlock), 'every probe is found in the PDF').toEqual([]);
    const loose = blocks.filter((block) => block.breakInside !== 'avoid');
    expect(loose.map(describeBlock), 'every block avoids breaks inside it').toEqual([]);
    const tall = blocks.filter((block) => block.height > PAGE.height);
    expect(tall.map(describeBlock), 'every block fits on a page').toEqual([]);
    const cut = blocks.filter((block) => block.startPage !== block.endPage);
    expect(cut.map(describeBlock), 'no block is cut by a page break').toEqual([]);
}

describe('the exported scorecard printed to PDF', () => {
    it('examples: A4 landscape, a page count that follows the content, no card cut', async () => {
        const printout = await print(await exportHtml('examples', [EXAMPLES_DIR]));
        try {
            expectBoardPack('examples', printout);
            // every OKR card and every KPI card of each view shown made it to paper
            const okrs = await printout.page.locator('.okr-card').count();
            expect(printout.blocks.filter((block) => block.label.includes('okr-card'))).toHaveLength(okrs);
        } finally {
            await printout.page.close();
        }
    }, 120_000);

    it(`a generated workspace of ${GENERATED_UNITS} OKRs and ${GENERATED_UNITS * 3} KPIs: the same`, async () => {
        const folder = path.join(scratch, 'generated');
        mkdirSync(folder, { recursive: true });
        // about 88 lines a unit (generate-strategy.mjs)
        writeFileSync(path.join(folder, 'strategy.strat'), generateStrategy(GENERATED_UNITS * 88));
        const printout = await print(await exportHtml('generated', [folder]));
        try {
            await expect(printout.page.locator('.okr-card').count()).resolves.toBeGreaterThanOrEqual(GENERATED_UNITS);
            expectBoardPack('generated', printout);
        } finally {
            await printout.page.close();
        }
    }, 180_000);

    it('without its break-inside rules the same check sees cards cut (the check can fail)', async () => {
        const file = await exportHtml('examples-uncut', [EXAMPLES_DIR]);
        const html = readFileSync(file, 'utf8');
        expect(html).toContain('break-inside: avoid');
        writeFileSync(file, html.replaceAll('break-inside: avoid', 'break-inside: auto'));
        const printout = await print(file);
        try {
            const cut = printout.blocks.filter((block) => block.startPage !== undefined && block.startPage !== block.endPage);
            expect(cut.length, 'cards cut once the rules are gone').toBeGreaterThan(0);
        } finally {
            await printout.page.close();
        }
    }, 120_000);
});

describe('the exported scorecard on paper, with the screen in dark mode', () => {
    it('is light, keeps its status colours, shows the map as bands and no control', async () => {
        const file = await exportHtml('examples-colours', [EXAMPLES_DIR]);
        const page = await browser.newPage({ viewport: { width: Math.floor(PAGE.width), height: Math.floor(PAGE.height) }, colorScheme: 'dark' });
        try {
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
            await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(13, 17, 23)');
            await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
            const colours = await page.evaluate(() => {
                const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
                return {
                    body: style('body').backgroundColor,
                    text: style('body').color,
                    card: style('.kpi-card').backgroundColor,
                    hero: style('.hero').backgroundImage,
                    red: style('.kpi-card.s-red').borderLeftColor,
                    adjust: style('.kpi-card.s-red .si-fill').getPropertyValue('print-color-adjust'),
                };
            });
            const channels = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number);
            for (const value of channels(colours.body)) expect(value, `body ${colours.body}`).toBeGreaterThanOrEqual(245);
            for (const value of channels(colours.card)) expect(value, `card ${colours.card}`).toBeGreaterThanOrEqual(245);
            for (const value of channels(colours.text)) expect(value, `text ${colours.text}`).toBeLessThanOrEqual(60);
            expect(colours.hero, 'no dark gradient behind the title').toBe('none');
            expect(colours.red, 'a red KPI keeps its red strip').toBe('rgb(207, 34, 46)');
            expect(colours.adjust, 'status marks print in colour even with "background graphics" off').toBe('exact');

            await expect(page.locator('.group-toggle').isVisible()).resolves.toBe(false);
            await expect(page.locator('.map-scroll').isVisible()).resolves.toBe(false);
            const bands = await page.evaluate(() =>
                Array.from(document.querySelectorAll('.map-band')).map((band) => band.getBoundingClientRect().height),
            );
            expect(bands.length, 'the examples\' map needs several pages').toBeGreaterThan(1);
            for (const height of bands) expect(height, 'a band fits a page').toBeLessThanOrEqual(PAGE.height);
            // the bands draw the map: its boxes are there, through <use>
            const drawn = await page.evaluate(() => {
                const band = document.querySelector('.map-band') as SVGSVGElement;
                return band.getBoundingClientRect().height > 0 && band.querySelector('use')?.getBBox().height;
            });
            expect(drawn).toBeGreaterThan(0);
        } finally {
            await page.close();
        }
    }, 60_000);
});
