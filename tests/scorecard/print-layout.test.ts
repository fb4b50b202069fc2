/**
 * The print side of the scorecard's HTML without a browser: the print CSS stays inside
 * `@media print` (so the preview, which shares the stylesheet, cannot be changed by it), and the
 * strategy map's print bands cover the map, each fitting a page, cut through as few boxes as the
 * map allows. (On paper, in Chromium: tests/browser/print-in-chromium.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { mapPrintBands } from '../../packages/language/src/scorecard/render/html-map-print.js';
import { PRINT_CONTENT_PX, PRINT_STYLES } from '../../packages/language/src/scorecard/render/html-styles-print.js';
import { layoutStrategyMap, type MapLayout } from '../../packages/language/src/scorecard/render/map-layout.js';
import { renderScorecardHtml, renderScorecardMainHtml } from '../../packages/language/src/scorecard/render/index.js';
import { bankScorecard, emptyScorecard, largeScorecard } from './fixtures.js';

/** The boxes a horizontal line at `y` goes through. */
function boxesCut(layout: MapLayout, y: number): number {
    return layout.columns.flat().filter((node) => node.y < y && y < node.y + layout.nodeHeight).length;
}

describe('the print CSS', () => {
    it('is one @media print block, with nothing outside it', () => {
        const css = PRINT_STYLES.trim();
        expect(css.startsWith('@media print {')).toBe(true);
        let depth = 0;
        for (const [index, char] of Array.from(css).entries()) {
            if (char === '{') depth++;
            if (char === '}') depth--;
            if (depth === 0 && index > css.indexOf('{')) {
                expect(index, 'the block closes at the very end').toBe(css.length - 1);
            }
        }
        expect(depth).toBe(0);
    });

    it('asks for A4 landscape and the light palette on paper', () => {
        expect(PRINT_STYLES).toMatch(/@page \{\s*size: 297mm 210mm;/);
        expect(PRINT_STYLES).toContain('--bg: #f5f7fa');
        expect(PRINT_STYLES).toContain('print-color-adjust: exact');
    });
});

describe('the strategy map in print bands', () => {
    const page = PRINT_CONTENT_PX;

    for (const [name, scorecard] of [['bank', bankScorecard], ['large', largeScorecard]] as const) {
        it(`${name}: the bands cover the map, in order, each fitting a page`, () => {
            const layout = layoutStrategyMap(scorecard);
            const bands = mapPrintBands(layout, page);
            let top = 0;
            for (const band of bands) {
                expect(band.top).toBe(top);
                expect(band.height).toBeGreaterThan(0);
                // scaled to the page's width, a band is no taller than the page
                expect((band.height * page.width) / layout.width).toBeLessThanOrEqual(page.height);
                top += band.height;
            }
            expect(top).toBe(layout.height);
        });
    }

    it('cuts a tall map between its boxes where it has room', () => {
        const layout = layoutStrategyMap(largeScorecard);
        const bands = mapPrintBands(layout, page);
        expect(bands.length, 'the large map needs more than one page').toBeGreaterThan(1);
        const cuts = bands.slice(1).map((band) => band.top);
        // the layout leaves a gap between the rows of its tallest column, and the others gather
        // around it: this map has room for every cut between its boxes
        expect(cuts.map((y) => boxesCut(layout, y))).toEqual(cuts.map(() => 0));
    });

    it('a map shorter than a page is one band', () => {
        const layout: MapLayout = { ...layoutStrategyMap(bankScorecard), height: 300 };
        expect(mapPrintBands(layout, page)).toEqual([{ top: 0, height: 300 }]);
    });

    it('the page carries the bands, showing the one drawing; an empty scorecard has none', () => {
        const page = renderScorecardHtml(bankScorecard);
        expect(page).toContain('<g id="strat-map-content">');
        expect(page).toMatch(/<div class="map-print" aria-hidden="true"><svg class="map-band" viewBox="0 0 \d+ \d+"[^>]*><use href="#strat-map-content"\/><\/svg>/);
        expect(renderScorecardMainHtml(emptyScorecard)).not.toContain('map-band');
    });
});
