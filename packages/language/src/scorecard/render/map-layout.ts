/**
 * Deterministic layout of the strategy map: four columns following the seven steps
 * (1 ambition → 2 strategies → 3–4 KPIs → 5–7 OKRs), nodes ordered to keep edges short
 * (each column sorted by the mean position of what it links to on its left), then placed
 * vertically near the nodes they link to, without overlaps. Pure arithmetic on the scorecard.
 */

import type { Scorecard } from '../model.js';

export type MapColumn = 0 | 1 | 2 | 3;

export interface MapNode {
    column: MapColumn;
    /** Index of the element in its scorecard list (ambitions, strategies, kpis, okrs). */
    index: number;
    x: number;
    y: number;
}

export interface MapEdge {
    from: MapNode;
    to: MapNode;
}

export interface MapLayout {
    width: number;
    height: number;
    nodeWidth: number;
    nodeHeight: number;
    columnX: readonly number[];
    /** Nodes per column, top to bottom. */
    columns: readonly MapNode[][];
    edges: MapEdge[];
}

export const NODE_WIDTH = 248;
export const NODE_HEIGHT = 50;
const GAP_Y = 12;
const PITCH = NODE_HEIGHT + GAP_Y;
const COLUMN_GAP = 58;
const MARGIN = 8;
const HEADER = 40;

type Links = number[][];

/** For each element of the right-hand list, the indexes of the left-hand elements it links to. */
function linksBetween(
    leftNames: readonly string[],
    rightCount: number,
    rightToLeft: (right: number) => readonly string[],
    leftToRight: (left: number) => readonly string[],
    rightNames: readonly string[],
): Links {
    const leftIndex = firstIndexByName(leftNames);
    const rightIndex = firstIndexByName(rightNames);
    const links: Set<number>[] = Array.from({ length: rightCount }, () => new Set<number>());
    for (let r = 0; r < rightCount; r++) {
        for (const name of rightToLeft(r)) {
            const l = leftIndex.get(name);
            if (l !== undefined) links[r]?.add(l);
        }
    }
    leftNames.forEach((_, l) => {
        for (const name of leftToRight(l)) {
            const r = rightIndex.get(name);
            if (r !== undefined) links[r]?.add(l);
        }
    });
    return links.map((set) => [...set].sort((a, b) => a - b));
}

function firstIndexByName(names: readonly string[]): Map<string, number> {
    const map = new Map<string, number>();
    names.forEach((name, i) => {
        if (!map.has(name)) map.set(name, i);
    });
    return map;
}

function mean(values: readonly number[]): number | null {
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Orders the right-hand column by the mean rank of its left-hand links; unlinked last. */
function orderByLinks(count: number, links: Links, leftRank: readonly number[]): number[] {
    const key = (i: number): number => mean((links[i] ?? []).map((l) => leftRank[l] ?? 0)) ?? Number.POSITIVE_INFINITY;
    return Array.from({ length: count }, (_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
}

function ranks(order: readonly number[], count: number): number[] {
    const rank = new Array<number>(count).fill(0);
    order.forEach((element, position) => {
        rank[element] = position;
    });
    return rank;
}

/**
 * Places nodes in order near their desired centre, at least one pitch apart, inside
 * [top, bottom]. Nodes without a desire follow the previous one.
 */
function place(desired: readonly (number | null)[], top: number, bottom: number): number[] {
    const y: number[] = [];
    desired.forEach((d, k) => {
        const previous = k === 0 ? top - PITCH : (y[k - 1] ?? top);
        y.push(Math.max(d === null ? previous + PITCH : d, previous + PITCH, top));
    });
    for (let k = y.length - 1; k >= 0; k--) {
        const limit = k === y.length - 1 ? bottom : (y[k + 1] ?? bottom) - PITCH;
        y[k] = Math.min(y[k] ?? top, limit);
    }
    return y.map((v) => Math.round(v));
}

export function layoutStrategyMap(scorecard: Scorecard): MapLayout {
    const { ambitions, strategies, kpis, okrs } = scorecard;
    const ambitionNames = ambitions.map((a) => a.name);
    const strategyNames = strategies.map((s) => s.name);
    const kpiNames = kpis.map((k) => k.name);
    const okrNames = okrs.map((o) => o.name);

    // links[c][i] = indexes in column c-1 that element i of column c links to
    const strategyLinks = linksBetween(
        ambitionNames,
        strategies.length,
        (s) => (strategies[s]?.ambition ? [strategies[s]?.ambition ?? ''] : []),
        (a) => ambitions[a]?.strategies ?? [],
        strategyNames,
    );
    const kpiLinks = linksBetween(
        strategyNames,
        kpis.length,
        (k) => kpis[k]?.strategies ?? [],
        (s) => strategies[s]?.kpis ?? [],
        kpiNames,
    );
    const okrLinks = linksBetween(kpiNames, okrs.length, (o) => okrs[o]?.addresses ?? [], (k) => kpis[k]?.addressedBy ?? [], okrNames);

    const counts = [ambitions.length, strategies.length, kpis.length, okrs.length];
    const orders: number[][] = [];
    orders[0] = Array.from({ length: counts[0] ?? 0 }, (_, i) => i);
    orders[1] = orderByLinks(strategies.length, strategyLinks, ranks(orders[0], ambitions.length));
    orders[2] = orderByLinks(kpis.length, kpiLinks, ranks(orders[1], strategies.length));
    orders[3] = orderByLinks(okrs.length, okrLinks, ranks(orders[2], kpis.length));

    const tallest = Math.max(1, ...counts);
    const top = HEADER + MARGIN;
    const bottom = top + (tallest - 1) * PITCH;
    const columnX = [0, 1, 2, 3].map((c) => MARGIN + c * (NODE_WIDTH + COLUMN_GAP));

    // centre y (top of node) per column and element index
    const ys: (number | undefined)[][] = counts.map((n) => new Array<number | undefined>(n).fill(undefined));
    const linksOf: Links[] = [[], strategyLinks, kpiLinks, okrLinks];
    /** Elements of column c linked to element i of column c+1 (reverse of linksOf[c+1]). */
    const rightLinks = (c: number): Links => {
        const reverse: number[][] = Array.from({ length: counts[c] ?? 0 }, () => []);
        (linksOf[c + 1] ?? []).forEach((lefts, right) => {
            for (const l of lefts) reverse[l]?.push(right);
        });
        return reverse;
    };

    const anchor = counts.indexOf(Math.max(...counts));
    const placeColumn = (c: number, neighbour: number): void => {
        const order = orders[c] ?? [];
        const neighbourLinks = neighbour < c ? (linksOf[c] ?? []) : rightLinks(c);
        const desired = order.map((i) => {
            const linked = (neighbourLinks[i] ?? [])
                .map((j) => ys[neighbour]?.[j])
                .filter((v): v is number => v !== undefined);
            return mean(linked);
        });
        const placed = place(desired, top, bottom);
        order.forEach((i, k) => {
            const column = ys[c];
            if (column) column[i] = placed[k];
        });
    };
    // the tallest column is stacked evenly; the others gather around what they link to
    (orders[anchor] ?? []).forEach((i, k) => {
        const column = ys[anchor];
        if (column) column[i] = top + k * PITCH;
    });
    for (let c = anchor - 1; c >= 0; c--) placeColumn(c, c + 1);
    for (let c = anchor + 1; c < 4; c++) placeColumn(c, c - 1);

    const columns: MapNode[][] = orders.map((order, c) =>
        order.map((index) => ({
            column: c as MapColumn,
            index,
            x: columnX[c] ?? 0,
            y: ys[c]?.[index] ?? top,
        })),
    );
    const nodeAt = (c: number, index: number): MapNode | undefined => columns[c]?.find((n) => n.index === index);
    const edges: MapEdge[] = [];
    for (let c = 1; c < 4; c++) {
        for (const node of columns[c] ?? []) {
            for (const l of linksOf[c]?.[node.index] ?? []) {
                const from = nodeAt(c - 1, l);
                if (from) edges.push({ from, to: node });
            }
        }
    }
    return {
        width: (columnX[3] ?? 0) + NODE_WIDTH + MARGIN,
        height: bottom + NODE_HEIGHT + MARGIN,
        nodeWidth: NODE_WIDTH,
        nodeHeight: NODE_HEIGHT,
        columnX,
        columns,
        edges,
    };
}
