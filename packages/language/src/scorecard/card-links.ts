/**
 * The links between scorecard cards, in both directions. An element states one direction (a
 * strategy `realizes` an ambition, a KPI `monitors` strategies, an OKR `addresses` KPIs); the
 * reverse lists (an ambition's strategies, a strategy's KPIs, a KPI's OKRs) are derived here, by
 * name, in one pass each. The scorecard builder and the test fixtures both go through this, so the
 * two directions of a link cannot disagree and no view has to merge or re-derive them.
 */
import type { AmbitionCard, KpiCard, OkrCard, StrategyCard } from './model.js';

/** The cards as their elements state them: without the reverse links. */
export type StatedAmbition = Omit<AmbitionCard, 'strategies'>;
export type StatedStrategy = Omit<StrategyCard, 'kpis'>;
export type StatedKpi = Omit<KpiCard, 'addressedBy'>;

export interface StatedCards {
    ambitions: readonly StatedAmbition[];
    strategies: readonly StatedStrategy[];
    kpis: readonly StatedKpi[];
    okrs: readonly OkrCard[];
}

export interface LinkedCards {
    ambitions: AmbitionCard[];
    strategies: StrategyCard[];
    kpis: KpiCard[];
    okrs: OkrCard[];
}

/**
 * Adds to each card the names of the cards that link to it, in scorecard order. A link reaches
 * the first card of its name in scorecard order (files by path, then text order), as references
 * resolve (docs/decisions.md#rules): with two strategies `S`, the KPIs monitoring `S` are the first one's.
 */
export function linkCards(cards: StatedCards): LinkedCards {
    const realizing = namesLinkingTo(cards.strategies, s => (s.ambition === null ? [] : [s.ambition]));
    const monitoring = namesLinkingTo(cards.kpis, k => k.strategies);
    const addressing = cardsLinkingTo(cards.okrs, o => o.addresses);
    const linksOf = <T>(links: Map<string, T[]>) => {
        const reached = new Set<string>();
        return (name: string): T[] => {
            const first = !reached.has(name);
            reached.add(name);
            return first ? links.get(name) ?? [] : [];
        };
    };
    const toAmbition = linksOf(realizing);
    const toStrategy = linksOf(monitoring);
    const toKpi = linksOf(addressing);
    return {
        ambitions: cards.ambitions.map(a => ambitionWithLinks(a, toAmbition(a.name))),
        strategies: cards.strategies.map(s => strategyWithLinks(s, toStrategy(s.name))),
        kpis: cards.kpis.map(k => kpiWithLinks(k, toKpi(k.name))),
        okrs: [...cards.okrs]
    };
}

// The `with…Links` functions keep the model's key order (links before `location`), so the
// scorecard's JSON reads the same as before the links were derived here.

export function ambitionWithLinks({ location, ...rest }: StatedAmbition, strategies: string[]): AmbitionCard {
    return { ...rest, strategies, location };
}

export function strategyWithLinks({ location, ...rest }: StatedStrategy, kpis: string[]): StrategyCard {
    return { ...rest, kpis, location };
}

/** A KPI with the OKRs that address it; one of them running at risk makes the KPI need attention too. */
export function kpiWithLinks({ location, attention, ...rest }: StatedKpi, addressing: readonly OkrCard[]): KpiCard {
    const atRisk = addressing.some(okr => okr.running && okr.pace === 'at-risk');
    return { ...rest, attention: atRisk ? [...attention, 'at-risk'] : attention, addressedBy: addressing.map(okr => okr.name), location };
}

/** target name → names of the sources that link to it, one entry per stated link. */
function namesLinkingTo<T extends { name: string }>(sources: readonly T[], targetsOf: (source: T) => readonly string[]): Map<string, string[]> {
    const names = new Map<string, string[]>();
    for (const [target, linking] of cardsLinkingTo(sources, targetsOf)) {
        names.set(target, linking.map(source => source.name));
    }
    return names;
}

/** target name → the sources that link to it, one entry per stated link. */
function cardsLinkingTo<T extends { name: string }>(sources: readonly T[], targetsOf: (source: T) => readonly string[]): Map<string, T[]> {
    const linking = new Map<string, T[]>();
    for (const source of sources) {
        for (const target of targetsOf(source)) {
            const list = linking.get(target);
            if (list) list.push(source);
            else linking.set(target, [source]);
        }
    }
    return linking;
}
