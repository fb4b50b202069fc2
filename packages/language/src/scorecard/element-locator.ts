/**
 * The element a diagnostic is reported in, found from the cards' locations (a card knows where its
 * name is, not where its text ends). The scorecard diff matches findings by it; the public
 * audience withholds the findings placed in what it withholds.
 */
import type { OkrCard, Scorecard, ScorecardDiagnostic, SourceLocation } from './model.js';

/** Where an element starts, and how the diff names it and keys it. */
export interface Placed {
    location: SourceLocation;
    /** The element's name (a key result without one: its title). */
    label: string;
    /** Its key, given how HEAD spells a BASE name. */
    key(headName: (name: string) => string): string;
    /** The OKR whose text it is in: the OKR itself, or the OKR of a key result. */
    okr?: OkrCard;
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
        add({ location: okr.location, label: okr.name, key: spell => spell(okr.name), okr });
        for (const kr of okr.keyResults) {
            const name = kr.name;
            add(name === null
                ? { location: kr.location, label: kr.title, key: spell => `${spell(okr.name)}\u0000${kr.title}`, okr }
                : { location: kr.location, label: name, key: spell => spell(name), okr });
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
