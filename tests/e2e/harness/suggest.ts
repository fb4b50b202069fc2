/** The editor's suggestion (completion) list, read as data, and accepting its focused entry. */
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_TIMEOUT_MS, waitUntil } from './wait.ts';

export interface SuggestList {
    /** The labels of the rows on screen (the list renders about 12), top to bottom. */
    labels: string[];
    /** The label of the focused (selected) entry: what Enter accepts. */
    focused: string;
    /** How many entries the list holds in all, on screen or not (the rows' `aria-setsize`). */
    total: number;
}

function rows(page: Page): Locator {
    return page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
}

/** The suggestion list as it is now (empty when it is closed). */
export async function readSuggestList(page: Page): Promise<SuggestList> {
    return rows(page).evaluateAll((elements) => {
        const sorted = [...elements].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
        const label = (element: Element): string => element.querySelector('.label-name')?.textContent?.trim() ?? '';
        const focused = sorted.find((element) => element.classList.contains('focused'));
        return {
            labels: sorted.map(label),
            focused: focused ? label(focused) : '',
            total: Number(sorted[0]?.getAttribute('aria-setsize') ?? 0)
        };
    });
}

/** Waits until the open suggestion list's focused entry is `label` (e.g. after typing a prefix). */
export async function waitForFocusedSuggestion(page: Page, label: string): Promise<SuggestList> {
    return waitUntil(() => readSuggestList(page), (list) => list.focused === label,
        { what: `the suggestion "${label}" to be focused` });
}

/** Accepts the focused suggestion with Enter, as a user does, and waits until the list closes. */
export async function acceptSuggestion(page: Page): Promise<void> {
    await page.keyboard.press('Enter');
    // The widget stays in the page, without its `visible` class.
    await page.locator('.editor-widget.suggest-widget.visible').waitFor({ state: 'detached', timeout: DEFAULT_TIMEOUT_MS });
}

export interface SuggestEntry {
    label: string;
    /** The kind as the row's accessible name ends: `Variable` (a reference), `Keyword`, `Snippet`… */
    kind: string;
    /** What the row shows beside the label (the item's label details), e.g. `rewarded`. */
    details: string[];
}

/**
 * Every entry of the open suggestion list, on screen or not, by moving the selection through
 * the whole list with the arrow keys (it wraps around) and reading each selected row's
 * position (`aria-posinset`) and accessible name. Starts wherever the selection is; if the
 * list changes size meanwhile (a late answer from a provider), it starts over.
 */
export async function walkSuggestList(page: Page): Promise<SuggestEntry[]> {
    const focused = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused');
    const read = async (): Promise<{ at: number; total: number; name: string }> => ({
        at: Number(await focused.getAttribute('aria-posinset', { timeout: 1_000 })),
        total: Number(await focused.getAttribute('aria-setsize', { timeout: 1_000 })),
        name: await focused.getAttribute('aria-label', { timeout: 1_000 }) ?? ''
    });
    let entries = new Map<number, SuggestEntry>();
    let total = 0;
    let previous = 0;
    const deadline = Date.now() + 60_000;
    while (total === 0 || entries.size < total) {
        if (Date.now() > deadline) {
            throw new Error(`Read ${entries.size} of ${total} suggestions before the deadline`);
        }
        // An arrow press the widget drops (seen on a busy machine while it re-renders) is pressed
        // again: the walk records rows by position, so a row skipped is read on the next lap.
        const row = await waitUntil(read, (now) => now.at > 0 && now.at !== previous,
            { what: 'the next suggestion to be selected', retrigger: { everyMs: 3_000, action: () => page.keyboard.press('ArrowDown') } });
        if (row.total !== total) {
            entries = new Map();
            total = row.total;
        }
        const parts = row.name.split(', ');
        entries.set(row.at, { label: parts[0], kind: parts.length > 1 ? parts[parts.length - 1] : '', details: parts.slice(1, -1) });
        previous = row.at;
        await page.keyboard.press('ArrowDown');
    }
    return [...entries.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}
