/**
 * What the preview shows while it compares the scorecard with a git revision: the "Changes"
 * section's tables (the sections of `strat diff`) and the marks on changed KPI and OKR cards
 * (▲/▼, before → after). Plain text only — the page builds the markup — and checked on arrival
 * like every message (preview-protocol.ts). Shared by the extension and the page; imports nothing.
 */

export type ChangeTrend = 'up' | 'down';

export interface ComparisonRow {
    readonly cells: readonly string[];
    readonly trend?: ChangeTrend;
}

export interface ComparisonTable {
    readonly title: string;
    readonly header: readonly string[];
    readonly rows: readonly ComparisonRow[];
}

/** One line of a card's mark: `Value 21 → 27 ▲`. */
export interface MarkLine {
    readonly label: string;
    /** `before → after`, or a word (`new`). */
    readonly text: string;
    readonly trend?: ChangeTrend;
    /** Whether the change is good news for this KPI (its direction) or OKR; absent when neither. */
    readonly tone?: 'better' | 'worse';
}

/** A changed card, found on the page by the source location it carries (`data-kind`, `data-uri`, `data-line`). */
export interface CardMark {
    readonly kind: 'kpi' | 'okr';
    readonly uri: string;
    readonly line: number;
    readonly lines: readonly MarkLine[];
}

export interface ComparisonView {
    /** The revision as the user named it (`HEAD`, `main`). */
    readonly ref: string;
    /** Its commit, abbreviated; absent until known. */
    readonly commit?: string;
    /** "2 KPI status changes · …", or "No change to the scorecard." */
    readonly summary: string;
    readonly tables: readonly ComparisonTable[];
    readonly marks: readonly CardMark[];
    /** Why there is no comparison to show (not a repository, an unknown revision…): one line. */
    readonly problem?: string;
}

type Fields = Readonly<Record<string, unknown>>;

const MAX_TEXT = 10_000;
const MAX_ITEMS = 10_000;

function isRecord(value: unknown): value is Fields {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
    return typeof value === 'string' && value.length <= MAX_TEXT;
}

function isTrend(value: unknown): value is ChangeTrend {
    return value === 'up' || value === 'down';
}

/** Each item parsed; undefined when the value is not a list or an item is unusable. */
function listOf<T>(value: unknown, parse: (item: unknown) => T | undefined): T[] | undefined {
    if (!Array.isArray(value) || value.length > MAX_ITEMS) return undefined;
    const items: T[] = [];
    for (const item of value) {
        const parsed = parse(item);
        if (parsed === undefined) return undefined;
        items.push(parsed);
    }
    return items;
}

const text = (value: unknown): string | undefined => (isText(value) ? value : undefined);

function parseRow(value: unknown): ComparisonRow | undefined {
    if (!isRecord(value)) return undefined;
    const cells = listOf(value.cells, text);
    if (!cells) return undefined;
    return isTrend(value.trend) ? { cells, trend: value.trend } : { cells };
}

function parseTable(value: unknown): ComparisonTable | undefined {
    if (!isRecord(value) || !isText(value.title)) return undefined;
    const header = listOf(value.header, text);
    const rows = listOf(value.rows, parseRow);
    return header && rows ? { title: value.title, header, rows } : undefined;
}

function parseLine(value: unknown): MarkLine | undefined {
    if (!isRecord(value) || !isText(value.label) || !isText(value.text)) return undefined;
    return {
        label: value.label,
        text: value.text,
        ...(isTrend(value.trend) ? { trend: value.trend } : {}),
        ...(value.tone === 'better' || value.tone === 'worse' ? { tone: value.tone } : {}),
    };
}

function parseMark(value: unknown): CardMark | undefined {
    if (!isRecord(value) || (value.kind !== 'kpi' && value.kind !== 'okr') || !isText(value.uri) || value.uri === '') return undefined;
    if (typeof value.line !== 'number' || !Number.isInteger(value.line) || value.line < 0) return undefined;
    const lines = listOf(value.lines, parseLine);
    return lines ? { kind: value.kind, uri: value.uri, line: value.line, lines } : undefined;
}

/** A comparison from a message or the page, if it is one; undefined for anything else. */
export function parseComparisonView(value: unknown): ComparisonView | undefined {
    if (!isRecord(value) || !isText(value.ref) || value.ref === '' || !isText(value.summary)) return undefined;
    const tables = listOf(value.tables, parseTable);
    const marks = listOf(value.marks, parseMark);
    if (!tables || !marks) return undefined;
    return {
        ref: value.ref,
        ...(isText(value.commit) ? { commit: value.commit } : {}),
        summary: value.summary,
        tables,
        marks,
        ...(isText(value.problem) ? { problem: value.problem } : {}),
    };
}
