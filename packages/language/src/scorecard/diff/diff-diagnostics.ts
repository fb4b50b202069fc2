/**
 * Diagnostics introduced or fixed. A finding is matched by its code and the element it is reported
 * in — never by line, so an edit above it does not show every finding as fixed and introduced
 * again. The element is the one whose text holds the finding, found from the cards' locations;
 * BASE's element names are spelled as HEAD spells them, so a rename does not re-introduce its findings.
 * Findings outside any element (a syntax error before the first) match by code and message.
 */
import type { Scorecard, ScorecardDiagnostic, SourceLocation } from '../model.js';
import type { DiagnosticChange } from './diff-model.js';

/** Where an element starts, and how the diff names it and keys it. */
interface Placed {
    location: SourceLocation;
    /** The element's name (a key result without one: its title). */
    label: string;
    /** Its key, given how HEAD spells a BASE name. */
    key(headName: (name: string) => string): string;
}

export interface DiagnosticSide {
    scorecard: Scorecard;
    /** The file as the user sees it. */
    path(uri: string): string;
}

export function diagnosticChanges(base: DiagnosticSide, head: DiagnosticSide, headName: (name: string) => string): { introduced: DiagnosticChange[]; fixed: DiagnosticChange[] } {
    const keyed = (side: DiagnosticSide, spell: (name: string) => string) => {
        const elementOf = elementLocator(side.scorecard);
        return side.scorecard.diagnostics.items.map(d => {
            const element = elementOf(d);
            return {
                diagnostic: d,
                element: element?.label ?? null,
                withMessage: `${d.code}\u0000${element?.key(spell) ?? ''}\u0000${element ? '' : d.message}\u0000${d.message}`,
                withoutMessage: `${d.code}\u0000${element?.key(spell) ?? ''}\u0000${element ? '' : d.message}`
            };
        });
    };
    const before = keyed(base, headName);
    const after = keyed(head, name => name);
    const unmatchedBefore = new Set(before);
    const unmatchedAfter = new Set(after);
    // Same code, element and message first; then same code and element (a message that names a renamed element).
    for (const key of ['withMessage', 'withoutMessage'] as const) {
        const waiting = new Map<string, typeof before>();
        for (const entry of before) {
            if (!unmatchedBefore.has(entry)) continue;
            const list = waiting.get(entry[key]);
            if (list) list.push(entry);
            else waiting.set(entry[key], [entry]);
        }
        for (const entry of after) {
            if (!unmatchedAfter.has(entry)) continue;
            const partner = waiting.get(entry[key])?.shift();
            if (partner) {
                unmatchedBefore.delete(partner);
                unmatchedAfter.delete(entry);
            }
        }
    }
    const change = (side: DiagnosticSide) => (entry: (typeof before)[number]): DiagnosticChange => ({
        code: entry.diagnostic.code,
        severity: entry.diagnostic.severity,
        element: entry.element,
        path: side.path(entry.diagnostic.uri),
        line: entry.diagnostic.range.start.line + 1,
        message: entry.diagnostic.message
    });
    return {
        introduced: after.filter(e => unmatchedAfter.has(e)).map(change(head)),
        fixed: before.filter(e => unmatchedBefore.has(e)).map(change(base))
    };
}

/**
 * The element a diagnostic is reported in: the one whose name it is on; else the next element
 * when that starts later on the same line (a finding on a `key result` keyword); else the last
 * element that starts before it in its file.
 */
export function elementLocator(scorecard: Scorecard): (diagnostic: ScorecardDiagnostic) => Placed | undefined {
    const byUri = new Map<string, Placed[]>();
    const add = (placed: Placed) => {
        const list = byUri.get(placed.location.uri);
        if (list) list.push(placed);
        else byUri.set(placed.location.uri, [placed]);
    };
    const named = (card: { name: string; location: SourceLocation }) =>
        add({ location: card.location, label: card.name, key: spell => spell(card.name) });
    scorecard.ambitions.forEach(named);
    scorecard.strategies.forEach(named);
    scorecard.kpis.forEach(named);
    for (const okr of scorecard.okrs) {
        named(okr);
        for (const kr of okr.keyResults) {
            const name = kr.name;
            add(name === null
                ? { location: kr.location, label: kr.title, key: spell => `${spell(okr.name)}\u0000${kr.title}` }
                : { location: kr.location, label: name, key: spell => spell(name) });
        }
    }
    for (const list of byUri.values()) list.sort((a, b) => compare(a.location.range.start, b.location.range.start));
    return diagnostic => {
        const list = byUri.get(diagnostic.uri) ?? [];
        const start = diagnostic.range.start;
        const at = lastStartingBefore(list, start);
        const before = at < 0 ? undefined : list[at];
        if (before && compare(start, before.location.range.end) < 0) return before;
        const next = list[at + 1];
        return next && next.location.range.start.line === start.line ? next : before;
    };
}

/** The index of the last element that starts at or before `position` (-1: none), by binary search. */
function lastStartingBefore(list: readonly Placed[], position: Position): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (compare(list[middle].location.range.start, position) <= 0) low = middle + 1;
        else high = middle;
    }
    return low - 1;
}

type Position = SourceLocation['range']['start'];

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}
