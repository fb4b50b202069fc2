/** The active editor's rendering, beyond its text. */
import type { Workbench } from './workbench.ts';
import { waitUntil } from './wait.ts';

/**
 * Waits until the on-screen line holding `text` is syntax-coloured (more than one token class).
 * Until the grammar has tokenized a line, VS Code's Enter does not apply the language's
 * indentation rules to it (seen: a new line inside `key result … {` got 4 spaces, not 8), so
 * a test types there only once the user would see the colours.
 */
export async function waitForSyntaxColours(workbench: Workbench, text: string): Promise<void> {
    await waitUntil(() => workbench.activeEditor().locator('.view-line').evaluateAll((lines, needle) => {
        const line = lines.find((element) => (element.textContent ?? '').replace(/\u00a0/g, ' ').includes(needle));
        return line ? new Set(Array.from(line.querySelectorAll('span > span')).map((span) => span.className.split(' ')[0])).size : 0;
    }, text), (classes) => classes > 1, { what: `syntax colours on the line with "${text}"` });
}
