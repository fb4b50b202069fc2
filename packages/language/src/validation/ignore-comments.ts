/**
 * `// strat-ignore <code> [<code>…]` silences those codes on the next line; a bare
 * `// strat-ignore` silences every diagnostic there.
 */
const IGNORE = /\/\/\s*strat-ignore\b([^\n\r]*)/;

/** Line (0-based) of the silenced line → the codes silenced there (empty set: all). */
export function findIgnoreComments(text: string): Map<number, Set<string>> {
    const ignored = new Map<number, Set<string>>();
    if (!text.includes('strat-ignore')) {
        return ignored;
    }
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
        const match = IGNORE.exec(line);
        if (match) {
            const codes = match[1].split(/[\s,]+/).filter(code => /^[a-z][a-z-]*$/.test(code));
            ignored.set(index + 1, new Set(codes));
        }
    });
    return ignored;
}

export function isIgnored(ignored: Map<number, Set<string>>, line: number, code: string): boolean {
    const codes = ignored.get(line);
    return codes !== undefined && (codes.size === 0 || codes.has(code));
}
