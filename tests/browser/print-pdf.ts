/**
 * Printing a page to PDF with Chromium and reading the PDF back (pdfjs-dist), for the board-pack
 * test (print-in-chromium.test.ts): page sizes, the text of each page, and probes that tell on
 * which page each block (card, key result, step, diagnostic…) starts and ends.
 *
 * A probe is two tiny invisible words placed absolutely at the top and the bottom of a block:
 * they change no layout, and a block cut by a page break leaves its start word on one page and its
 * end word on the next — in the PDF Chromium made, not in a model of it.
 */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A4 in PDF points (1/72 inch). */
export const A4_POINTS = { long: (297 / 25.4) * 72, short: (210 / 25.4) * 72 };

export interface PrintedPdf {
    bytes: Uint8Array;
    /** Width and height of each page's MediaBox, in points. */
    sizes: Array<{ width: number; height: number }>;
    /** The text of each page, in reading order. */
    texts: string[];
}

/** Prints the page as a user's "Save as PDF" does: A4 landscape unless the page's CSS says otherwise. */
export async function printToPdf(page: Page): Promise<PrintedPdf> {
    const bytes = new Uint8Array(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true }));
    // pdfjs takes the buffer over: give it a copy
    const loading = getDocument({ data: bytes.slice(), useSystemFonts: false });
    const document = await loading.promise;
    const sizes: PrintedPdf['sizes'] = [];
    const texts: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
        const pdfPage = await document.getPage(n);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = pdfPage.view;
        sizes.push({ width: x1 - x0, height: y1 - y0 });
        const content = await pdfPage.getTextContent();
        texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    await loading.destroy();
    return { bytes, sizes, texts };
}

/** What the probes found: for each probed block, its height on paper and the pages of its start and end. */
export interface ProbedBlock {
    id: number;
    label: string;
    height: number;
    breakInside: string;
    startPage: number | undefined;
    endPage: number | undefined;
}

const PROBE = /ZQ([SE])(\d+)QZ/g;

/**
 * Puts a probe in every visible element matching `selector` (the page must already emulate print
 * media) and returns, per block, its label, height and computed `break-inside`; `pagesOf` then
 * reads the printed PDF's text for where each probe landed.
 */
export async function placeProbes(page: Page, selector: string): Promise<Array<Omit<ProbedBlock, 'startPage' | 'endPage'>>> {
    return page.evaluate((selector) => {
        const blocks: Array<{ id: number; label: string; height: number; breakInside: string }> = [];
        const word = (text: string, edge: 'top' | 'bottom'): HTMLElement => {
            const span = document.createElement('span');
            span.textContent = text;
            span.setAttribute('aria-hidden', 'true');
            // invisible on paper, and out of the flow: the block's layout is unchanged
            span.style.cssText = `position:absolute;left:2px;${edge}:0;font:1px/1px monospace;color:#fff;white-space:nowrap;pointer-events:none`;
            return span;
        };
        // read everything first, then write: a read after each write would lay the page out again each time
        const elements = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((element) => element.getClientRects().length > 0);
        const read = elements.map((element) => {
            const style = getComputedStyle(element);
            const title = element.querySelector('h3, .card-title, .kr-title, .step-head, .msg')?.textContent ?? element.textContent ?? '';
            return { element, position: style.position, breakInside: style.breakInside, height: element.getBoundingClientRect().height, title };
        });
        for (const [id, { element, position, breakInside, height, title }] of read.entries()) {
            if (position === 'static') element.style.position = 'relative';
            element.prepend(word(`ZQS${id}QZ`, 'top'));
            element.append(word(`ZQE${id}QZ`, 'bottom'));
            blocks.push({ id, label: `${element.className}: ${title.trim().slice(0, 60)}`, height, breakInside });
        }
        return blocks;
    }, selector);
}

/** Where each probe landed in the PDF (1-based pages). */
export function pagesOf(blocks: Array<Omit<ProbedBlock, 'startPage' | 'endPage'>>, pdf: PrintedPdf): ProbedBlock[] {
    const start = new Map<number, number>();
    const end = new Map<number, number>();
    pdf.texts.forEach((text, index) => {
        for (const match of text.replace(/\s+/g, '').matchAll(PROBE)) {
            (match[1] === 'S' ? start : end).set(Number(match[2]), index + 1);
        }
    });
    return blocks.map((block) => ({ ...block, startPage: start.get(block.id), endPage: end.get(block.id) }));
}
