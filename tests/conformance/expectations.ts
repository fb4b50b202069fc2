/**
 * Reads the expectations written inside a conformance case (LANGUAGE.md §5b):
 * `//! code1 code2` at the end of a line, and `//! scorecard: {…}` on the first line.
 */
export interface CaseExpectations {
    /** `line (1-based): code` entries, sorted, one per expected diagnostic. */
    diagnostics: string[];
    scorecard?: unknown;
}

export function readExpectations(text: string): CaseExpectations {
    const lines = text.split(/\r\n|\r|\n/);
    const diagnostics: string[] = [];
    let scorecard: unknown;
    lines.forEach((line, index) => {
        if (index === 0 && /^\s*\/\/!\s*scorecard:/.test(line)) {
            scorecard = JSON.parse(line.replace(/^\s*\/\/!\s*scorecard:/, ''));
            return;
        }
        const match = /\/\/!\s*([^\n]*)$/.exec(line);
        if (match) {
            for (const code of match[1].trim().split(/\s+/).filter(Boolean)) {
                diagnostics.push(`${index + 1}: ${code}`);
            }
        }
    });
    return { diagnostics: diagnostics.sort(compareEntries), scorecard };
}

export function compareEntries(a: string, b: string): number {
    const [la, ca] = a.split(': ');
    const [lb, cb] = b.split(': ');
    return Number(la) - Number(lb) || ca.localeCompare(cb);
}

/**
 * Whether `actual` matches the partial `expected`: objects by the keys given, lists of named
 * objects by name (ignoring extras), numbers after rounding to two decimals.
 * Returns the path of the first mismatch, or undefined.
 */
export function findMismatch(expected: unknown, actual: unknown, at = '$'): string | undefined {
    if (typeof expected === 'number') {
        return typeof actual === 'number' && round2(actual) === round2(expected) ? undefined : `${at}: expected ${expected}, got ${JSON.stringify(actual)}`;
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual)) {
            return `${at}: expected a list, got ${JSON.stringify(actual)}`;
        }
        const named = expected.every(item => isObject(item) && typeof item.name === 'string');
        if (named && expected.length > 0) {
            for (const item of expected as Array<Record<string, unknown>>) {
                const match = actual.find(a => isObject(a) && a.name === item.name);
                if (!match) {
                    return `${at}: no entry named '${String(item.name)}'`;
                }
                const mismatch = findMismatch(item, match, `${at}[${String(item.name)}]`);
                if (mismatch) {
                    return mismatch;
                }
            }
            return undefined;
        }
        if (expected.length !== actual.length) {
            return `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
        }
        for (let i = 0; i < expected.length; i++) {
            const mismatch = findMismatch(expected[i], actual[i], `${at}[${i}]`);
            if (mismatch) {
                return mismatch;
            }
        }
        return undefined;
    }
    if (isObject(expected)) {
        if (!isObject(actual)) {
            return `${at}: expected an object, got ${JSON.stringify(actual)}`;
        }
        for (const [key, value] of Object.entries(expected)) {
            const mismatch = findMismatch(value, actual[key], `${at}.${key}`);
            if (mismatch) {
                return mismatch;
            }
        }
        return undefined;
    }
    return expected === actual ? undefined : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function round2(n: number): number {
    return Math.round(n * 100) / 100;
}
