/**
 * Deterministic layout of the strategy map: four columns following the seven steps
 * (1 ambition → 2 strategies → 3–4 KPIs → 5–7 OKRs; map-graph.ts), ordered for few edge crossings
 * (map-order.ts), then placed vertically near the nodes they link to, without overlaps: the
 * tallest column is stacked evenly and the others gather around it. Pure arithmetic on the
 * scorecard, linear-ish in its size; synchronous, as the live preview needs.
 */

import type { Scorecard } from '../model.js';
import { MAP_COLUMNS, mapGraph, type MapColumn } from './map-graph.js';
import { orderMapColumns } from './map-order.js';

export type { MapColumn };

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

function mean(values: readonly number[]): number | null {
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
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
    const graph = mapGraph(scorecard);
    const orders = orderMapColumns(graph);
    const counts = graph.counts;

    const tallest = Math.max(1, ...counts);
    const top = HEADER + MARGIN;
    const bottom = top + (tallest - 1) * PITCH;
    const columnX = MAP_COLUMNS.map((c) => MARGIN + c * (NODE_WIDTH + COLUMN_GAP));

    // top y per column and element index
    const ys: (number | undefined)[][] = counts.map((n) => new Array<number | undefined>(n).fill(undefined));
    const anchor = counts.indexOf(Math.max(...counts));
    const placeColumn = (c: number, neighbour: number): void => {
        const order = orders[c] ?? [];
        const neighbourLinks = (neighbour < c ? graph.left : graph.right)[c] ?? [];
        const desired = order.map((i) =>
            mean((neighbourLinks[i] ?? []).map((j) => ys[neighbour]?.[j]).filter((v): v is number => v !== undefined)),
        );
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

    const nodes: MapNode[][] = MAP_COLUMNS.map((c) => new Array<MapNode>(counts[c]));
    const columns: MapNode[][] = MAP_COLUMNS.map((c) =>
        (orders[c] ?? []).map((index) => {
            const node: MapNode = { column: c, index, x: columnX[c] ?? 0, y: ys[c]?.[index] ?? top };
            const byIndex = nodes[c];
            if (byIndex) byIndex[index] = node;
            return node;
        }),
    );
    const edges: MapEdge[] = [];
    for (const c of [1, 2, 3] as const) {
        for (const node of columns[c] ?? []) {
            for (const l of graph.left[c]?.[node.index] ?? []) {
                const from = nodes[c - 1]?.[l];
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
