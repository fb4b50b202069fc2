/**
 * The order of the strategy map's columns, top to bottom, chosen to draw few edge crossings:
 * a first pass sorts each column by the mean rank of what it links to on its left (unlinked
 * last); barycenter sweeps (down, then up) move each element towards its neighbours while they
 * lower the crossing count, keeping the best order seen; on maps of real size a greedy switch of
 * neighbours finishes. Each sweep costs O(E log V) and their number is bounded. Deterministic:
 * ties keep the current order. docs/decisions.md, "Strategy map layout", compares this with ELK.
 */

import { MAP_COLUMNS, type MapGraph } from './map-graph.js';

/** Element indexes per column, top to bottom. */
export type ColumnOrders = number[][];

/** rank[element] = its position in the order (an order holds each element of its column once). */
function ranksOf(order: readonly number[]): number[] {
    const rank = new Array<number>(order.length).fill(0);
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
        const leftRank = ranksOf(orders[c - 1] ?? []);
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
    const fixed = new Uint8Array(order.length);
    order.forEach((element, position) => {
        const neighbours = links[element] ?? [];
        if (neighbours.length === 0) {
            fixed[position] = 1;
            return;
        }
        let sum = 0;
        for (const n of neighbours) sum += neighbourRank[n] ?? 0;
        keyed.push({ element, key: sum / neighbours.length, position });
    });
    keyed.sort((a, b) => a.key - b.key || a.position - b.position);
    let k = 0;
    return order.map((element, position) => (fixed[position] ? element : (keyed[k++]?.element ?? element)));
}

/** Crossings between column c−1 and column c: pairs of edges whose ends are in opposite order. */
export function columnCrossings(graph: MapGraph, orders: ColumnOrders, c: 1 | 2 | 3): number {
    const leftRank = ranksOf(orders[c - 1] ?? []);
    const rightRank = ranksOf(orders[c] ?? []);
    const size = graph.counts[c];
    // Each edge as one number, left rank first: a typed array sorts them without a comparator.
    const links = graph.left[c] ?? [];
    let count = 0;
    for (const lefts of links) count += lefts.length;
    const edges = new Float64Array(count);
    let e = 0;
    links.forEach((lefts, i) => {
        for (const l of lefts) edges[e++] = (leftRank[l] ?? 0) * size + (rightRank[i] ?? 0);
    });
    edges.sort();
    // Counts inversions of the right-hand ranks with a Fenwick tree: O(E log V).
    const tree = new Int32Array(size + 1);
    let crossings = 0;
    for (let seen = 0; seen < count; seen++) {
        const right = (edges[seen] ?? 0) % size;
        let atMost = 0;
        for (let i = right + 1; i > 0; i -= i & -i) atMost += tree[i] ?? 0;
        crossings += seen - atMost;
        for (let i = right + 1; i <= size; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
    }
    return crossings;
}

/** All the map's edge crossings for these column orders. */
export function mapCrossings(graph: MapGraph, orders: ColumnOrders): number {
    return columnCrossings(graph, orders, 1) + columnCrossings(graph, orders, 2) + columnCrossings(graph, orders, 3);
}

/**
 * Swaps neighbours in a column while that lowers the crossings with both neighbouring columns (the
 * "greedy switch" of layered drawing). Each pass costs the sum of deg(u)·deg(v) over neighbours.
 */
function greedySwitch(graph: MapGraph, orders: ColumnOrders, passes: number): void {
    const crossingsOf = (above: readonly number[], below: readonly number[], rank: readonly number[]): number => {
        let crossings = 0;
        for (const a of above) for (const b of below) if ((rank[a] ?? 0) > (rank[b] ?? 0)) crossings++;
        return crossings;
    };
    for (let pass = 0; pass < passes; pass++) {
        let swapped = false;
        for (const c of MAP_COLUMNS) {
            const order = orders[c] ?? [];
            const sides = [
                { links: graph.left[c] ?? [], rank: c > 0 ? ranksOf(orders[c - 1] ?? []) : null },
                { links: graph.right[c] ?? [], rank: c < 3 ? ranksOf(orders[c + 1] ?? []) : null },
            ];
            for (let k = 0; k + 1 < order.length; k++) {
                const u = order[k] ?? 0;
                const v = order[k + 1] ?? 0;
                let now = 0;
                let after = 0;
                for (const { links, rank } of sides) {
                    if (!rank) continue;
                    now += crossingsOf(links[u] ?? [], links[v] ?? [], rank);
                    after += crossingsOf(links[v] ?? [], links[u] ?? [], rank);
                }
                if (after < now) {
                    order[k] = v;
                    order[k + 1] = u;
                    swapped = true;
                }
            }
        }
        if (!swapped) return;
    }
}

/** Sweeps go on while one of the last two lowered the crossings, up to this many… */
const MAX_SWEEPS = 12;
/** …and up to this many edges swept in all, so a huge tangled map costs no more than a small one. */
const SWEEP_EDGE_BUDGET = 20_000;
/** The greedy switch runs on maps up to this many edges: real maps; a tangled 2,000-KPI one costs too much per keystroke. */
const GREEDY_SWITCH_EDGES = 2_000;

/** The column orders with the fewest crossings found: first pass, barycenter sweeps, greedy switch. */
export function orderMapColumns(graph: MapGraph): ColumnOrders {
    const edges = graph.left.reduce((sum, column) => sum + column.reduce((s, links) => s + links.length, 0), 0);
    const sweeps = Math.max(1, Math.min(MAX_SWEEPS, Math.floor(SWEEP_EDGE_BUDGET / Math.max(1, edges))));
    let orders = firstPassOrders(graph);
    let best = orders;
    let fewest = mapCrossings(graph, orders);
    let fruitless = 0;
    const rank = (c: number): number[] => ranksOf(orders[c] ?? []);
    for (let sweep = 0; sweep < sweeps && fewest > 0 && fruitless < 2; sweep++) {
        const before = fewest;
        for (const down of [true, false]) {
            const columns = down ? MAP_COLUMNS.slice(1) : MAP_COLUMNS.slice(0, 3).reverse();
            for (const c of columns) {
                const next = [...orders];
                next[c] = sweepColumn(orders[c] ?? [], (down ? graph.left : graph.right)[c] ?? [], rank(down ? c - 1 : c + 1));
                orders = next;
            }
            const count = mapCrossings(graph, orders);
            if (count < fewest) {
                fewest = count;
                best = orders;
            }
        }
        fruitless = fewest < before ? 0 : fruitless + 1;
    }
    if (fewest > 0 && edges <= GREEDY_SWITCH_EDGES) {
        best = best.map((order) => [...order]);
        greedySwitch(graph, best, 8);
    }
    return best;
}
