/**
 * Text edits that respect the layout around them: insertions at the surrounding indentation
 * (4 spaces per level), removals that take a line away when nothing else is on it.
 */
import type { TextDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { INDENT } from './format-layout.js';

export { INDENT };

export function eolOf(document: TextDocument): string {
    return document.getText().includes('\r\n') ? '\r\n' : '\n';
}

/** The leading whitespace of a line. */
export function lineIndent(document: TextDocument, line: number): string {
    const text = document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** The indentation of the line an offset is on. */
export function indentAt(document: TextDocument, offset: number): string {
    return lineIndent(document, document.positionAt(offset).line);
}

/** The offset where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
    const before = text.slice(0, offset);
    return Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
}

function lineEndOf(text: string, offset: number): number {
    const match = /\r\n|\r|\n/.exec(text.slice(offset));
    return match ? offset + match.index : text.length;
}

function insertAt(document: TextDocument, offset: number, newText: string): TextEdit {
    const position = document.positionAt(offset);
    return { range: { start: position, end: position }, newText };
}

/**
 * Inserts `lines` (each at `indent`) on new lines just before the token at `offset`. When that
 * token does not start its line, it moves to a new line at `tokenIndent`.
 */
export function insertLinesBefore(document: TextDocument, offset: number, indent: string, lines: string[], tokenIndent: string): TextEdit {
    const text = document.getText();
    const eol = eolOf(document);
    const lineStart = lineStartOf(text, offset);
    if (text.slice(lineStart, offset).trim() === '') {
        return insertAt(document, lineStart, lines.map(line => indent + line + eol).join(''));
    }
    const blanks = /[ \t]*$/.exec(text.slice(lineStart, offset))?.[0].length ?? 0;
    return {
        range: { start: document.positionAt(offset - blanks), end: document.positionAt(offset) },
        newText: eol + lines.map(line => indent + line).join(eol) + eol + tokenIndent
    };
}

/**
 * Inserts `lines` (each at `indent`) on new lines after the token ending at `offset`: after the
 * end of its line when only whitespace or a line comment follows, else right there.
 */
export function insertLinesAfter(document: TextDocument, offset: number, indent: string, lines: string[]): TextEdit {
    const text = document.getText();
    const eol = eolOf(document);
    const lineEnd = lineEndOf(text, offset);
    const rest = text.slice(offset, lineEnd).trim();
    if (rest === '' || rest.startsWith('//')) {
        return insertAt(document, lineEnd, lines.map(line => eol + indent + line).join(''));
    }
    // What followed on the line moves to a line of its own, without its leading blanks; a closing
    // brace goes one level out.
    const blanks = /^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0;
    const restIndent = rest.startsWith('}') ? indent.slice(INDENT.length) : indent;
    return {
        range: { start: document.positionAt(offset), end: document.positionAt(offset + blanks) },
        newText: lines.map(line => eol + indent + line).join('') + eol + restIndent
    };
}

/** The offsets to delete to remove [start, end): the whole line when nothing else is on it. */
export function removalSpan(text: string, start: number, end: number): [number, number] {
    if (start === lineStartOf(text, start) && /[\r\n]$/.test(text.slice(start, end))) {
        return [start, end]; // already whole lines
    }
    const lineStart = lineStartOf(text, start);
    const lineEnd = lineEndOf(text, end);
    if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') {
        const next = /^(\r\n|\r|\n)?/.exec(text.slice(lineEnd))?.[0].length ?? 0;
        return [lineStart, lineEnd + next];
    }
    // Mid-line: take the blanks after the token along, or before it at the end of a line.
    const after = /^[ \t]*/.exec(text.slice(end))?.[0].length ?? 0;
    if (end + after < lineEnd) {
        return [start, end + after];
    }
    const before = /[ \t]*$/.exec(text.slice(lineStart, start))?.[0].length ?? 0;
    return [start - before, end];
}

/**
 * Deletions that remove the tokens in `spans` (see removalSpan). Spans that meet are merged, as
 * LSP edits must not overlap, and a line they leave blank goes too.
 */
export function deletions(document: TextDocument, spans: Array<[number, number]>): TextEdit[] {
    const text = document.getText();
    const widened = merge(merge(spans.map(([start, end]) => removalSpan(text, start, end))).map(([start, end]) => removalSpan(text, start, end)));
    return widened.map(([start, end]) => ({ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: '' }));
}

function merge(spans: Array<[number, number]>): Array<[number, number]> {
    const merged: Array<[number, number]> = [];
    for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
        const last = merged[merged.length - 1];
        if (last && start <= last[1]) {
            last[1] = Math.max(last[1], end);
        } else {
            merged.push([start, end]);
        }
    }
    return merged;
}
