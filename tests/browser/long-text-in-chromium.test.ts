/**
 * Long unbroken text never widens the scorecard page: every name, title, owner, unit,
 * description, initiative, period, file path and message of 150 and of 10,000 characters
 * without a space is wrapped or cut short — and where it is cut, the whole text is on hover.
 * Measured in Chromium (the exported page and the preview's `<main>`), at 480 px and 1280 px, and
 * the exported page on paper (print media at the printable width of A4 landscape).
 *
 * Chromium is required: without it this suite fails — it never skips.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderScorecardHtml, renderScorecardMainHtml } from '../../packages/language/src/scorecard/render/index.js';
import { EXPORT_THEME, scorecardStylesheet } from '../../packages/language/src/scorecard/render/html-styles.js';
import { PRINT_CONTENT_PX } from '../../packages/language/src/scorecard/render/html-styles-print.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { launchChromium } from '../support/chromium.js';
import { workspaceOf } from '../support/workspace.js';

let browser: Browser;

beforeAll(async () => {
    browser = await launchChromium();
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

/** A strategy whose every text is `length` characters without a space. */
function longStrategy(length: number): Record<string, string> {
    const word = (seed: string) => (seed + 'x'.repeat(length)).slice(0, length);
    const name = (seed: string) => (seed + '_'.repeat(length)).slice(0, length);
    const text = `ambition ${name('Amb')} "${word('Ambition')}" { horizon 2030 owner "${word('Board')}" description "${word('Why')}" }
strategy ${name('Str')} "${word('Strategy')}" { realizes ${name('Amb')} perspective customer owner "${word('Coo')}" description "${word('How')}" }
kpi ${name('Kpi')} "${word('Kpi')}" {
    monitors ${name('Str')} unit "${word('Unit')}" target >= 30 alert 20 every month owner "${word('Team')}" description "${word('Desc')}"
    actual 2026-05 18 actual 2026-06 21
}
kpi ${name('Red')} "${word('RedKpi')}" { monitors ${name('Str')} target >= 30 every month actual 2026-06 1 }
okr ${name('Okr')} "${word('Objective')}" {
    cycle 2026-Q3 addresses ${name('Kpi')} owner "${word('Owner')}" description "${word('Because')}"
    key result ${name('Kr1')} "${word('Result')}" { measures ${name('Kpi')} from 21 to 35 current 26 confidence 60% unit "${word('KrUnit')}" owner "${word('KrOwner')}" checkin 2026-07-15 4 confidence 70% }
    key result "${word('Second')}" { from 5 to 1 }
    plan { initiative "${word('Initiative')}" owner "${word('Doer')}" due 2026-08-31 done }
}
okr ${name('Child')} "${word('Child')}" { supports ${name('Okr')} addresses ${name('Nowhere')} }
`;
    return { [`${word('folder')}/${word('file')}`.slice(0, 194) + '.strat']: text };
}

async function scorecardOf(length: number): Promise<Scorecard> {
    const scorecard = (await workspaceOf(longStrategy(length))).scorecard();
    expect(scorecard.diagnostics.items.length, 'the long strategy has findings to show').toBeGreaterThan(2);
    return scorecard;
}

/** The preview's `<main>`, in a page like the extension's (its own theme and stylesheet). */
function previewPage(scorecard: Scorecard, title: string): string {
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${EXPORT_THEME}${scorecardStylesheet({ sourceLinks: true })}</style></head>`
        + `<body><main>${renderScorecardMainHtml(scorecard, { title, sourceLinks: true })}</main></body></html>`;
}

interface Overflow {
    pageWidth: number;
    viewport: number;
    /** Elements wider than the page, by their tag and class. */
    wide: string[];
    /** Texts cut short (ellipsis) that do not carry their whole text on hover. */
    cutWithoutTitle: string[];
}

/** On paper (`print`) nothing scrolls: a table or the map must fit the page too. */
async function measure(html: string, width: number, print = false): Promise<Overflow> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
        await page.setContent(html, { waitUntil: 'load' });
        if (print) await page.emulateMedia({ media: 'print' });
        return await page.evaluate((print) => {
            const viewport = document.documentElement.clientWidth;
            const wide: string[] = [];
            const cutWithoutTitle: string[] = [];
            for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
                const box = element.getBoundingClientRect();
                const scroller = print ? null : element.closest('.map-scroll, .table-scroll');
                if (print && element.getClientRects().length === 0) continue;
                if (!scroller && box.right > viewport + 1) wide.push(`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} (${Math.round(box.right)} px)`);
                const style = getComputedStyle(element);
                if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1 && !element.closest('[title]')) {
                    cutWithoutTitle.push(`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
                }
            }
            // Texts of the strategy map are cut to their box; the whole text must be on hover.
            for (const text of Array.from(document.querySelectorAll('svg text'))) {
                if ((text.textContent ?? '').endsWith('…') && !text.closest('g')?.querySelector(':scope > title')) cutWithoutTitle.push(`svg text "${text.textContent?.slice(0, 20)}"`);
            }
            return { pageWidth: document.documentElement.scrollWidth, viewport, wide: [...new Set(wide)].slice(0, 20), cutWithoutTitle: [...new Set(cutWithoutTitle)] };
        }, print);
    } finally {
        await page.close();
    }
}

describe('long unbroken text in the scorecard page', () => {
    for (const length of [150, 10_000]) {
        for (const width of [480, 1280]) {
            it(`${length.toLocaleString('en')} characters at ${width} px: the exported page and the preview stay as wide as the window`, async () => {
                const scorecard = await scorecardOf(length);
                for (const [view, html] of [['export', renderScorecardHtml(scorecard, { title: 'x'.repeat(length) })], ['preview', previewPage(scorecard, 'y'.repeat(length))]] as const) {
                    const overflow = await measure(html, width);
                    expect({ view, ...overflow }).toEqual({ view, pageWidth: overflow.viewport, viewport: overflow.viewport, wide: [], cutWithoutTitle: [] });
                }
            }, 60_000);
        }
    }

    for (const length of [150, 10_000]) {
        // the printable width of an A4-landscape page (html-styles-print.ts)
        it(`${length.toLocaleString('en')} characters on paper: the exported page stays as wide as the page`, async () => {
            const scorecard = await scorecardOf(length);
            const overflow = await measure(renderScorecardHtml(scorecard, { title: 'x'.repeat(length) }), Math.floor(PRINT_CONTENT_PX.width), true);
            expect(overflow).toEqual({ pageWidth: overflow.viewport, viewport: overflow.viewport, wide: [], cutWithoutTitle: [] });
        }, 60_000);
    }
});
