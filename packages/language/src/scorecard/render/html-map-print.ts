/**
 * The strategy map on paper. One SVG taller than a page would be sliced wherever the page ends,
 * through its boxes; so print shows the map as bands instead, each at most a page high and cut
 * where the fewest boxes are (between rows wherever the map has room), each band a window
 * (`viewBox`) onto the one drawing through `<use>`: no copy of the map's content.
 */

import { html, joinHtml, type SafeHtml } from './escape.js';
import type { MapLayout } from './map-layout.js';
import { PRINT_CONTENT_PX } from './html-styles-print.js';

/** The id of the map's drawing, which the print bands show. */
export const MAP_CONTENT_ID = 'strat-map-content';

/** Share of the printable height a band may take: room for the section's heading above the first. */
const BAND_SHARE = 0.86;

export interface MapBand {
    top: number;
    height: number;
}

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if ((sorted[middle] ?? 0) < value) low = middle + 1;
        else high = middle;
    }
    return low;
}

/** How many boxes a horizontal cut at `y` goes through: those whose top is in (y − height, y). `tops` is sorted. */
function crossings(tops: readonly number[], nodeHeight: number, y: number): number {
    return lowerBound(tops, y) - lowerBound(tops, y - nodeHeight + 1e-9);
}

/**
 * The bands of `layout` for a page whose printable area is `page` CSS pixels (the map fills its
 * width): each at most `BAND_SHARE` of a page high once scaled, cut through as few boxes as
 * possible, the lowest such cut. Cuts go half-way into the gap below a box, or at the limit.
 */
export function mapPrintBands(layout: MapLayout, page: { width: number; height: number } = PRINT_CONTENT_PX): MapBand[] {
    const limit = Math.max(layout.nodeHeight * 2, Math.floor((page.height * BAND_SHARE * layout.width) / page.width));
    const tops = layout.columns.flat().map((node) => node.y).sort((a, b) => a - b);
    const candidates = [...new Set(tops.map((y) => y + layout.nodeHeight + 6))];
    const bands: MapBand[] = [];
    let top = 0;
    while (layout.height - top > limit) {
        const end = top + limit;
        // at least half a band, so that a crowded map still moves forward by a useful amount
        const options = candidates.slice(lowerBound(candidates, top + limit / 2 + 1e-9), lowerBound(candidates, end + 1e-9));
        options.push(end);
        let best = end;
        let fewest = Number.POSITIVE_INFINITY;
        for (const y of options) {
            const count = crossings(tops, layout.nodeHeight, y);
            if (count < fewest || (count === fewest && y > best)) {
                best = y;
                fewest = count;
            }
        }
        bands.push({ top, height: best - top });
        top = best;
    }
    bands.push({ top, height: layout.height - top });
    return bands;
}

/** The map's print bands: shown on paper only (html-styles-print.ts), hidden from assistive technology (the map itself is not). */
export function mapPrintHtml(layout: MapLayout): SafeHtml {
    const bands = mapPrintBands(layout).map(
        (band) =>
            html`<svg class="map-band" viewBox="${`0 ${band.top} ${layout.width} ${band.height}`}" width="${layout.width}" height="${band.height}" aria-hidden="true" focusable="false"><use href="${`#${MAP_CONTENT_ID}`}"/></svg>`,
    );
    return html`<div class="map-print" aria-hidden="true">${joinHtml(bands)}</div>`;
}
