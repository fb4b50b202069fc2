/**
 * docs/language.md#data-files: in a .csv the separator is `;` if the header row contains one, else
 * `,` (Excel writes `;` where the decimal mark is a comma); a .tsv is separated by tabs.
 */

export type DelimitedFormat = 'csv' | 'tsv';
export type Delimiter = ',' | ';' | '\t';

/**
 * The header row is the first line with a non-blank character. A `;` inside a quoted header cell
 * ("Revenue; net") is text, not a separator, so quotes are followed up to the row's end.
 */
export function delimiterOf(format: DelimitedFormat, text: string): Delimiter {
    if (format === 'tsv') return '\t';
    const start = text.search(/\S/);
    if (start < 0) return ',';
    let quoted = false;
    for (let i = start; i < text.length; i++) {
        const c = text[i];
        if (c === '"') quoted = !quoted; // `""` inside quotes flips twice: still quoted
        else if (quoted) continue;
        else if (c === ';') return ';';
        else if (c === '\n' || c === '\r') break;
    }
    return ',';
}
