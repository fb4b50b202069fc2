/**
 * `// strat-ignore <code> [<code>…]` silences those codes on the next line; a bare
 * `// strat-ignore` silences every diagnostic there. Only real line comments count (the lexer's
 * comment tokens), never the same words inside a title or description.
 */
import type { Lexer } from 'langium';

const IGNORE = /^\/\/\s*strat-ignore\b(.*)$/;

/** Line (0-based) of the silenced line → the codes silenced there (empty set: all). */
export function findIgnoreComments(text: string, lexer: Lexer): Map<number, Set<string>> {
    const ignored = new Map<number, Set<string>>();
    if (!text.includes('strat-ignore')) {
        return ignored;
    }
    for (const token of lexer.tokenize(text).hidden) {
        const match = token.tokenType.name === 'SL_COMMENT' ? IGNORE.exec(token.image) : null;
        if (match && token.startLine !== undefined) {
            const codes = match[1].split(/[\s,]+/).filter(code => /^[a-z][a-z-]*$/.test(code));
            // startLine is 1-based: the silenced line's 0-based number is the same value.
            ignored.set(token.startLine, new Set(codes));
        }
    }
    return ignored;
}

export function isIgnored(ignored: Map<number, Set<string>>, line: number, code: string): boolean {
    const codes = ignored.get(line);
    return codes !== undefined && (codes.size === 0 || codes.has(code));
}
