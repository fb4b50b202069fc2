/**
 * The order of the strategy map's columns, top to bottom, chosen to draw few edge crossings:
 * a first pass sorts each column by the mean rank of what it links to on its left (unlinked
 * last), then barycenter sweeps (down, then up) move each element towards its neighbours while
 * they lower the crossing count, keeping the best order seen. Deterministic: ties keep the
 * current order. See docs/decisions.md, "Strategy map layout", for how this compares to ELK.
 */

import { MAP_COLUMNS, type MapGraph } from './map-graph.js';

/** Element indexes per column, top to bottom. */
export type ColumnOrders = number[][];

/** Enough for the maps we see; each sweep costs O(E log V), and the best order is kept anyway. */
export const DEFAULT_SWEEPS = 12;

function ranksOf(order: readonly number[], count: number): number[] {
    const rank = new Array<number>(count).fill(0);
    order.forEach((element, position) => {
        rank[element] = position;
    });
    return rank;
}

function mean(values: readonly number[]): number | null {
    if (values.length === 0) return null;
    let sum = 0;
    for (const v of values) sum += v;
    return sum / values.length;
}

/** The first pass: each column by the mean rank of its left-hand links; unlinked last. */
export function firstPassOrders(graph: MapGraph): ColumnOrders {
    const orders: ColumnOrders = [Array.from({ length: graph.counts[0] }, (_, i) => i)];
    for (const c of [1, 2, 3] as const) {
        const leftRank = ranksOf(orders[c - 1] ?? [], graph.counts[c - 1]);
        const key = (i: number): number =>
            mean((graph.left[c]?.[i] ?? []).map((l) => leftRank[l] ?? 0)) ?? Number.POSITIVE_INFINITY;
        const keys = Array.from({ length: graph.counts[c] }, (_, i) => key(i));
        orders[c] = Array.from({ length: graph.counts[c] }, (_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    }
    return orders;
}

/**
 * Reorders one column by the mean rank of its links into the neighbouring column. Elements with no
 * link there keep their place; the others fill the remaining places by barycenter.
 */
function sweepColumn(order: readonly number[], links: readonly (readonly number[])[], neighbourRank: readonly number[]): number[] {
    const keyed: { element: number; key: number; position: number }[] = [];
    const fixed = new Array<boolean>(order.length).fill(false);
    order.forEach((element, position) => {
        const key = mean((links[element] ?? []).map((n) => neighbourRank[n] ?? 0));
        if (key === null) fixed[position] = true;
        else keyed.push({ element, key, position });
    });
    keyed.sort((a, b) => a.key - b.key || a.position - b.position);
    const next: number[] = [];
    let k = 0;
    order.forEach((element, position) => {
        next.push(fixed[position] ? element : (keyed[k++]?.element ?? element));
    });
    return next;
}

/** Crossings between column c−1 and column c: pairs of edges whose ends are in opposite order. */
export function columnCrossings(graph: MapGraph, orders: ColumnOrders, c: 1 | 2 | 3): number {
    const leftRank = ranksOf(orders[c - 1] ?? [], graph.counts[c - 1]);
    const rightRank = ranksOf(orders[c] ?? [], graph.counts[c]);
    const edges: [number, number][] = [];
    (graph.left[c] ?? []).forEach((lefts, i) => {
        for (const l of lefts) edges.push([leftRank[l] ?? 0, rightRank[i] ?? 0]);
    });
    edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    // Counts inversions of the right-hand ranks with a Fenwick tree: O(E log V).
    const size = graph.counts[c];
    const tree = new Array<number>(size + 1).fill(0);
    let seen = 0;
    let crossings = 0;
    for (const [, right] of edges) {
        let atMost = 0;
        for (let i = right + 1; i > 0; i -= i & -i) atMost += tree[i] ?? 0;
        crossings += seen - atMost;
        for (let i = right + 1; i <= size; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
        seen++;
    }
    return crossings;
}

/** All the map's edge crossings for these column orders. */
export function mapCrossings(graph: MapGraph, orders: ColumnOrders): number {
    return columnCrossings(graph, orders, 1) + columnCrossings(graph, orders, 2) + columnCrossings(graph, orders, 3);
}

/** The column orders with the fewest crossings found by `sweeps` down-and-up sweeps. */
export function orderMapColumns(graph: MapGraph, sweeps = DEFAULT_SWEEPS): ColumnOrders {
    let orders = firstPassOrders(graph);
    let best = orders;
    let fewest = mapCrossings(graph, orders);
    const rank = (c: number): number[] => ranksOf(orders[c] ?? [], orders[c]?.length ?? 0);
    for (let sweep = 0; sweep < sweeps && fewest > 0; sweep++) {
        const before = fewest;
        for (const down of [true, false]) {
            const columns = down ? MAP_COLUMNS.slice(1) : MAP_COLUMNS.slice(0, 3).reverse();
            for (const c of columns) {
                const neighbour = down ? c - 1 : c + 1;
                const next = [...orders];
                next[c] = sweepColumn(orders[c] ?? [], (down ? graph.left : graph.right)[c] ?? [], rank(neighbour));
                orders = next;
            }
            const count = mapCrossings(graph, orders);
            if (count < fewest) {
                fewest = count;
                best = orders;
            }
        }
        if (fewest >= before) break;
    }
    return best;
}
