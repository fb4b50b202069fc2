/**
 * `// strat-ignore <code> [<code>…]` silences those codes on the line right below the comment;
 * a bare `// strat-ignore` silences every finding there (docs/language.md#silencing-and-severities).
 * A finding is on that line when it starts there, whatever it spans.
 *
 * Formatting never changes what a comment silences: the formatter keeps the line below an ignore
 * comment as it is written (format-layout.ts), so nothing leaves it and nothing joins it. Only
 * real line comments count (comment tokens of the syntax tree), never the same words inside a title.
 */
import { CstUtils, type CstNode } from 'langium';

/** The text a comment silences, as offsets (one line), and the codes it silences there (empty: all). */
export interface IgnoredSpan {
    start: number;
    end: number;
    codes: ReadonlySet<string>;
}

const IGNORE = /\/\/[ \t]*strat-ignore\b([^\n\r]*)/g;

/** Whether a line comment's text is an ignore comment (the formatter keeps the line below it). */
export function isIgnoreComment(commentText: string): boolean {
    return /^\/\/[ \t]*strat-ignore\b/.test(commentText);
}

export function findIgnoredSpans(root: CstNode | undefined, text: string): IgnoredSpan[] {
    const spans: IgnoredSpan[] = [];
    if (!root || !text.includes('strat-ignore')) {
        return spans;
    }
    for (const match of text.matchAll(IGNORE)) {
        const comment = CstUtils.findLeafNodeAtOffset(root, match.index);
        if (!comment?.hidden || comment.offset !== match.index || comment.tokenType.name !== 'SL_COMMENT') {
            continue; // the words sit inside a title, a description or a block comment
        }
        const below = lineBelow(text, match.index + match[0].length);
        if (below) {
            const codes = new Set(match[1].split(/[\s,]+/).filter(code => /^[a-z][a-z-]*$/.test(code)));
            spans.push({ ...below, codes });
        }
    }
    return spans;
}

export function isIgnored(spans: readonly IgnoredSpan[], offset: number, code: string): boolean {
    return spans.some(span => span.start <= offset && offset < span.end && (span.codes.size === 0 || span.codes.has(code)));
}

/** The line after the one that ends at `from` (its line break included, so a finding at its very end counts), if there is one. */
function lineBelow(text: string, from: number): { start: number; end: number } | undefined {
    const lineBreak = /\r\n|\r|\n/g;
    lineBreak.lastIndex = from;
    const first = lineBreak.exec(text);
    if (!first) return undefined;
    const start = first.index + first[0].length;
    lineBreak.lastIndex = start;
    const second = lineBreak.exec(text);
    return { start, end: second ? second.index + 1 : text.length + 1 };
}
