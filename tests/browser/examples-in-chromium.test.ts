/**
 * Sharing the scorecard: `strat scorecard --format html` on every example, opened in Chromium as a
 * colleague would open the file. Every section renders, statuses show as text, the page asks the
 * network for nothing. A screenshot per example goes to test-results/screenshots/examples/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { exampleFolders } from '../support/examples.js';
import { EXAMPLES_DIR, REPO_ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const OUT = path.join(REPO_ROOT, 'test-results', 'screenshots', 'examples');
const SECTIONS = ['#strategy-map', '#seven-steps', '#kpi-scorecard', '#okr-board', '#diagnostics'];
let browser: Browser;

beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchChromium();
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

/** Each example workspace on its own (its folder: the software company's two files), and the whole folder. */
const CASES: Array<[string, string[]]> = [
    ...exampleFolders().map(folder => [folder, [path.join(EXAMPLES_DIR, folder)]] as [string, string[]]),
    ['all-examples', [EXAMPLES_DIR]]
];

describe('the exported scorecard of every example', () => {
    it('covers at least five examples', () => {
        expect(CASES.length).toBeGreaterThanOrEqual(6);
    });

    for (const [name, paths] of CASES) {
        it(`${name}: renders every section with statuses as text, offline`, async () => {
            const file = path.join(OUT, `${name}.html`);
            const { status, stderr } = await runCli(['scorecard', ...paths, '--format', 'html', '-o', file]);
            expect(status, stderr).toBe(0);
            const json = JSON.parse((await runCli(['scorecard', ...paths, '--format', 'json'])).stdout) as { kpis: Array<{ name: string; title: string; status: string }> };

            const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
            const requests: string[] = [];
            page.on('request', request => requests.push(request.url()));
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
            for (const section of SECTIONS) {
                await expect.poll(() => page.locator(section).isVisible(), { message: `${name}: ${section} visible` }).toBe(true);
            }
            const kpiText = await page.locator('#kpi-scorecard').innerText();
            for (const kpi of json.kpis) {
                expect(kpiText, `${name}: KPI ${kpi.name}`).toContain(kpi.title.slice(0, 20));
            }
            for (const status of new Set(json.kpis.map(k => k.status))) {
                expect(kpiText.toLowerCase(), `${name}: status ${status} as text`).toContain(status);
            }
            expect(requests).toEqual([pathToFileURL(file).href]);
            await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
            await page.close();
        }, 60_000);
    }
});

describe('a .strat file full of XSS payloads', () => {
    const PAYLOADS = [
        '<img src=x onerror="window.__xss=1">',
        '</script><script>window.__xss=2</script>',
        '"><svg onload="window.__xss=3">',
        "'><iframe src=javascript:window.__xss=4>",
        '<a href="javascript:window.__xss=5">click</a>',
        '{{constructor.constructor(\'window.__xss=6\')()}}'
    ];
    const q = (text: string) => JSON.stringify(text);
    const file = PAYLOADS.map((p, i) => `
ambition A${i} ${q(p)} { horizon 2030 owner ${q(p)} description ${q(p)} }
strategy S${i} ${q(p)} { realizes A${i} owner ${q(p)} }
kpi K${i} ${q(p)} { monitors S${i} unit ${q(p)} target >= 10 alert 5 every month owner ${q(p)} actual 2026-01 3 }
okr O${i} ${q(p)} { cycle 2026-Q1 addresses K${i} owner ${q(p)}
    key result R${i} ${q(p)} { from 0 to 10 current 4 unit ${q(p)} }
    key result ${q(p)} { from 0 to 10 }
    plan { initiative ${q(p)} owner ${q(p)} }
}`).join('\n');

    it('shows every payload as text and runs none of them', async () => {
        const folder = path.join(OUT, 'xss');
        mkdirSync(folder, { recursive: true });
        const source = path.join(folder, 'xss.strat');
        writeFileSync(source, file);
        const html = path.join(folder, 'xss.html');
        expect((await runCli(['scorecard', source, '--format', 'html', '-o', html])).status).toBe(0);
        const page = await browser.newPage();
        const dialogs: string[] = [];
        const requests: string[] = [];
        page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
        page.on('request', request => requests.push(request.url()));
        await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
        await page.locator('#okr-board').scrollIntoViewIfNeeded();
        for (const element of await page.locator('a[href^="javascript:"], iframe, script:not([type])').all()) {
            await element.click({ timeout: 1000 }).catch(() => undefined);
        }
        expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(requests).toEqual([pathToFileURL(html).href]);
        const text = await page.locator('body').innerText();
        for (const payload of PAYLOADS.slice(0, 3)) {
            expect(text).toContain(payload);
        }
        await page.screenshot({ path: path.join(folder, 'xss.png'), fullPage: true });
        await page.close();
    }, 60_000);
});
