/** The active editor's rendering, beyond its text. */
import type { Workbench } from './workbench.ts';
import { waitUntil } from './wait.ts';

/**
 * Waits until the active editor shows something only the language server provides: a code
 * lens (`Score … · N key results`) or an inlay hint (`● amber`). Until then the server's
 * providers may not be registered, and e.g. Format Document answers "There is no formatter for
 * 'strat' files installed" — a user would wait for the editor to come alive too.
 */
export async function waitForServerDecorations(workbench: Workbench): Promise<void> {
    const editor = workbench.activeEditor();
    await waitUntil(async () => await editor.locator('.codelens-decoration').count() + await editor.locator('.view-line span[class*="dyn-rule-"]').count(),
        (count) => count > 0, { what: 'code lenses or inlay hints from the language server', timeoutMs: 45_000 });
}
