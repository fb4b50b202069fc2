/**
 * Where each cell of a CSV/TSV text is written, in one pass that keeps numbers in typed arrays
 * (no object per cell). csv-parse reads cell texts but not their places; this follows the same
 * rules as far as places need them (quotes open a cell and close with `"`, `""` is a quote inside,
 * the separator and line breaks end cells outside quotes, blank lines are skipped). It is not a
 * judge of the text: the reader lets csv-parse read any text with quotes, and uses these places
 * only where both see the same rows of the same lengths.
 */
import type { DataPosition, DataRange } from './data-table.js';

const QUOTE = 0x22, LF = 0x0a, CR = 0x0d;

export interface CsvPlaces {
    /** Per row (non-blank record), the index of its first cell in `spans`; one more at the end. */
    readonly firstCell: Uint32Array;
    /** Per cell, where it starts and ends in the text (trimmed; a quoted cell with its quotes). */
    readonly spans: Uint32Array;
    /** Per row, 1 if a quote character is written in it: only such rows need a CSV parser. */
    readonly quoted: Uint8Array;
    /** Where each line starts (LF, CRLF and CR end lines, as in LSP). */
    readonly lineStarts: Uint32Array;
    /** Where quoting goes wrong (a quote never closed, text after a closing quote), if it does:
     *  then the places after it mean nothing, and csv-parse says what is wrong. */
    readonly badQuote?: number;
}

/** The places of the cells; undefined as soon as there are more than `maxCells`. */
export function findCsvPlaces(text: string, delimiter: string, maxCells = Infinity): CsvPlaces | undefined {
    const sep = delimiter.charCodeAt(0);
    const spans = new Growing();
    const firstCell = new Growing();
    const quoted = new Growing();
    const n = text.length;
    let i = 0;
    let badQuote: number | undefined;
    const next = new NextMarks(text, delimiter);
    rows: while (i < n) {
        const blankEnd = endOfBlankLine(text, i, sep);
        if (blankEnd >= 0) {
            i = blankEnd;
            continue;
        }
        if (spans.length / 2 > maxCells) return undefined;
        firstCell.push(spans.length / 2);
        let quotes = 0;
        // One row: cells up to a line break outside quotes, or the end of the text.
        for (;;) {
            const start = skipSpaces(text, i, sep);
            let end: number;
            if (text.charCodeAt(start) === QUOTE) {
                quotes = 1;
                const close = closingQuote(text, start + 1);
                end = close + 1;
                i = close < 0 ? n : skipSpaces(text, end, sep);
                if (close < 0 || !endsCell(text, i, sep)) {
                    badQuote = start;
                    quoted.push(quotes);
                    break rows;
                }
            } else {
                // The cell ends at the next separator or line break, found by the engine's own search.
                i = next.end(start);
                if (next.quote(start) < i) quotes = 1; // a stray quote: csv-parse will say so
                end = i;
                while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
            }
            spans.push(start);
            spans.push(end);
            const c = text.charCodeAt(i);
            if (c === sep) {
                i++;
                continue;
            }
            if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
            else if (c === CR || c === LF) i++;
            break;
        }
        quoted.push(quotes);
    }
    if (spans.length / 2 > maxCells) return undefined;
    firstCell.push(spans.length / 2);
    return {
        firstCell: firstCell.done(),
        spans: spans.done(),
        quoted: Uint8Array.from(quoted.done()),
        lineStarts: lineStarts(text),
        ...(badQuote === undefined ? {} : { badQuote })
    };
}

/** LSP position of a text offset: the line by binary search over line starts. */
export function positionAt(places: CsvPlaces, offset: number): DataPosition {
    const starts = places.lineStarts;
    let low = 0, high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
    }
    return { line: low, character: offset - starts[low] };
}

export function cellRange(places: CsvPlaces, cell: number): DataRange {
    return { start: positionAt(places, places.spans[2 * cell]), end: positionAt(places, places.spans[2 * cell + 1]) };
}

export function cellCount(places: CsvPlaces, row: number): number {
    return places.firstCell[row + 1] - places.firstCell[row];
}

function endsCell(text: string, i: number, sep: number): boolean {
    const c = text.charCodeAt(i);
    return i >= text.length || c === sep || c === LF || c === CR;
}

/** If a blank line starts at `i` (only spaces up to a line break or the end), where the next line starts; else -1. */
function endOfBlankLine(text: string, i: number, sep: number): number {
    const j = skipSpaces(text, i, sep);
    const c = text.charCodeAt(j);
    if (j >= text.length) return j;
    if (c === CR && text.charCodeAt(j + 1) === LF) return j + 2;
    if (c === CR || c === LF) return j + 1;
    return -1;
}

function skipSpaces(text: string, i: number, sep: number): number {
    for (let c = text.charCodeAt(i); i < text.length && c !== sep && isSpace(c); c = text.charCodeAt(++i));
    return i;
}

/** Index of the quote that closes a quoted cell whose text starts at `i`, skipping `""`; -1 if none. */
function closingQuote(text: string, i: number): number {
    for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return -1;
        if (text.charCodeAt(q + 1) !== QUOTE) return q;
        i = q + 2;
    }
}

/** White space as JavaScript's trim() and csv-parse's trim option see it, but not line breaks. */
function isSpace(c: number): boolean {
    if (c === 0x20 || c === 0x09) return true;
    if (c < 0x0b) return false;
    if (c <= 0x0c) return true; // vertical tab, form feed
    if (c < 0xa0) return false;
    return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
        || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function lineStarts(text: string): Uint32Array {
    const starts = new Growing();
    starts.push(0);
    if (!hasLoneCr(text)) {
        // Lines end in LF or CRLF: each starts after an LF, found by the engine's own search.
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
        return starts.done();
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        if (c === CR || c === LF) starts.push(i + 1);
    }
    return starts.done();
}

/** Whether a CR ends a line on its own somewhere (old Mac files), not only as part of CRLF. */
function hasLoneCr(text: string): boolean {
    for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
        if (text.charCodeAt(at + 1) !== LF) return true;
    }
    return false;
}

/**
 * Where the next separator, line break and quote are, from a place on: each is searched for again
 * only once passed, so a row of many cells costs one native search per mark, not a test per character.
 */
class NextMarks {
    private sep = -1;
    private lf = -1;
    private cr = -1;
    private quoteAt = -1;

    constructor(
        private readonly text: string,
        private readonly delimiter: string
    ) {}

    /** The end of an unquoted cell that starts at `from`: its separator, its line break, or the end of the text. */
    end(from: number): number {
        if (this.sep < from) this.sep = this.find(this.delimiter, from);
        if (this.lf < from) this.lf = this.find('\n', from);
        if (this.cr < from) this.cr = this.find('\r', from);
        return Math.min(this.sep, this.lf, this.cr);
    }

    quote(from: number): number {
        if (this.quoteAt < from) this.quoteAt = this.find('"', from);
        return this.quoteAt;
    }

    private find(mark: string, from: number): number {
        const at = this.text.indexOf(mark, from);
        return at < 0 ? this.text.length : at;
    }
}

/** An append-only Uint32Array: a row of 2 million numbers without 2 million boxed array slots. */
class Growing {
    private array = new Uint32Array(1024);
    length = 0;
    push(value: number): void {
        if (this.length === this.array.length) {
            const bigger = new Uint32Array(this.array.length * 2);
            bigger.set(this.array);
            this.array = bigger;
        }
        this.array[this.length++] = value;
    }
    /** A view of the numbers pushed (not a copy: a table of 2 million cells is read often, copied never). */
    done(): Uint32Array {
        return this.array.subarray(0, this.length);
    }
}
