/**
 * The source location an element of the scorecard carries (`data-uri`, `data-line`,
 * `data-character`, `data-kind`, written by the language package's renderer with source links):
 * what a reveal asks for, and how an element is found again after an update.
 */
import type { RevealMessage } from '../src/preview/preview-protocol.js';

/** The elements that carry a source location. */
export const SOURCE_LINK_SELECTOR = '[data-uri]';

/** What an element's attributes say; reading needs only `getAttribute`. */
type Attributes = Pick<Element, 'getAttribute'>;

function position(text: string | null): number {
    const value = Number(text);
    return Number.isInteger(value) && value >= 0 ? value : 0;
}

/** The reveal message for an element, if it carries a source location. */
export function revealMessage(element: Attributes): RevealMessage | undefined {
    const uri = element.getAttribute('data-uri');
    if (!uri) return undefined;
    return { type: 'reveal', uri, line: position(element.getAttribute('data-line')), character: position(element.getAttribute('data-character')) };
}

/** Whether two elements show the same element of the strategy (a KPI's card and its map node differ in kind). */
export function samePlace(a: Attributes, b: Attributes): boolean {
    return ['data-uri', 'data-line', 'data-character', 'data-kind'].every((name) => a.getAttribute(name) === b.getAttribute(name));
}

/** Whether an element is defined at this line of this document. */
export function definedAt(element: Attributes, uri: string, line: number): boolean {
    return element.getAttribute('data-uri') === uri && element.getAttribute('data-line') === String(line);
}
