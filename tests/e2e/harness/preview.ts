/** Reading the scorecard preview's page in a real editor: its webview frame and its KPI cards. */
import type { Frame, Page } from 'playwright-core';
import type { Session } from './session.ts';
import { waitUntil, withRetries } from './wait.ts';

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

/** 0-based line of the first line of `text` (the example `file`) that holds `needle`. */
export function lineOf(text: string, needle: string, file: string): number {
    const line = text.split('\n').findIndex((candidate) => candidate.includes(needle));
    if (line < 0) {
        throw new Error(`"${needle}" is not in ${file}: the test needs the example as it is in examples/`);
    }
    return line;
}

/** Opens `file` and its scorecard beside it with Ctrl+K V, as a user does; resolves once the preview's tab (`Scorecard: <name>`) shows. */
export async function openPreviewBeside(session: Session, file: string): Promise<void> {
    const { page, workbench } = session;
    await workbench.openFile(file);
    await workbench.waitForLanguageMode('Strat');
    await workbench.focusEditor();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('v');
    await page.locator('.tab', { hasText: `Scorecard: ${file.split('/').pop()}` }).waitFor({ timeout: 30_000 });
}

/**
 * "Strat: Export Scorecard…" from the command palette (not workbench.runCommand: the command asks
 * its own questions): HTML, saved where the save dialog proposes — `saved`, a path in the workspace
 * (bank/bank-scorecard.html next to bank/bank.strat). Returns the page written.
 */
export async function exportScorecardHtml(session: Session, saved: string): Promise<string> {
    const { page, workspace } = session;
    const name = saved.split('/').pop() ?? saved;
    await withRetries(3, () => chooseHtmlExport(page, name), () => page.keyboard.press('Escape'));
    await page.keyboard.press('Enter');
    return waitUntil(async () => {
        try {
            return workspace.read(saved);
        } catch {
            return '';
        }
    }, (text) => text.length > 0, { what: `${saved} in the workspace`, timeoutMs: 10_000 }).catch(async (error: unknown) => {
        const notifications = await page.locator('.notifications-toasts, .notifications-center').allInnerTexts();
        throw new Error(`${String(error)}\nNotifications: ${notifications.join(' | ') || '(none)'}`);
    });
}

/** Palette → "Strat: Export Scorecard…" → HTML, up to the save dialog proposing `name`; typed, not clicked (rows animate). */
async function chooseHtmlExport(page: Page, name: string): Promise<void> {
    const input = page.locator('.quick-input-widget .quick-input-box input').first();
    const step = { timeoutMs: 10_000 };
    await page.keyboard.press('F1');
    await input.fill('>Strat: Export Scorecard', { timeout: 5_000 });
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Strat: Export Scorecard…' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // the format…
    await waitUntil(() => input.getAttribute('placeholder'), (placeholder) => placeholder === 'Choose a format', { what: 'the format picker', ...step });
    await input.fill('HTML', { timeout: 5_000 });
    await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'HTML' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // …and the file the save dialog proposes
    await waitUntil(() => input.inputValue(), (value) => value.endsWith(`/${name}`), { what: 'the proposed file name', ...step });
}
