/**
 * The strategy map as inline SVG: ambition → strategies → KPIs (status as colour, icon and
 * word) → the OKRs that address them, in columns following the seven steps. All text is
 * escaped by the `html` template; long titles are shortened, with the full text in `<title>`.
 */

import type { AmbitionCard, KpiCard, OkrCard, Scorecard, SourceLocation, StrategyCard } from '../model.js';
import { html, joinHtml, type SafeHtml } from './escape.js';
import type { LinkAttributes } from './html-context.js';
import {
    formatFraction,
    formatQuantity,
    formatTarget,
    GRADE_LABEL,
    KPI_STATUS_LABEL,
    OKR_STATUS_LABEL,
    PERSPECTIVE_LABEL,
    plural,
    WITHHELD_TEXT,
} from './format.js';
import { statusShapes } from './html-icons.js';
import { MAP_CONTENT_ID, mapPrintHtml } from './html-map-print.js';
import { layoutStrategyMap, type MapNode } from './map-layout.js';

const TITLE_SIZE = 13;
const META_SIZE = 11.5;
const TEXT_X = 16;
const ICON_SPACE = 34;
const RIGHT_PAD = 10;
const COLUMN_TITLES = ['1 · Ambition', '2 · Strategies', '3–4 · KPIs (monitored)', '5–7 · OKRs'];

interface NodeText {
    kind: string;
    title: string;
    meta: string;
    tooltip: string;
    statusClass: string;
    icon: SafeHtml | null;
    location: SourceLocation;
    extraClass: string;
}

function ambitionText(a: AmbitionCard): NodeText {
    const meta = a.horizon ? `Horizon ${a.horizon}` : 'No horizon';
    return {
        kind: 'ambition',
        title: a.title || a.name,
        meta,
        tooltip: `Ambition ${a.name}: ${a.title} — ${meta}`,
        statusClass: '',
        icon: null,
        location: a.location,
        extraClass: '',
    };
}

function strategyText(s: StrategyCard): NodeText {
    const perspective = s.perspective ? PERSPECTIVE_LABEL[s.perspective] : 'No perspective';
    const meta = `${perspective} · ${plural(s.kpis.length, 'KPI')}`;
    return {
        kind: 'strategy',
        title: s.title || s.name,
        meta,
        tooltip: `Strategy ${s.name}: ${s.title} — ${meta}`,
        statusClass: '',
        icon: null,
        location: s.location,
        extraClass: s.kpis.length === 0 ? 'map-gap' : '',
    };
}

function kpiText(k: KpiCard): NodeText {
    const value = k.value === null ? 'no value' : formatQuantity(k.value, k.unit);
    const meta = k.withheld ? `🔒 ${KPI_STATUS_LABEL[k.status]}` : `${KPI_STATUS_LABEL[k.status]} · ${value} / ${formatTarget(k.target, k.direction, k.unit)}`;
    return {
        kind: 'kpi',
        title: k.title || k.name,
        meta,
        tooltip: `KPI ${k.name}: ${k.title} — ${meta}`,
        statusClass: `s-${k.status}`,
        icon: statusShapes(k.status),
        location: k.location,
        extraClass: '',
    };
}

function okrText(o: OkrCard): NodeText {
    const parts = [o.cycle ?? 'no cycle', OKR_STATUS_LABEL[o.status], o.withheld ? WITHHELD_TEXT : formatFraction(o.score)];
    if (o.plan) {
        const done = o.plan.initiatives.filter((i) => i.done).length;
        parts.push(`plan ${done}/${o.plan.initiatives.length}`);
    }
    const meta = parts.join(' · ');
    const grade = o.grade ? `, grade ${GRADE_LABEL[o.grade]}` : '';
    return {
        kind: 'okr',
        title: o.objective || o.name,
        meta,
        tooltip: `OKR ${o.name}: ${o.objective} — ${meta}${grade}`,
        statusClass: o.grade ? `s-${o.grade}` : 's-unknown',
        icon: o.grade ? statusShapes(o.grade) : null,
        location: o.location,
        extraClass: `okr-${o.status}`,
    };
}

function nodeText(scorecard: Scorecard, node: MapNode): NodeText | null {
    switch (node.column) {
        case 0: {
            const a = scorecard.ambitions[node.index];
            return a ? ambitionText(a) : null;
        }
        case 1: {
            const s = scorecard.strategies[node.index];
            return s ? strategyText(s) : null;
        }
        case 2: {
            const k = scorecard.kpis[node.index];
            return k ? kpiText(k) : null;
        }
        case 3: {
            const o = scorecard.okrs[node.index];
            return o ? okrText(o) : null;
        }
    }
}

function renderNode(text: NodeText, node: MapNode, width: number, height: number, link: LinkAttributes): SafeHtml {
    const iconX = width - 24;
    const icon = text.icon
        ? html`<g class="si" transform="translate(${iconX} 9)">${text.icon}</g>`
        : null;
    const titleWidth = width - TEXT_X - (text.icon ? ICON_SPACE : RIGHT_PAD);
    const metaWidth = width - TEXT_X - RIGHT_PAD;
    const classes = ['map-node', `map-${text.kind}`, text.statusClass, text.extraClass].filter(Boolean).join(' ');
    return html`<g class="${classes}" transform="translate(${node.x} ${node.y})"${link(text.location, text.kind, text.tooltip)}><title>${text.tooltip}</title><rect class="map-box" width="${width}" height="${height}" rx="9"/><rect class="map-strip" width="5" height="${height}" rx="2.5"/><text class="map-title" x="${TEXT_X}" y="21">${fitText(text.title, titleWidth, TITLE_SIZE, true)}</text><text class="map-meta" x="${TEXT_X}" y="39">${fitText(text.meta, metaWidth, META_SIZE)}</text>${icon}</g>`;
}

/** Approximate advance of one character in a system sans-serif font, in em. */
function charWidth(c: string): number {
    if (/[iIl.,:;'|!]/.test(c)) return 0.3;
    if (/[fjrt()[\]\s-]/.test(c)) return 0.4;
    if (/[mwMW@]/.test(c)) return 0.92;
    if (/[A-Z]/.test(c)) return 0.72;
    if (/[0-9a-z]/.test(c)) return 0.62;
    return (c.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.62;
}

/**
 * Shortens text (with `…`) so it fits `width` pixels at `size`, estimating glyph widths: SVG
 * text does not wrap, and the renderer cannot measure.
 */
export function fitText(text: string, width: number, size: number, bold = false): string {
    const chars = Array.from(text.replace(/\s+/g, ' ').trim());
    const scale = size * (bold ? 1.1 : 1);
    const ellipsis = 0.8 * scale;
    let used = 0;
    for (let i = 0; i < chars.length; i++) {
        used += charWidth(chars[i] ?? '') * scale;
        if (used > width) {
            let kept = chars.slice(0, i);
            let keptWidth = used - charWidth(chars[i] ?? '') * scale;
            while (kept.length > 0 && keptWidth + ellipsis > width) {
                keptWidth -= charWidth(kept[kept.length - 1] ?? '') * scale;
                kept = kept.slice(0, -1);
            }
            return `${kept.join('').trimEnd()}…`;
        }
    }
    return chars.join('');
}

function edgePath(x1: number, y1: number, x2: number, y2: number): string {
    const dx = Math.max(24, (x2 - x1) / 2);
    return `M${x1} ${y1} C${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`;
}

/** The strategy map (on screen) and its bands (on paper), or an empty-state note when there is nothing to map. */
export function strategyMapSvg(scorecard: Scorecard, link: LinkAttributes): { map: SafeHtml; print: SafeHtml | null } {
    const total = scorecard.ambitions.length + scorecard.strategies.length + scorecard.kpis.length + scorecard.okrs.length;
    if (total === 0) {
        const map = html`<p class="empty">Nothing to map yet. Start with an <code>ambition</code> (step 1), the <code>strategy</code> that realizes it (step 2) and the <code>kpi</code> that monitors it (step 3).</p>`;
        return { map, print: null };
    }
    const layout = layoutStrategyMap(scorecard);
    const { nodeWidth: w, nodeHeight: h } = layout;
    const headers = layout.columnX.map(
        (x, c) => html`<text class="map-column" x="${x + 2}" y="22">${COLUMN_TITLES[c] ?? ''}</text>`,
    );
    const emptyColumns = layout.columns.map((nodes, c) =>
        nodes.length === 0
            ? html`<g class="map-placeholder" transform="translate(${layout.columnX[c] ?? 0} 48)"><rect width="${w}" height="${h}" rx="9"/><text x="${w / 2}" y="${h / 2 + 4}" text-anchor="middle">${['No ambition', 'No strategy', 'No KPI', 'No OKR'][c] ?? ''}</text></g>`
            : null,
    );
    const edges = layout.edges.map((edge) => {
        const kpi = edge.from.column === 2 ? scorecard.kpis[edge.from.index] : undefined;
        const okr = edge.to.column === 3 ? scorecard.okrs[edge.to.index] : undefined;
        const classes = ['map-edge', kpi ? `s-${kpi.status} edge-okr` : '', okr?.status === 'closed' ? 'edge-closed' : '']
            .filter(Boolean)
            .join(' ');
        const d = edgePath(edge.from.x + w, edge.from.y + h / 2, edge.to.x, edge.to.y + h / 2);
        return html`<path class="${classes}" d="${d}"/>`;
    });
    const nodes: SafeHtml[] = [];
    for (const column of layout.columns) {
        for (const node of column) {
            const text = nodeText(scorecard, node);
            if (text) nodes.push(renderNode(text, node, w, h, link));
        }
    }
    const summary = `Strategy map: ${plural(scorecard.ambitions.length, 'ambition')}, ${plural(scorecard.strategies.length, 'strategy', 'strategies')}, ${plural(scorecard.kpis.length, 'KPI')}, ${plural(scorecard.okrs.length, 'OKR')}`;
    const map = html`<svg class="map" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-label="${summary}"><g id="${MAP_CONTENT_ID}">${joinHtml(headers)}<g class="map-edges" aria-hidden="true">${joinHtml(edges)}</g>${emptyColumns}${joinHtml(nodes)}</g></svg>`;
    return { map, print: mapPrintHtml(layout) };
}
