/** Reading the scorecard preview's page in a real editor: its webview frame and its KPI cards. */
import type { Frame, Page } from 'playwright-core';
import { waitUntil } from './wait.ts';

/**
 * The webview frame that shows a scorecard (webviews are nested iframes): the first whose page
 * has `shows` — KPI cards unless told otherwise.
 */
export function previewFrame(page: Page, options: { shows?: string; what?: string; timeoutMs?: number } = {}): Promise<Frame> {
    const shows = options.shows ?? 'main article.kpi-card';
    return waitUntil(async () => {
        for (const frame of page.frames()) {
            if (await frame.evaluate((selector) => document.querySelector(selector) !== null, shows).catch(() => false)) return frame;
        }
        return undefined;
    }, (frame) => frame !== undefined, { what: options.what ?? 'a webview frame showing KPI cards', timeoutMs: options.timeoutMs ?? 30_000 }) as Promise<Frame>;
}

export interface KpiCardState {
    /** The status class (`green`, `red`, `confidential`…). */
    status: string;
    /** The big value as shown. */
    value: string;
    /** The sparkline's points, `x,y` each. */
    points: string[];
}

/** The visible card of the KPI defined at `line` (each KPI is rendered once per grouping; one shows). */
export function kpiCard(frame: Frame, line: number): Promise<KpiCardState | undefined> {
    return frame.evaluate((definedAt) => {
        const card = Array.from(document.querySelectorAll(`article.kpi-card[data-line="${definedAt}"]`))
            .find((element) => element.getClientRects().length > 0);
        if (!card) return undefined;
        const points = card.querySelector('svg.spark polyline.spark-line')?.getAttribute('points') ?? '';
        return {
            status: Array.from(card.classList).find((name) => name.startsWith('s-'))?.slice(2) ?? '',
            value: card.querySelector('.kpi-value .big')?.textContent ?? '',
            points: points.split(' ').filter((point) => point !== '')
        };
    }, line);
}
