/**
 * Markdown summaries of elements for hovers and completion documentation. Every status,
 * progress and score comes from the scorecard cards (`kpiCard`, `okrCard`): nothing is
 * re-derived here. The `links` (who refers to the element) are optional, so completion can
 * skip the index look-ups that a hover can afford.
 */
import type { AstNode } from 'langium';
import { nounsOf, withArticle } from '../catalogue/element-kinds.js';
import { isAmbition, isKeyResult, isKpi, isOkr, isStrategy, type Ambition, type KeyResult, type Kpi, type Okr, type Strategy } from '../generated/ast.js';
import { kpiCard, okrCard } from '../scorecard/build-scorecard.js';
import { kpiStatus } from '../scorecard/kpi-status.js';
import type { KeyResultCard, KpiCardStatus, Perspective } from '../scorecard/model.js';
import { escapeMarkdown } from '../scorecard/render/escape.js';
import {
    FREQUENCY_LABEL, KPI_STATUS_EMOJI, KPI_STATUS_MEANING, PACE_LABEL, PERSPECTIVE_LABEL, TREND_LABEL,
    cycleText, formatConfidence, formatFraction, formatQuantity, formatTarget, freshnessText, trendArrow
} from '../scorecard/render/format.js';
import { progressBar } from './progress-bar.js';
import type { Referrers } from './referrers.js';

// The kinds as the catalogue names them.
const AMBITION = nounsOf('Ambition').singular;
const STRATEGY = nounsOf('Strategy').singular;
const KPI = nounsOf('Kpi').singular;
const OKR = nounsOf('Okr').singular;
const KEY_RESULT = nounsOf('KeyResult').singular;

/**
 * The hover text of any named element, judged against the reference date of its document (null:
 * none), with its links read from the reference index.
 */
export function elementMarkdown(node: AstNode, asOf: number | null, referrers?: Referrers): string | undefined {
    if (isKpi(node)) {
        return kpiMarkdown(node, asOf, referrers && { okrs: referrers.okrsAddressing(node), keyResults: referrers.keyResultsMeasuring(node) });
    } else if (isOkr(node)) {
        return okrMarkdown(node, asOf, referrers && { supportedBy: referrers.okrsSupporting(node) });
    } else if (isKeyResult(node)) {
        return keyResultMarkdown(node, asOf);
    } else if (isStrategy(node)) {
        return strategyMarkdown(node, referrers && { kpis: referrers.kpisMonitoring(node) });
    } else if (isAmbition(node)) {
        return ambitionMarkdown(node, referrers && { strategies: referrers.strategiesRealizing(node) });
    }
    return undefined;
}

export function kpiMarkdown(kpi: Kpi, asOf: number | null, links?: { okrs: Okr[]; keyResults: KeyResult[] }): string {
    const card = kpiCard(kpi, links?.okrs ?? [], asOf);
    const freshness = freshnessText(card);
    const latest = card.value === null
        ? 'no actuals yet'
        : `${formatQuantity(card.value, card.unit)} (${card.period})`;
    const alert = card.alert === null ? 'no alert' : `alert ${formatQuantity(card.alert, card.unit)}`;
    const lines = [
        heading(kpi.title, KPI, kpi.name),
        '',
        `${statusText(card.status)} — ${KPI_STATUS_MEANING[card.status]}`,
        '',
        item('Latest', `${latest} · target ${formatTarget(card.target, card.direction, card.unit)} · ${alert}`),
        item('Trend', card.trend === 'none' ? TREND_LABEL.none : `${TREND_LABEL[card.trend]} ${trendArrow(card.trend, card.direction)}`),
        item('Measured', freshness ?? (card.frequency ? FREQUENCY_LABEL[card.frequency] : 'no time frame')),
        item('Rewarded', card.rewarded ? 'yes — used for remuneration, so no key result may measure it' : 'no'),
        item('Confidential', card.confidential ? 'yes' : 'no')
    ];
    if (card.owner) lines.push(item('Owner', escapeMarkdown(card.owner)));
    if (links) {
        lines.push(item('Addressed by', links.okrs.length > 0 ? names(OKR, links.okrs) : `no ${OKR}`));
        if (links.keyResults.length > 0) lines.push(item('Measured by', links.keyResults.map(keyResultLabel).join(', ')));
    }
    return withDescription(lines, card.description);
}

export function okrMarkdown(okr: Okr, asOf: number | null, links?: { supportedBy: Okr[] }): string {
    const card = okrCard(okr, asOf);
    const grade = card.grade === null ? '' : ` · ${statusText(card.grade)}${card.provisional ? ' (provisional)' : ''}`;
    const score = card.score === null ? formatFraction(null) : `${formatFraction(card.score)}${grade}`;
    const where = cycleText(card);
    const lines = [
        heading(okr.title, OKR, okr.name),
        '',
        item('Score', `${score} (${card.commitment})`),
        item('Cycle', card.cycle === null ? 'none' : where ? `${card.cycle} — ${where}` : card.cycle),
        item('Status', card.status)
    ];
    if (card.confidential) lines.push(item('Confidential', 'yes — OKRs are meant to be shared'));
    if (card.owner) lines.push(item('Owner', escapeMarkdown(card.owner)));
    const addressed = okr.addresses.flatMap(ref => ref.ref ? [ref.ref] : []);
    lines.push(item('Addresses', addressed.length > 0 ? addressed.map(kpiLabel).join(', ') : `no ${KPI}`));
    if (card.supports) lines.push(item('Supports', `${OKR} \`${card.supports}\``));
    if (links && links.supportedBy.length > 0) lines.push(item('Supported by', names(OKR, links.supportedBy)));
    lines.push(item('Key results', String(card.keyResults.length)));
    card.keyResults.forEach(kr => lines.push(`  - \`${progressBar(kr.progress)}\` ${escapeMarkdown(kr.title ?? '')}`));
    return withDescription(lines, card.description);
}

export function keyResultMarkdown(kr: KeyResult, asOf: number | null): string {
    const okr = kr.$container;
    const card = okrCard(okr, asOf).keyResults[okr.keyResults.indexOf(kr)];
    const pace = card.pace === null ? '' : ` · ${PACE_LABEL[card.pace]}`;
    const lines = [
        heading(kr.title, KEY_RESULT, kr.name),
        `of ${OKR} \`${okr.name}\``,
        '',
        item('Progress', card.progress === null ? `no data (${missing(card)})` : `\`${progressBar(card.progress)}\`${pace}`),
        item('Value', `${formatQuantity(card.value, card.unit)} · from ${formatQuantity(card.from, card.unit)} to ${formatQuantity(card.target, card.unit)}`),
        item('Confidence', formatConfidence(card.confidence))
    ];
    const latest = card.checkins.at(-1);
    if (latest) {
        const confidence = latest.confidence === null ? '' : ` (confidence ${formatConfidence(latest.confidence)})`;
        lines.push(item('Latest check-in', `${latest.period}: ${formatQuantity(latest.value, card.unit)}${confidence}`));
    }
    if (kr.measures?.ref) lines.push(item('Measures', kpiLabel(kr.measures.ref)));
    if (card.weight !== 1) lines.push(item('Weight', String(card.weight)));
    if (card.owner) lines.push(item('Owner', escapeMarkdown(card.owner)));
    return withDescription(lines, kr.description);
}

export function strategyMarkdown(strategy: Strategy, links?: { kpis: Kpi[] }): string {
    const perspective = strategy.perspective as Perspective | undefined;
    const lines = [
        heading(strategy.title, STRATEGY, strategy.name),
        '',
        item('Perspective', perspective ? PERSPECTIVE_LABEL[perspective] : 'none'),
        item('Realizes', strategy.realizes?.ref ? `${AMBITION} \`${strategy.realizes.ref.name}\`` : `no ${AMBITION}`)
    ];
    if (strategy.owner) lines.push(item('Owner', escapeMarkdown(strategy.owner)));
    if (links) lines.push(item('Monitored by', links.kpis.length > 0 ? links.kpis.map(kpiLabel).join(', ') : `no ${KPI}`));
    return withDescription(lines, strategy.description);
}

export function ambitionMarkdown(ambition: Ambition, links?: { strategies: Strategy[] }): string {
    const lines = [
        heading(ambition.title, AMBITION, ambition.name),
        '',
        item('Horizon', ambition.horizon === undefined ? 'none' : String(ambition.horizon))
    ];
    if (ambition.owner) lines.push(item('Owner', escapeMarkdown(ambition.owner)));
    if (links) lines.push(item('Realized by', links.strategies.length > 0 ? names(STRATEGY, links.strategies) : `no ${STRATEGY}`));
    return withDescription(lines, ambition.description);
}

function heading(title: string | undefined, kind: string, name: string | undefined): string {
    const label = name ? `${kind} \`${name}\`` : kind;
    return title ? `**${escapeMarkdown(title)}** — ${label}` : label;
}

function item(label: string, value: string): string {
    return `- **${label}:** ${value}`;
}

function statusText(status: KpiCardStatus): string {
    return `${KPI_STATUS_EMOJI[status]} **${status}**`;
}

function kpiLabel(kpi: Kpi): string {
    return `${KPI_STATUS_EMOJI[kpiStatus(kpi)]} \`${kpi.name}\` ${kpiStatus(kpi)}`;
}

function keyResultLabel(kr: KeyResult): string {
    return kr.name ? `\`${kr.name}\` (${OKR} \`${kr.$container.name}\`)` : `${withArticle(nounsOf('KeyResult'))} of ${OKR} \`${kr.$container.name}\``;
}

function names(kind: string, elements: ReadonlyArray<{ name: string }>): string {
    return elements.map(e => `${kind} \`${e.name}\``).join(', ');
}

/** Why progress is "no data": what the formula lacks. */
function missing(card: KeyResultCard): string {
    const gaps = [card.from === null && 'no baseline', card.target === null && 'no target', card.value === null && 'no value'].filter(g => g !== false);
    return gaps.length > 0 ? gaps.join(', ') : 'baseline equals target';
}

function withDescription(lines: string[], description: string | null | undefined): string {
    return (description ? [...lines, '', escapeMarkdown(description)] : lines).join('\n');
}
