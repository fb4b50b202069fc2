/**
 * Escaping for the scorecard views. Every piece of user text (titles, names, owners, units,
 * descriptions, messages, periods, URIs) goes through one of these before it reaches a view.
 *
 * The HTML renderer builds markup with the `html` tagged template: every interpolated value is
 * escaped unless it is already `SafeHtml`, so forgetting to escape is not possible.
 */

const TEXT_ENTITIES: Readonly<Record<string, string>> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};

/** Escapes text for an HTML (or inline SVG) text node. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>]/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/**
 * Escapes text for a quoted HTML attribute value (either quote style). Also safe in text
 * nodes, which is why the `html` template uses it for every interpolation.
 */
export function escapeAttribute(text: string): string {
    return text.replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/** Markup that is already safe: produced by `html`, or a trusted constant wrapped by `trusted`. */
export class SafeHtml {
    // a plain field, not a parameter property: code that type-strips (erasableSyntaxOnly) reads this file too
    readonly value: string;
    constructor(value: string) {
        this.value = value;
    }
    toString(): string {
        return this.value;
    }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function renderValue(value: HtmlValue): string {
    if (value instanceof SafeHtml) return value.value;
    if (value === null || value === undefined || value === false || value === true) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'string') return escapeAttribute(value);
    return value.map(renderValue).join('');
}

/**
 * Tagged template for markup: `html`<p title="${title}">${title}</p>``. Strings are escaped
 * (safe in text and in quoted attributes), numbers printed, `null`/`undefined`/booleans dropped,
 * arrays concatenated, `SafeHtml` inserted as is. Attributes must always be quoted.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
    let out = strings[0] ?? '';
    for (let i = 0; i < values.length; i++) {
        out += renderValue(values[i] ?? null) + (strings[i + 1] ?? '');
    }
    return new SafeHtml(out);
}

/** Marks a constant written by us (CSS) as safe. Never use it on user text. */
export function trusted(markup: string): SafeHtml {
    return new SafeHtml(markup);
}

/** Joins fragments of markup. */
export function joinHtml(parts: readonly SafeHtml[], separator = ''): SafeHtml {
    return new SafeHtml(parts.map((p) => p.value).join(separator));
}

/**
 * Escapes user text for Markdown (CommonMark / GFM), including inside table cells: the
 * characters that start emphasis, code, links, tables, strikethrough and raw HTML are
 * neutralized, and line breaks become spaces so a value cannot break a table row or a list item.
 */
export function escapeMarkdown(text: string): string {
    return text
        .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, (c) => '\\' + c)
        .replace(/^(\s*)([#+=-])(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}
