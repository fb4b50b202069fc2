/**
 * A KPI's actuals as a small inline SVG line, with its target (dashed) and alert (dotted)
 * lines, the latest point coloured by status. Text alternative in `aria-label` and `<title>`.
 */

import type { KpiCard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { formatQuantity, formatTarget, WITHHELD_TEXT } from './format.js';

const WIDTH = 136;
const HEIGHT = 40;
const PAD_X = 5;
const PAD_Y = 5;

function round(value: number): number {
    return Math.round(value * 10) / 10;
}

export function sparklineLabel(kpi: KpiCard): string {
    if (kpi.withheld) return `Actuals: ${WITHHELD_TEXT}`;
    const points = kpi.actuals.map((a) => `${a.period} ${formatQuantity(a.value, kpi.unit)}`).join(', ');
    const parts = [points ? `Actuals: ${points}` : 'No actuals yet'];
    if (kpi.target !== null) parts.push(`target ${formatTarget(kpi.target, kpi.direction, kpi.unit)}`);
    if (kpi.alert !== null) parts.push(`alert ${formatQuantity(kpi.alert, kpi.unit)}`);
    return parts.join('; ');
}

export function sparkline(kpi: KpiCard): SafeHtml {
    const label = sparklineLabel(kpi);
    if (kpi.withheld) {
        return html`<svg class="spark spark-empty spark-withheld" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${label}"><title>${label}</title><line class="spark-base" x1="${PAD_X}" y1="${HEIGHT / 2}" x2="${WIDTH - PAD_X}" y2="${HEIGHT / 2}"/><text class="spark-note" x="${WIDTH / 2}" y="${HEIGHT / 2 - 5}" text-anchor="middle">${WITHHELD_TEXT}</text></svg>`;
    }
    const values = kpi.actuals.map((a) => a.value).filter((v) => Number.isFinite(v));
    if (values.length === 0) {
        return html`<svg class="spark spark-empty" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${label}"><title>${label}</title><line class="spark-base" x1="${PAD_X}" y1="${HEIGHT / 2}" x2="${WIDTH - PAD_X}" y2="${HEIGHT / 2}"/><text class="spark-note" x="${WIDTH / 2}" y="${HEIGHT / 2 - 5}" text-anchor="middle">no actuals</text></svg>`;
    }
    const references = [kpi.target, kpi.alert].filter((v): v is number => v !== null && Number.isFinite(v));
    const all = [...values, ...references];
    let min = Math.min(...all);
    let max = Math.max(...all);
    if (max === min) {
        min -= 1;
        max += 1;
    }
    const spread = max - min;
    min -= spread * 0.08;
    max += spread * 0.08;
    const y = (v: number): number => round(PAD_Y + (1 - (v - min) / (max - min)) * (HEIGHT - 2 * PAD_Y));
    const step = values.length > 1 ? (WIDTH - 2 * PAD_X) / (values.length - 1) : 0;
    const x = (i: number): number => round(values.length > 1 ? PAD_X + i * step : WIDTH / 2);
    const points = values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    const lastIndex = values.length - 1;
    const last = values[lastIndex] ?? 0;
    const area =
        values.length > 1
            ? html`<polygon class="spark-area" points="${`${x(0)},${HEIGHT - PAD_Y} ${points} ${x(lastIndex)},${HEIGHT - PAD_Y}`}"/>`
            : null;
    const target =
        kpi.target !== null && Number.isFinite(kpi.target)
            ? html`<line class="spark-target" x1="${PAD_X}" y1="${y(kpi.target)}" x2="${WIDTH - PAD_X}" y2="${y(kpi.target)}"/>`
            : null;
    const alert =
        kpi.alert !== null && Number.isFinite(kpi.alert)
            ? html`<line class="spark-alert" x1="${PAD_X}" y1="${y(kpi.alert)}" x2="${WIDTH - PAD_X}" y2="${y(kpi.alert)}"/>`
            : null;
    const line = values.length > 1 ? html`<polyline class="spark-line" points="${points}"/>` : null;
    return html`<svg class="spark" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${label}"><title>${label}</title>${area}${target}${alert}${line}<circle class="spark-last s-${kpi.status}" cx="${x(lastIndex)}" cy="${y(last)}" r="3.2"/></svg>`;
}
