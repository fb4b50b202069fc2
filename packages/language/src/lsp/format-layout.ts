/**
 * The canonical layout of a .strat file, computed over its tokens alone: it decides only the
 * whitespace between tokens, so formatting can never change a token, drop a comment or alter
 * meaning. Pure: no document, no editor.
 */
import { isIgnoreComment } from '../validation/ignore-comments.js';

export type TokenKind = 'open' | 'close' | 'comma' | 'line-comment' | 'block-comment' | 'word';

export interface LayoutToken {
    offset: number;
    /** End offset; a line comment's trailing blanks are left out (they are whitespace to re-lay). */
    end: number;
    kind: TokenKind;
    /** Starts a line of its own: an element, a property, a key result, an initiative… */
    startsLine: boolean;
}

/** The whitespace between two tokens (or before the first / after the last) and what it should be. */
export interface Gap {
    start: number;
    end: number;
    text: string;
}

export const INDENT = '    ';

/** The canonical whitespace for every gap of `source`, in order; the last gap ends the file with one newline. */
export function layoutGaps(tokens: readonly LayoutToken[], source: string, eol: string): Gap[] {
    const gaps: Gap[] = [];
    let depth = 0;
    // Top-level elements are always separated by exactly one blank line.
    let afterTopLevelClose = false;
    // The line below a `// strat-ignore` comment is kept as written — its tokens stay together, and
    // the next line stays apart — so that formatting never changes what the comment silences.
    let keptLine: 'none' | 'next' | 'this' = 'none';
    tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        const start = previous ? previous.end : 0;
        if (token.kind === 'close') {
            depth = Math.max(0, depth - 1);
        }
        let text = '';
        if (previous) {
            const newlines = countNewlines(source.slice(start, token.offset));
            let kept: 'join' | 'break' | undefined;
            if (keptLine === 'this') {
                // on the kept line, or the first token after it
                kept = newlines === 0 ? 'join' : 'break';
                keptLine = newlines === 0 ? 'this' : 'none';
            } else if (keptLine === 'next') {
                // right below the comment (a blank line between: nothing is silenced, nothing kept)
                kept = newlines === 1 ? 'break' : undefined;
                keptLine = newlines === 1 ? 'this' : 'none';
            }
            const belowIgnore = kept === 'break' && keptLine === 'this';
            if (kept === 'join' || (isComment(token) && newlines === 0)) {
                text = token.kind === 'comma' ? '' : ' '; // on the kept line; a trailing comment stays on its line
                // a top-level `}` followed by more on the kept line: what follows is no new element to set apart
                if (kept === 'join' && !isComment(token)) afterTopLevelClose = false;
            } else if (kept === 'break' || breaksBefore(previous, token, newlines)) {
                // Never a blank line right below an ignore comment: it would then silence nothing.
                const blank = !belowIgnore && (afterTopLevelClose || (previous.kind !== 'open' && token.kind !== 'close' && newlines >= 2));
                // A token pushed to a new line by a comment, but not starting a line itself, is a continuation.
                const level = token.startsLine || token.kind === 'close' || isComment(token) ? depth : depth + 1;
                text = eol.repeat(blank ? 2 : 1) + INDENT.repeat(level);
                afterTopLevelClose = false;
            } else {
                text = token.kind === 'comma' ? '' : ' ';
            }
        }
        gaps.push({ start, end: token.offset, text });
        if (token.kind === 'line-comment' && isIgnoreComment(source.slice(token.offset, token.end))) {
            keptLine = 'next';
        }
        if (token.kind === 'open') {
            depth++;
        } else if (token.kind === 'close' && depth === 0) {
            afterTopLevelClose = true;
        }
    });
    const last = tokens[tokens.length - 1];
    if (last) {
        gaps.push({ start: last.end, end: source.length, text: eol });
    }
    return gaps;
}

function breaksBefore(previous: LayoutToken, token: LayoutToken, newlines: number): boolean {
    return previous.kind === 'line-comment'
        || previous.kind === 'open'
        || token.startsLine
        || token.kind === 'close'
        || isComment(token)
        // keep a line break written after a block comment (`/* … */` on a line of its own)
        || (previous.kind === 'block-comment' && newlines > 0);
}

function isComment(token: LayoutToken): boolean {
    return token.kind === 'line-comment' || token.kind === 'block-comment';
}

function countNewlines(whitespace: string): number {
    return (whitespace.match(/\r\n|\r|\n/g) ?? []).length;
}
