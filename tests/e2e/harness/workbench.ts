/**
 * The VS Code workbench (code-server in Chromium) driven as a user drives it: the Explorer,
 * the editor, the command palette, hovers, the Problems panel. Every action waits for its
 * visible effect, with a deadline.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { RESULTS_DIR } from './paths.ts';
import type { ProblemRow } from './problems.ts';
import { describeProblems, readProblemRows } from './problems.ts';
import type { WaitOptions } from './wait.ts';
import { DEFAULT_TIMEOUT_MS, waitUntil, withRetries } from './wait.ts';

/** How long the language server may take to report on a freshly opened workspace. */
export const DIAGNOSTICS_TIMEOUT_MS = 45_000;

export class Workbench {
    readonly page: Page;

    constructor(page: Page) {
        this.page = page;
    }

    /** Waits until the workbench shows the Explorer with the workspace's files. */
    async waitForReady(timeoutMs = 60_000): Promise<void> {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
        await this.explorerRows().first().waitFor({ timeout: timeoutMs });
    }

    private explorerRows(): Locator {
        return this.page.locator('.explorer-folders-view .monaco-list-row');
    }

    private explorerRow(name: string): Locator {
        return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label=${JSON.stringify(name)}]`);
    }

    /**
     * Opens a workspace file by clicking it in the Explorer (expanding its folders first), and
     * waits until its editor is the active one.
     */
    async openFile(relativePath: string): Promise<void> {
        const parts = relativePath.split('/');
        const name = parts[parts.length - 1];
        for (const folder of parts.slice(0, -1)) {
            const row = this.explorerRow(folder);
            await row.waitFor({ timeout: DEFAULT_TIMEOUT_MS });
            if (await row.getAttribute('aria-expanded') !== 'true') {
                await row.click();
            }
        }
        const row = this.explorerRow(name);
        await row.waitFor({ timeout: DEFAULT_TIMEOUT_MS });
        await row.click();
        await this.activeTab(name).waitFor({ timeout: DEFAULT_TIMEOUT_MS });
        await this.activeEditor().locator('.view-lines').waitFor({ timeout: DEFAULT_TIMEOUT_MS });
    }

    private activeTab(name: string): Locator {
        return this.page.locator(`.editor-group-container.active .tab.active[data-resource-name=${JSON.stringify(name)}]`);
    }

    /** The editor of the active editor group. */
    activeEditor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor').first();
    }

    /** The language mode the status bar shows for the active editor ("Strat"). */
    async waitForLanguageMode(mode: string): Promise<void> {
        await this.waitForText(this.page.locator('#status\\.editor\\.mode'), mode);
    }

    /** Waits until `locator` shows `text` (a substring, or a pattern); returns its text. */
    async waitForText(locator: Locator, text: string | RegExp, timeoutMs = DEFAULT_TIMEOUT_MS,
        retrigger?: WaitOptions['retrigger']): Promise<string> {
        const matches = (value: string): boolean => typeof text === 'string' ? value.includes(text) : text.test(value);
        return waitUntil(async () => locator.first().innerText({ timeout: 1_000 }), matches, {
            what: `text ${String(text)} in ${locator.toString()}`,
            timeoutMs,
            retrigger
        });
    }

    /** Focuses the active editor. */
    async focusEditor(): Promise<void> {
        const focused = this.page.locator('.editor-group-container.active .monaco-editor.focused');
        if (await focused.count() > 0) {
            return;
        }
        // Clicking the active tab focuses its editor and moves nothing in it (a click in the
        // text would move the cursor, or run a code lens, or miss the text once it scrolled).
        await this.page.locator('.editor-group-container.active .tab.active').first().click();
        await focused.waitFor({ timeout: DEFAULT_TIMEOUT_MS });
    }

    /** Moves the cursor to a 1-based line and column (Go to Line). */
    async goTo(line: number, column = 1): Promise<void> {
        await this.focusEditor();
        await this.page.keyboard.press('Control+G');
        const input = this.quickInput();
        await input.waitFor({ timeout: DEFAULT_TIMEOUT_MS });
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.quickInput().waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT_MS });
        await this.waitForText(this.page.locator('#status\\.editor\\.selection'), `Ln ${line}, Col ${column}`);
    }

    /** Types text as key presses into the focused editor (triggers completion, auto-closing…). */
    async type(text: string): Promise<void> {
        await this.page.keyboard.type(text);
    }

    /** Inserts text as-is at the cursor (no auto-closing brackets). */
    async insertText(text: string): Promise<void> {
        await this.page.keyboard.insertText(text);
    }

    async save(): Promise<void> {
        await this.page.keyboard.press('Control+S');
        await this.page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached', timeout: DEFAULT_TIMEOUT_MS });
    }

    /**
     * The text of the editor's rendered lines (only what is on screen), without the inlay hints
     * (`● amber`, progress bars): text the editor shows but the file does not hold. Monaco
     * renders such injected text as spans with a `dyn-rule-*` class.
     */
    async visibleLines(): Promise<string[]> {
        return this.activeEditor().locator('.view-lines .view-line').evaluateAll((lines) => lines
            .map((line) => {
                const spans = Array.from(line.querySelectorAll('span > span'));
                const text = spans.length > 0
                    ? spans.filter((span) => !/\bdyn-rule-/.test(span.className)).map((span) => span.textContent ?? '').join('')
                    : line.textContent ?? '';
                return { top: parseFloat((line as HTMLElement).style.top || '0'), text: text.replace(/\u00a0/g, ' ') };
            })
            .sort((a, b) => a.top - b.top)
            .map((line) => line.text));
    }

    private quickInput(): Locator {
        return this.page.locator('.quick-input-widget .quick-input-box input').first();
    }

    /** Runs a command from the command palette by its label (e.g. "Format Document"). */
    async runCommand(label: string): Promise<void> {
        // Every step up to the click is retried: a click that timed out did not run the command.
        await withRetries(3, () => this.pickInPalette(label), () => this.page.keyboard.press('Escape'));
        await this.quickInput().waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT_MS });
    }

    /** Opens the palette, types `>label` and clicks the command's row. */
    private async pickInPalette(label: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.quickInput();
        await input.waitFor({ timeout: DEFAULT_TIMEOUT_MS });
        await input.fill(`>${label}`, { timeout: 5_000 });
        const rows = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: label });
        await rows.first().waitFor({ timeout: DEFAULT_TIMEOUT_MS });
        // the row whose label is exactly `label` ("Format Document", not "Format Document With..."), else the first
        const exact = rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }) });
        await (await exact.count() > 0 ? exact.first() : rows.first()).click({ timeout: 10_000 });
    }

    /** Shows the hover at a 1-based position (keyboard: Show or Focus Hover) and returns its text. */
    async hoverAt(line: number, column: number, expected: string | RegExp = /\S/): Promise<string> {
        await this.goTo(line, column);
        const showHover = async (): Promise<void> => {
            await this.page.keyboard.press('Control+K');
            await this.page.keyboard.press('Control+I');
        };
        await showHover();
        return this.waitForText(this.hoverWidget(), expected, DEFAULT_TIMEOUT_MS, { everyMs: 3_000, action: showHover });
    }

    /** Moves the mouse over the first on-screen occurrence of `text` and returns the hover's text. */
    async hoverOver(text: string, expected: string | RegExp = /\S/): Promise<string> {
        if (!await this.textCenter(text)) {
            throw new Error(`"${text}" is not on screen in the active editor`);
        }
        const moveOver = async (): Promise<void> => {
            // Where the text is now: code lenses and inlay hints arriving late move it.
            const point = await this.textCenter(text);
            if (!point) {
                return;
            }
            // Leave the editor first (to the title bar), then come in over the text.
            await this.page.mouse.move(point.x, 1);
            await this.page.mouse.move(point.x, point.y, { steps: 5 });
        };
        await moveOver();
        return this.waitForText(this.hoverWidget(), expected, DEFAULT_TIMEOUT_MS, { everyMs: 3_000, action: moveOver });
    }

    /** The page coordinates of the middle of the first on-screen occurrence of `text` in the active editor. */
    private async textCenter(text: string): Promise<{ x: number; y: number } | undefined> {
        return this.activeEditor().locator('.view-lines').evaluate((root, needle) => {
            const lines = Array.from(root.querySelectorAll('.view-line'))
                .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
            for (const line of lines) {
                const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                const nodes: Text[] = [];
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    nodes.push(node as Text);
                }
                const full = nodes.map((node) => node.data).join('');
                const at = full.indexOf(needle);
                if (at < 0) {
                    continue;
                }
                let offset = 0;
                for (const node of nodes) {
                    if (at < offset + node.data.length) {
                        const range = document.createRange();
                        const start = at - offset;
                        range.setStart(node, start);
                        range.setEnd(node, Math.min(node.data.length, start + needle.length));
                        const rect = range.getBoundingClientRect();
                        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
                    }
                    offset += node.data.length;
                }
            }
            return undefined;
        }, text);
    }

    private hoverWidget(): Locator {
        return this.page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content, .monaco-editor .monaco-hover:not(.hidden) .hover-contents').filter({ visible: true });
    }

    /**
     * Triggers completion at the cursor and returns the labels the list shows (it renders only
     * about 12 rows: type a prefix first to find a later one).
     */
    async completions(expected?: string): Promise<string[]> {
        await this.focusEditor();
        await this.page.keyboard.press('Control+Space');
        // Asking again closes what is open (an empty or "No suggestions." list) and gives the
        // editor the focus back first: a list asked for while something else held the focus, or
        // answered before the server had the edit, never fills by itself.
        const retrigger = async (): Promise<void> => {
            await this.page.keyboard.press('Escape');
            await this.focusEditor();
            await this.page.keyboard.press('Control+Space');
        };
        const widget = this.page.locator('.editor-widget.suggest-widget.visible');
        const seen = await waitUntil(async () => ({
            labels: await widget.locator('.monaco-list-row').evaluateAll((elements) => elements
                .map((element) => element.querySelector('.label-name')?.textContent?.trim() ?? element.getAttribute('aria-label') ?? '')),
            // for the error message: what the widget says instead ("Loading…", "No suggestions.") and where the focus is
            message: (await widget.locator('.message').allTextContents()).join(' ').trim(),
            focus: await this.page.evaluate(() => {
                const element = document.activeElement;
                return element ? `${element.tagName.toLowerCase()}.${element.className.split(' ').join('.')}` : 'none';
            })
        }),
        (now) => now.labels.length > 0 && (expected === undefined || now.labels.includes(expected)),
        { what: expected ? `completion "${expected}"` : 'completions', retrigger: { everyMs: 3_000, action: retrigger } });
        return seen.labels;
    }

    /** Opens the quick-fix menu at the cursor (Ctrl+.) unless it is open, and returns its entries. */
    async quickFixes(expected?: string): Promise<string[]> {
        const trigger = async (): Promise<void> => {
            await this.page.keyboard.press('Escape');
            await this.page.keyboard.press('Control+.');
        };
        if (await this.quickFixRows().count() === 0) {
            await this.page.keyboard.press('Control+.');
        }
        return waitUntil(async () => this.quickFixRows().evaluateAll((elements) => elements
            .map((element) => element.querySelector('.title')?.textContent?.trim() ?? element.getAttribute('aria-label') ?? '')),
        (labels) => labels.length > 0 && (expected === undefined || labels.includes(expected)),
        { what: expected ? `quick fix "${expected}"` : 'quick fixes', retrigger: { everyMs: 3_000, action: trigger } });
    }

    private quickFixRows(): Locator {
        return this.page.locator('.action-widget .monaco-list-row.action');
    }

    /** Applies the quick fix with this title at the cursor. */
    async applyQuickFix(title: string): Promise<void> {
        await this.quickFixes(title);
        await this.quickFixRows().filter({ hasText: title }).first().click();
        await this.quickFixRows().first().waitFor({ state: 'detached', timeout: DEFAULT_TIMEOUT_MS });
    }

    /** Renames the symbol at the cursor (F2) and waits until the editor shows the new name. */
    async rename(newName: string): Promise<void> {
        const input = this.page.locator('.rename-box input').first();
        // F2 before the language server has registered its rename provider does nothing (VS
        // Code says "No result"): press it again until the rename box opens.
        await waitUntil(async () => {
            await this.page.keyboard.press('F2');
            return input.waitFor({ timeout: 3_000 }).then(() => true, () => false);
        }, (open) => open, { what: 'the rename box (F2)' });
        await input.fill(newName);
        await this.page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT_MS });
        await waitUntil(() => this.visibleLines(), (lines) => lines.some((line) => line.includes(newName)),
            { what: `"${newName}" in the editor after the rename` });
    }

    /** The frame (e.g. a webview's inner frame) whose body text contains `text`. */
    async frameWithText(text: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Frame> {
        return waitUntil(async () => {
            for (const frame of this.page.frames()) {
                const body = await frame.locator('body').textContent({ timeout: 500 }).catch(() => null);
                if (body?.includes(text)) {
                    return frame;
                }
            }
            return undefined;
        }, (frame) => frame !== undefined, { what: `a frame showing "${text}"`, timeoutMs }) as Promise<Frame>;
    }

    /** Opens the Problems panel (if it is not open) and shows only rows matching `filter`. */
    async showProblems(filter = ''): Promise<void> {
        const panel = this.page.locator('.markers-panel');
        if (!await panel.isVisible()) {
            await this.page.keyboard.press('Control+Shift+M');
            await panel.waitFor({ timeout: DEFAULT_TIMEOUT_MS });
        }
        const input = this.page.locator('.viewpane-filter input, .viewpane-filter textarea').filter({ visible: true }).first();
        await input.waitFor({ timeout: DEFAULT_TIMEOUT_MS });
        if (await input.inputValue() !== filter) {
            await input.fill(filter);
        }
    }

    /**
     * The Problems panel's rows for one file, as they are now: `fileName` is its name or its path
     * in the workspace (`software-company/software-company-okrs.strat`); the examples' names are unique.
     */
    async problemsIn(fileName: string): Promise<ProblemRow[]> {
        const name = fileName.split('/').pop();
        await this.showProblems(`**/${name}`);
        const rows = await readProblemRows(this.page);
        return rows.filter((row) => row.file.split('/').pop() === name);
    }

    /**
     * Waits until the Problems panel's rows for `fileName` satisfy `accept`, and returns them.
     * On timeout the error lists the rows the panel shows.
     */
    async waitForProblems(fileName: string, accept: (rows: ProblemRow[]) => boolean, what: string,
        timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<ProblemRow[]> {
        try {
            return await waitUntil(() => this.problemsIn(fileName), accept, { what: `${what} in ${fileName}`, timeoutMs });
        } catch (error) {
            const rows = await this.problemsIn(fileName).catch(() => []);
            throw new Error(`${error instanceof Error ? error.message.split('. Last seen')[0] : String(error)}.\n`
                + `The Problems panel shows for ${fileName}:\n${describeProblems(rows)}`);
        }
    }

    /**
     * Waits until the Problems panel lists, for `fileName`, a problem matching `expected`
     * (e.g. `{ code: 'kpi-no-target', line: 2 }`), and returns that file's rows.
     */
    async waitForProblem(fileName: string, expected: Partial<ProblemRow>, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<ProblemRow[]> {
        return this.waitForProblems(fileName, (rows) => rows.some((row) => matchesProblem(row, expected)),
            `a problem ${JSON.stringify(expected)}`, timeoutMs);
    }

    /** Waits until the Problems panel lists no problem matching `unexpected` for `fileName`. */
    async waitForNoProblem(fileName: string, unexpected: Partial<ProblemRow>, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<ProblemRow[]> {
        return this.waitForProblems(fileName, (rows) => !rows.some((row) => matchesProblem(row, unexpected)),
            `no problem ${JSON.stringify(unexpected)}`, timeoutMs);
    }

    /** Saves a screenshot as test-results/e2e/<name>.png and returns its path. */
    async screenshot(name: string): Promise<string> {
        mkdirSync(RESULTS_DIR, { recursive: true });
        const path = join(RESULTS_DIR, `${name}.png`);
        await this.page.screenshot({ path, timeout: 10_000 });
        return path;
    }
}

/** Whether a row has every field given in `expected`. */
export function matchesProblem(row: ProblemRow, expected: Partial<ProblemRow>): boolean {
    return Object.entries(expected).every(([key, value]) => row[key as keyof ProblemRow] === value);
}
