/**
 * How the views group KPIs: by the strategy they monitor, or by the balanced-scorecard
 * perspective of those strategies. A KPI monitoring two strategies appears under both; a KPI
 * monitoring no (known) strategy is "Unassigned".
 */

import type { KpiCard, Perspective, Scorecard, StrategyCard } from '../model.js';
import { PERSPECTIVE_LABEL, PERSPECTIVES } from './format.js';
import { cardIndex, type NameIndex } from './name-index.js';

export type GroupBy = 'strategy' | 'perspective';

export interface KpiGroup {
    /** Stable key, unique within one grouping: `strategy:0`, `perspective:customer`, `unassigned`. */
    key: string;
    kind: 'strategy' | 'perspective' | 'no-perspective' | 'unassigned';
    heading: string;
    /** The strategy of a `strategy` group. */
    strategy: StrategyCard | null;
    perspective: Perspective | null;
    kpis: KpiCard[];
}

/** Elements by name; with duplicate names the first one wins (the rules report `duplicate-name`). */
export function indexByName<T extends { name: string }>(items: readonly T[]): Map<string, T> {
    const map = new Map<string, T>();
    for (const item of items) if (!map.has(item.name)) map.set(item.name, item);
    return map;
}

function unassignedGroup(kpis: KpiCard[]): KpiGroup {
    return { key: 'unassigned', kind: 'unassigned', heading: 'Unassigned', strategy: null, perspective: null, kpis };
}

/** KPIs that monitor no strategy of this scorecard. */
function unassignedKpis(scorecard: Scorecard, strategies: NameIndex<StrategyCard>): KpiCard[] {
    return scorecard.kpis.filter((kpi) => !kpi.strategies.some((name) => strategies.has(name)));
}

/** One group per strategy (in scorecard order, empty ones included), then "Unassigned". */
export function groupKpisByStrategy(scorecard: Scorecard): KpiGroup[] {
    const kpis = cardIndex(scorecard.kpis);
    const groups: KpiGroup[] = scorecard.strategies.map((strategy, index) => ({
        key: `strategy:${index}`,
        kind: 'strategy',
        heading: strategy.title || strategy.name,
        strategy,
        perspective: strategy.perspective,
        kpis: kpis.reach(strategy.kpis),
    }));
    const unassigned = unassignedKpis(scorecard, cardIndex(scorecard.strategies));
    if (unassigned.length > 0) groups.push(unassignedGroup(unassigned));
    return groups;
}

/**
 * The four perspectives in balanced-scorecard order (always shown when there are KPIs), then
 * "No perspective" for KPIs whose strategies have none, then "Unassigned".
 */
export function groupKpisByPerspective(scorecard: Scorecard): KpiGroup[] {
    if (scorecard.kpis.length === 0) return [];
    const strategies = cardIndex(scorecard.strategies);
    const byPerspective = new Map<Perspective, KpiCard[]>(PERSPECTIVES.map((p) => [p, []]));
    const noPerspective: KpiCard[] = [];
    const unassigned: KpiCard[] = [];
    for (const kpi of scorecard.kpis) {
        const owners = strategies.resolve(kpi.strategies);
        if (owners.length === 0) {
            unassigned.push(kpi);
            continue;
        }
        const perspectives = new Set<Perspective>();
        let missing = false;
        for (const strategy of owners) {
            if (strategy.perspective && byPerspective.has(strategy.perspective)) perspectives.add(strategy.perspective);
            else missing = true;
        }
        for (const perspective of PERSPECTIVES) if (perspectives.has(perspective)) byPerspective.get(perspective)?.push(kpi);
        if (missing) noPerspective.push(kpi);
    }
    const groups: KpiGroup[] = PERSPECTIVES.map((perspective) => ({
        key: `perspective:${perspective}`,
        kind: 'perspective',
        heading: PERSPECTIVE_LABEL[perspective],
        strategy: null,
        perspective,
        kpis: byPerspective.get(perspective) ?? [],
    }));
    if (noPerspective.length > 0) {
        groups.push({
            key: 'no-perspective',
            kind: 'no-perspective',
            heading: 'No perspective',
            strategy: null,
            perspective: null,
            kpis: noPerspective,
        });
    }
    if (unassigned.length > 0) groups.push(unassignedGroup(unassigned));
    return groups;
}

export function groupKpis(scorecard: Scorecard, groupBy: GroupBy): KpiGroup[] {
    return groupBy === 'perspective' ? groupKpisByPerspective(scorecard) : groupKpisByStrategy(scorecard);
}
