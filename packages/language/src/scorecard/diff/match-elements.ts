/**
 * Which element of BASE is which element of HEAD. Elements are matched by name; of those left
 * over, one removed and one added element of the same kind with the same title are one element
 * renamed — when several share the title, their links (mapped through the renames found so far)
 * decide. Files play no part, so a file moved between folders changes nothing.
 */
import type { AmbitionCard, KeyResultCard, KpiCard, OkrCard, Scorecard, StrategyCard } from '../model.js';

export interface Matched<T> {
    /** [base, head] of every element both sides have, renamed ones included. */
    pairs: Array<[T, T]>;
    /** The subset of `pairs` whose names differ. */
    renamed: Array<[T, T]>;
    added: T[];
    removed: T[];
}

export interface ScorecardMatch {
    ambitions: Matched<AmbitionCard>;
    strategies: Matched<StrategyCard>;
    kpis: Matched<KpiCard>;
    okrs: Matched<OkrCard>;
    /** The key results of an OKR both sides have (given as HEAD's card), matched once. */
    keyResultsOf(headOkr: OkrCard): Matched<KeyResultCard>;
    /** A BASE name as HEAD spells it (unchanged when not renamed). */
    headName(name: string): string;
}

interface Identity<T> {
    name(card: T): string;
    title(card: T): string;
    /** The names it links to, in either direction, as BASE or HEAD spells them. */
    links(card: T): readonly string[];
}

const titleKey = (title: string): string => title.trim().replace(/\s+/g, ' ');

/** Matches two lists of cards of one kind; `headName` maps a BASE link to HEAD's spelling. */
export function matchCards<T>(base: readonly T[], head: readonly T[], id: Identity<T>, headName: (name: string) => string): Matched<T> {
    const pairs: Array<[T, T]> = [];
    const renamed: Array<[T, T]> = [];
    const unmatchedHead = new Set(head);
    const headByName = groupBy(head, id.name);
    const leftBase: T[] = [];
    for (const card of base) {
        const name = id.name(card);
        const candidates = name === '' ? [] : headByName.get(name) ?? [];
        const partner = candidates.find(c => unmatchedHead.has(c));
        if (partner === undefined) {
            leftBase.push(card);
        } else {
            unmatchedHead.delete(partner);
            pairs.push([card, partner]);
        }
    }
    const linkKey = (card: T, mapped: boolean) => [...id.links(card)].map(n => (mapped ? headName(n) : n)).sort().join('\u0000');
    const headByTitle = groupBy([...unmatchedHead], c => titleKey(id.title(c)));
    const baseByTitle = groupBy(leftBase, c => titleKey(id.title(c)));
    const renamedBase = new Set<T>();
    for (const [title, removed] of baseByTitle) {
        const added = headByTitle.get(title) ?? [];
        if (title === '' || added.length === 0) continue;
        for (const card of removed) {
            const sameLinks = added.filter(c => unmatchedHead.has(c) && linkKey(c, false) === linkKey(card, true));
            const rivals = removed.filter(c => !renamedBase.has(c) && linkKey(c, true) === linkKey(card, true));
            const partner = removed.length === 1 && added.length === 1 ? added[0]
                : sameLinks.length === 1 && rivals.length === 1 ? sameLinks[0] : undefined;
            if (partner !== undefined && unmatchedHead.has(partner)) {
                unmatchedHead.delete(partner);
                renamedBase.add(card);
                pairs.push([card, partner]);
                renamed.push([card, partner]);
            }
        }
    }
    // In HEAD's order, as its scorecard lists them, renamed ones among the others.
    const order = new Map(head.map((card, i) => [card, i]));
    const byHead = ([, a]: [T, T], [, b]: [T, T]) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
    return {
        pairs: pairs.sort(byHead),
        renamed: renamed.sort(byHead),
        added: head.filter(c => unmatchedHead.has(c)),
        removed: leftBase.filter(c => !renamedBase.has(c))
    };
}

/**
 * Matches every kind of element, ambitions first, so each kind's links can use the renames before
 * it. A KPI's links also name OKRs, which are matched after it: when something is left unmatched,
 * a second pass starts from every rename the first found (an OKR renamed with the KPIs it links).
 */
export function matchScorecards(base: Scorecard, head: Scorecard): ScorecardMatch {
    const first = matchPass(base, head, new Map());
    const leftOver = [first.ambitions, first.strategies, first.kpis, first.okrs].some(m => m.added.length > 0 && m.removed.length > 0);
    return leftOver ? matchPass(base, head, first.renames) : first;
}

function matchPass(base: Scorecard, head: Scorecard, known: ReadonlyMap<string, string>): ScorecardMatch & { renames: Map<string, string> } {
    const renames = new Map<string, string>(known);
    const headName = (name: string): string => renames.get(name) ?? name;
    const record = <T extends { name: string }>(matched: Matched<T>): Matched<T> => {
        for (const [before, after] of matched.renamed) renames.set(before.name, after.name);
        return matched;
    };
    const named = <T extends { name: string; title: string }>(links: (card: T) => readonly string[]): Identity<T> =>
        ({ name: c => c.name, title: c => c.title, links });
    const ambitions = record(matchCards(base.ambitions, head.ambitions, named<AmbitionCard>(a => a.strategies), headName));
    const strategies = record(matchCards(base.strategies, head.strategies,
        named<StrategyCard>(s => [...(s.ambition === null ? [] : [s.ambition]), ...s.kpis]), headName));
    const kpis = record(matchCards(base.kpis, head.kpis, named<KpiCard>(k => [...k.strategies, ...k.addressedBy]), headName));
    const okrs = record(matchCards(base.okrs, head.okrs,
        { name: o => o.name, title: o => o.objective, links: o => [...o.addresses, ...(o.supports === null ? [] : [o.supports])] }, headName));
    const keyResults = new Map(okrs.pairs.map(([before, after]) => [after, matchKeyResults(before, after)]));
    for (const matched of keyResults.values()) {
        for (const [kr, partner] of matched.renamed) {
            if (kr.name !== null && partner.name !== null) renames.set(kr.name, partner.name);
        }
    }
    const none: Matched<KeyResultCard> = { pairs: [], renamed: [], added: [], removed: [] };
    return { ambitions, strategies, kpis, okrs, keyResultsOf: okr => keyResults.get(okr) ?? none, headName, renames };
}

/**
 * The key results of one OKR on both sides: by name, then by title (a key result named or
 * renamed keeps its title), then unnamed ones left on both sides in their order (a title edited).
 */
export function matchKeyResults(base: OkrCard, head: OkrCard): Matched<KeyResultCard> {
    const byName = matchCards(base.keyResults, head.keyResults,
        { name: kr => kr.name ?? '', title: kr => kr.title, links: kr => (kr.measures === null ? [] : [kr.measures]) }, n => n);
    const leftBase = byName.removed.filter(kr => kr.name === null);
    const leftHead = byName.added.filter(kr => kr.name === null);
    const inOrder: Array<[KeyResultCard, KeyResultCard]> = leftBase.length === leftHead.length
        ? leftBase.map((kr, i) => [kr, leftHead[i]])
        : [];
    const paired = new Set(inOrder.flat());
    return {
        pairs: [...byName.pairs, ...inOrder],
        renamed: byName.renamed.filter(([b, h]) => b.name !== null && h.name !== null),
        added: byName.added.filter(kr => !paired.has(kr)),
        removed: byName.removed.filter(kr => !paired.has(kr))
    };
}

/** How a key result is named in the diff: its name, else its title. */
export function keyResultLabel(kr: KeyResultCard): string {
    return kr.name ?? kr.title;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
    }
    return groups;
}
