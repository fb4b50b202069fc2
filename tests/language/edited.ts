/** Twins of a test text: the same text with a small, checked change. */

/**
 * `text` with each `[from, to]` applied once. Throws when `from` is missing, so a twin can never
 * silently be the healthy text itself.
 */
export function edited(text: string, ...replacements: Array<[from: string, to: string]>): string {
    return replacements.reduce((result, [from, to]) => {
        if (!result.includes(from)) {
            throw new Error(`edited(): ${JSON.stringify(from)} is not in the text, so the twin would not differ`);
        }
        return result.replace(from, to);
    }, text);
}
