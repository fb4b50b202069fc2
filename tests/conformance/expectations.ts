/**
 * What a conformance case expects, read from its own text (docs/language.md#conformance-cases), and how its outputs
 * are judged. Pure functions: no files, no CLI (see case-runner.ts for those).
 *
 * - Header lines: whole `//!` lines at the top of a file, in any order:
 *   `//! scorecard: {…}` (part of the scorecard JSON, may be given several times) and
 *   `//! as-of: YYYY-MM-DD` (the reference date). They are not annotations.
 * - Annotations: `//! code1 code2` at the end of any later line: a diagnostic with each code
 *   starts on that line.
 */

export interface CaseHeaders {
    /** Every `//! scorecard:` line's JSON, in file order; each must match the scorecard. */
    scorecards: Array<{ line: number; expected: Record<string, unknown> }>;
    /** `//! as-of:` — the reference date the case is checked with. */
    asOf?: string;
}

export interface CaseExpectations {
    headers: CaseHeaders;
    /** `line (1-based): code` entries, sorted, one per expected diagnostic. */
    diagnostics: string[];
}

/** A header line: `//! scorecard: …`, `//! as-of: …`, or a misspelt one (`//! asof: …`), caught below. */
const HEADER = /^\s*\/\/!\s*([A-Za-z][\w-]*)\s*:(.*)$/;
const ANNOTATION = /\/\/!(.*)$/;
const CODE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a case file's header lines and annotations; throws, naming the line, on anything malformed. */
export function readExpectations(text: string): CaseExpectations {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const headers: CaseHeaders = { scorecards: [] };
    let index = 0;
    for (; index < lines.length; index++) {
        const header = HEADER.exec(lines[index]);
        if (!header) {
            break;
        }
        readHeader(header[1], header[2].trim(), index + 1, headers);
    }
    const diagnostics: string[] = [];
    for (; index < lines.length; index++) {
        const annotation = ANNOTATION.exec(lines[index]);
        if (!annotation) {
            continue;
        }
        const codes = annotation[1].trim().split(/\s+/).filter(Boolean);
        if (codes.length === 0) {
            throw new Error(`line ${index + 1}: '//!' without a diagnostic code`);
        }
        for (const code of codes) {
            if (!CODE.test(code)) {
                const hint = /^(scorecard|as-of):/.test(code) ? ' (header lines belong at the top of the file)' : '';
                throw new Error(`line ${index + 1}: '${code}' is not a diagnostic code${hint}`);
            }
            diagnostics.push(`${index + 1}: ${code}`);
        }
    }
    return { headers, diagnostics: diagnostics.sort(compareEntries) };
}

function readHeader(key: string, value: string, line: number, headers: CaseHeaders): void {
    if (key === 'scorecard') {
        let expected: unknown;
        try {
            expected = JSON.parse(value);
        } catch (error) {
            throw new Error(`line ${line}: the scorecard header is not valid JSON (${(error as Error).message})`);
        }
        if (!isObject(expected)) {
            throw new Error(`line ${line}: the scorecard header must be a JSON object`);
        }
        headers.scorecards.push({ line, expected });
    } else if (key === 'as-of') {
        if (!isDay(value)) {
            throw new Error(`line ${line}: as-of must be a day written YYYY-MM-DD, not '${value}'`);
        }
        if (headers.asOf !== undefined) {
            throw new Error(`line ${line}: as-of is given twice`);
        }
        headers.asOf = value;
    } else {
        throw new Error(`line ${line}: unknown header '${key}:' (a case header is 'scorecard:' or 'as-of:')`);
    }
}

function isDay(text: string): boolean {
    const match = DAY.exec(text);
    if (!match) {
        return false;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Orders `line: code` entries by line, then code. */
export function compareEntries(a: string, b: string): number {
    const [la, ca] = a.split(': ');
    const [lb, cb] = b.split(': ');
    return Number(la) - Number(lb) || ca.localeCompare(cb);
}

/** What differs between expected and reported `line: code` entries, as readable lines ("missing …", "unexpected …"). */
export function diagnosticDifferences(expected: readonly string[], actual: readonly string[]): string[] {
    const unmatched = [...actual];
    const missing: string[] = [];
    for (const entry of expected) {
        const at = unmatched.indexOf(entry);
        if (at >= 0) {
            unmatched.splice(at, 1);
        } else {
            missing.push(entry);
        }
    }
    return [...missing.map(entry => `missing    ${entry}`), ...unmatched.map(entry => `unexpected ${entry}`)];
}

/**
 * Every way `actual` fails to match the partial `expected` (docs/language.md#conformance-cases): an object matches when every
 * key it gives matches; a list of objects that all have a `name` matches by name, ignoring the
 * entries it does not name; other lists match item by item; numbers match when equal after
 * rounding to two decimals; `null` and every other value match only themselves.
 * Returns one line per mismatch, with its JSON path; an empty list means a match.
 */
export function scorecardMismatches(expected: unknown, actual: unknown, at = '$'): string[] {
    if (typeof expected === 'number') {
        return typeof actual === 'number' && roundTo2(actual) === roundTo2(expected) ? [] : [mismatch(at, expected, actual)];
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual)) {
            return [mismatch(at, expected, actual)];
        }
        if (expected.length > 0 && expected.every(isNamed)) {
            return expected.flatMap(item => {
                const found = actual.find(candidate => isNamed(candidate) && candidate.name === item.name);
                return found === undefined
                    ? [`${at}: no entry named '${item.name}' (names: ${actual.filter(isNamed).map(a => a.name).join(', ') || 'none'})`]
                    : scorecardMismatches(item, found, `${at}[${item.name}]`);
            });
        }
        if (expected.length !== actual.length) {
            return [mismatch(at, expected, actual)];
        }
        return expected.flatMap((item, i) => scorecardMismatches(item, actual[i], `${at}[${i}]`));
    }
    if (isObject(expected)) {
        if (!isObject(actual)) {
            return [mismatch(at, expected, actual)];
        }
        return Object.entries(expected).flatMap(([key, value]) => key in actual
            ? scorecardMismatches(value, actual[key], `${at}.${key}`)
            : [`${at}.${key}: expected ${JSON.stringify(value)}, but the key is missing`]);
    }
    return expected === actual ? [] : [mismatch(at, expected, actual)];
}

function mismatch(at: string, expected: unknown, actual: unknown): string {
    return `${at}: expected ${JSON.stringify(expected)}, got ${actual === undefined ? 'nothing' : JSON.stringify(actual)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamed(value: unknown): value is Record<string, unknown> & { name: string } {
    return isObject(value) && typeof value.name === 'string';
}

/** Half away from zero, robust to binary fractions (0.355 → 0.36, -0.355 → -0.36). */
export function roundTo2(n: number): number {
    return Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-9) / 100;
}

/** What decides a case's reference date (docs/language.md#conformance-cases). */
export interface CaseShape {
    /** The case's `//! as-of:` date, if it has one. */
    asOf?: string;
    /** A folder of `.strat` files rather than one file. */
    isFolder: boolean;
    /** The folder holds a `strat.json` (docs/language.md#time). */
    hasStratJson: boolean;
}

/**
 * The reference-date arguments docs/language.md#conformance-cases gives a case: `--as-of <date>` with an as-of header;
 * none at all for a folder with a `strat.json` (its `asOf`, or today, applies); else `--as-of none`.
 */
export function referenceDateArguments(shape: CaseShape): string[] {
    if (shape.asOf !== undefined) {
        return ['--as-of', shape.asOf];
    }
    return shape.isFolder && shape.hasStratJson ? [] : ['--as-of', 'none'];
}

/** The full `strat` command line for a case, in JSON. */
export function caseCommand(command: 'check' | 'scorecard', casePath: string, dateArguments: readonly string[]): string[] {
    return [command, casePath, '--format', 'json', ...dateArguments];
}
