/**
 * The strategy map as a graph of positions: four columns following the seven steps
 * (1 ambition → 2 strategies → 3–4 KPIs → 5–7 OKRs), and for each element the positions it links
 * to in the column on its left and on its right. Both directions are read from the model's links
 * (an index by name per column, built once); nothing is scanned per element.
 */

import type { Scorecard } from '../model.js';
import { positionIndex } from './name-index.js';

export type MapColumn = 0 | 1 | 2 | 3;

export const MAP_COLUMNS: readonly MapColumn[] = [0, 1, 2, 3];

export interface MapGraph {
    /** Elements per column: ambitions, strategies, KPIs, OKRs (their scorecard lists). */
    counts: readonly [number, number, number, number];
    /** `left[c][i]`: positions in column c−1 that element i of column c links to, ascending. */
    left: readonly (readonly number[][])[];
    /** `right[c][i]`: positions in column c+1 that link to element i of column c, ascending. */
    right: readonly (readonly number[][])[];
}

const ascending = (a: number, b: number): number => a - b;

export function mapGraph(scorecard: Scorecard): MapGraph {
    const { ambitions, strategies, kpis, okrs } = scorecard;
    const at = [positionIndex(ambitions), positionIndex(strategies), positionIndex(kpis), positionIndex(okrs)] as const;
    // Links an element states resolve to the first card of a name; reverse lists reach every card they name (name-index.ts).
    const links = <T>(cards: readonly T[], column: number, namesOf: (card: T) => readonly string[], stated: boolean): number[][] =>
        cards.map((card) => (stated ? at[column]?.resolve(namesOf(card)) : at[column]?.reach(namesOf(card)))?.sort(ascending) ?? []);
    return {
        counts: [ambitions.length, strategies.length, kpis.length, okrs.length],
        left: [
            ambitions.map(() => []),
            links(strategies, 0, (s) => (s.ambition === null ? [] : [s.ambition]), true),
            links(kpis, 1, (k) => k.strategies, true),
            links(okrs, 2, (o) => o.addresses, true),
        ],
        right: [
            links(ambitions, 1, (a) => a.strategies, false),
            links(strategies, 2, (s) => s.kpis, false),
            links(kpis, 3, (k) => k.addressedBy, false),
            okrs.map(() => []),
        ],
    };
}
