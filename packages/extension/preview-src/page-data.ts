/**
 * What the extension wrote into the page besides the scorecard: JSON in attributes of `<body>`
 * (`data-state`, `data-controls`), read once when the script starts.
 */

/** The JSON value of an attribute; `undefined` when it is missing or not JSON. */
export function jsonAttribute(element: Element, name: string): unknown {
    const text = element.getAttribute(name);
    if (text === null) return undefined;
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}
