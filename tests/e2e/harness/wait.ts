/** Waiting for what we expect, with a deadline: never a fixed sleep. */

export interface WaitOptions {
    /** What we wait for, for the error message. */
    what: string;
    timeoutMs?: number;
    intervalMs?: number;
    /**
     * Triggers the thing again while it has not appeared (a hover, a completion list…): some
     * widgets stay empty if asked before the language server is ready. Runs every `everyMs`.
     */
    retrigger?: { everyMs: number; action: () => Promise<void> };
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Calls `probe` until `accept` holds for its value, and returns that value. On timeout, throws
 * an error naming what was awaited and the last value seen.
 */
export async function waitUntil<T>(probe: () => Promise<T>, accept: (value: T) => boolean, options: WaitOptions): Promise<T> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const deadline = Date.now() + timeoutMs;
    let last: T | undefined;
    let lastError: unknown;
    let lastTrigger = Date.now();
    for (;;) {
        try {
            last = await probe();
            lastError = undefined;
            if (accept(last)) {
                return last;
            }
        } catch (error) {
            lastError = error;
        }
        if (Date.now() >= deadline) {
            const seen = lastError === undefined ? JSON.stringify(last, undefined, 2) : String(lastError);
            throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${options.what}. Last seen: ${seen}`);
        }
        if (options.retrigger && Date.now() - lastTrigger >= options.retrigger.everyMs) {
            await options.retrigger.action();
            lastTrigger = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
    }
}

/**
 * Runs `flow` up to `attempts` times, calling `beforeRetry` after each failure but the last, which
 * is thrown. For quick-input flows: the quick input can close under the test when a webview (the
 * preview) takes the focus back just after it opened (seen in CI: "inert", then "not visible").
 */
export async function withRetries(attempts: number, flow: () => Promise<void>, beforeRetry: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
        try {
            await flow();
            return;
        } catch (error) {
            if (attempt >= attempts) throw error;
            await beforeRetry();
        }
    }
}
