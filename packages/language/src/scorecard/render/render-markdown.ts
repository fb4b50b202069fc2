/**
 * `renderScorecardMarkdown`: the scorecard as GitHub-flavoured Markdown, with the same content
 * as the HTML page — header, strategy map (as a nested list), seven steps and gaps, KPI
 * scorecard (with the KPIs that need attention first), OKR board, diagnostics. Statuses and pace
 * are words plus emoji, progress a text bar (`██████░░░░ 60%`, progress-bar.ts); what depends on
 * the reference date (markdown-time.ts) shows only with one. A public scorecard says so under
 * the title and writes "🔒 confidential" where a figure is withheld. All user text is escaped
 * (`|`, `<`, `>`, `*`, `_`, backticks…).
 */

import type { AmbitionCard, KeyResultCard, KpiCard, OkrCard, Scorecard, StrategyCard } from '../model.js';
import { escapeMarkdown } from './escape.js';
import {
    DIRECTION_LABEL,
    formatConfidence,
    formatFraction,
    formatNumber,
    formatQuantity,
    formatTarget,
    FREQUENCY_LABEL,
    GRADE_LABEL,
    KPI_STATUS_EMOJI,
    NO_DATA,
    OKR_STATUS_LABEL,
    PERSPECTIVE_LABEL,
    SEVERITIES,
    SEVERITY_LABEL,
    SEVERITY_PLURAL,
    TREND_LABEL,
    sourceText,
    trendArrow,
    KPI_STATUSES,
    plural,
    WITHHELD_MARK,
} from './format.js';
import { AUDIENCE_BANNER } from './html-audience.js';
import { groupKpis, type GroupBy, type KpiGroup } from './grouping.js';
import { cardIndex, type NameIndex } from './name-index.js';
import { locator, sortedDiagnostics } from './locations.js';
import { attentionMd, asOfMd, cycleMd, freshnessMd, needsAttentionMd, paceMd } from './markdown-time.js';
import { MARKDOWN_BAR, textProgressBar } from './progress-bar.js';
import { diagnosticCountsByCode, sevenSteps, stepOfCode } from './steps.js';

export interface MarkdownOptions {
    /** The top heading; default "Strategy scorecard". */
    title?: string;
    /** How the KPI scorecard is grouped; default `strategy`. */
    groupBy?: GroupBy;
}

const SPARK_CHARS = '▁▂▃▄▅▆▇█';

/** The cards by name, built once per render: links are followed through these. */
interface Lookups {
    ambitions: NameIndex<AmbitionCard>;
    strategies: NameIndex<StrategyCard>;
    kpis: NameIndex<KpiCard>;
    okrs: NameIndex<OkrCard>;
}

/** User text, escaped. */
const t = escapeMarkdown;

/** A name as inline code when it is a plain identifier, else escaped text. */
function n(name: string): string {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `\`${name}\`` : t(name);
}

function statusWord(status: KpiCard['status']): string {
    return `${KPI_STATUS_EMOJI[status]} ${status}`;
}

/** The KPI's actuals as a text sparkline (`▁▃▅█`); empty when there are none. */
export function textSparkline(kpi: KpiCard): string {
    const values = kpi.actuals.map((a) => a.value).filter((v) => Number.isFinite(v));
    if (values.length === 0) return '';
    const min = Math.min(...values);
    const max = Math.max(...values);
    const top = SPARK_CHARS.length - 1;
    return values
        .map((v) => SPARK_CHARS[max === min ? Math.floor(top / 2) : Math.round(((v - min) / (max - min)) * top)] ?? '')
        .join('');
}

function table(header: string[], align: ('l' | 'r')[], rows: string[][]): string {
    const cell = (s: string): string => (s === '' ? ' ' : s);
    const lines = [
        `| ${header.join(' | ')} |`,
        `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ];
    return lines.join('\n');
}

function headerMd(scorecard: Scorecard, title: string): string[] {
    const out = [`# ${t(title)}`, '', asOfMd(scorecard), ''];
    if (scorecard.audience === 'public') out.push(`> 🔒 ${AUDIENCE_BANNER.public}`, '');
    if (scorecard.ambitions.length === 0) {
        out.push('_No ambition yet — step 1 is to write down the longer-term ambition._', '');
    }
    for (const a of scorecard.ambitions) {
        const meta = [a.horizon ? `horizon ${t(a.horizon)}` : 'no horizon', a.owner ? `owner ${t(a.owner)}` : null]
            .filter((m): m is string => m !== null)
            .join(' · ');
        out.push(`> **Ambition: ${t(a.title || a.name)}** (${n(a.name)}) — ${meta}`);
        if (a.description) out.push(`>`, `> ${t(a.description)}`);
        out.push('');
    }
    const s = scorecard.steps;
    const problems = scorecard.diagnostics.summary.errors + scorecard.diagnostics.summary.warnings;
    out.push(
        table(
            ['Strategies', 'KPIs', 'Red KPIs', 'Active OKRs', 'Closed OKRs', 'Errors & warnings'],
            ['r', 'r', 'r', 'r', 'r', 'r'],
            [[s.strategies, s.kpis, s.redKpis, s.activeOkrs, s.closedOkrs, problems].map(formatNumber)],
        ),
        '',
    );
    if (scorecard.kpis.length > 0) {
        const withheld = scorecard.kpis.some((k) => k.status === 'confidential');
        const counts = [...KPI_STATUSES, ...(withheld ? ['confidential' as const] : [])].map(
            (status) => `${KPI_STATUS_EMOJI[status]} ${scorecard.kpis.filter((k) => k.status === status).length} ${status}`,
        );
        out.push(`KPI health: ${counts.join(' · ')}`, '');
    }
    return out;
}

function kpiLine(kpi: KpiCard): string {
    if (kpi.withheld) return `${KPI_STATUS_EMOJI[kpi.status]} KPI **${t(kpi.title || kpi.name)}** (${n(kpi.name)}) — confidential`;
    const value = kpi.value === null ? 'no value' : formatQuantity(kpi.value, kpi.unit);
    return `${KPI_STATUS_EMOJI[kpi.status]} KPI **${t(kpi.title || kpi.name)}** (${n(kpi.name)}) — ${kpi.status}, ${t(value)} vs ${t(formatTarget(kpi.target, kpi.direction, kpi.unit))}`;
}

function okrLine(okr: OkrCard): string {
    const grade = okr.grade ? ` (${okr.grade})` : '';
    const score = okr.withheld ? WITHHELD_MARK : `${formatFraction(okr.score)}${grade}`;
    return `OKR **${t(okr.objective || okr.name)}** (${n(okr.name)}) — ${t(okr.cycle ?? 'no cycle')}, ${okr.status}, ${score}`;
}

function strategyLine(s: StrategyCard): string {
    return `♟️ Strategy **${t(s.title || s.name)}** (${n(s.name)}) — ${s.perspective ? PERSPECTIVE_LABEL[s.perspective].toLowerCase() : 'no perspective'}`;
}

function mapMd(scorecard: Scorecard, lookups: Lookups): string[] {
    const out = ['## Strategy map', ''];
    if (scorecard.ambitions.length + scorecard.strategies.length + scorecard.kpis.length + scorecard.okrs.length === 0) {
        out.push('_Nothing to map yet._', '');
        return out;
    }
    const kpiTree = (kpi: KpiCard, indent: string): void => {
        out.push(`${indent}- ${kpiLine(kpi)}`);
        for (const okr of lookups.okrs.reach(kpi.addressedBy)) out.push(`${indent}  - ${okrLine(okr)}`);
    };
    const strategyTree = (s: StrategyCard, indent: string): void => {
        out.push(`${indent}- ${strategyLine(s)}`);
        for (const kpi of lookups.kpis.reach(s.kpis)) kpiTree(kpi, `${indent}  `);
    };
    for (const a of scorecard.ambitions) {
        out.push(`- 🎯 Ambition **${t(a.title || a.name)}** (${n(a.name)})${a.horizon ? ` — horizon ${t(a.horizon)}` : ''}`);
        for (const s of lookups.strategies.reach(a.strategies)) strategyTree(s, '  ');
    }
    const orphanStrategies = scorecard.strategies.filter((s) => s.ambition === null || !lookups.ambitions.has(s.ambition));
    if (orphanStrategies.length > 0) {
        out.push('- _Strategies that realize no ambition_');
        for (const s of orphanStrategies) strategyTree(s, '  ');
    }
    const unassigned = scorecard.kpis.filter((k) => !k.strategies.some((name) => lookups.strategies.has(name)));
    if (unassigned.length > 0) {
        out.push('- _KPIs that monitor no strategy_');
        for (const kpi of unassigned) kpiTree(kpi, '  ');
    }
    const kpiless = scorecard.okrs.filter((o) => !o.addresses.some((name) => lookups.kpis.has(name)));
    if (kpiless.length > 0) {
        out.push('- _OKRs that address no KPI_');
        for (const okr of kpiless) out.push(`  - ${okrLine(okr)}`);
    }
    out.push('');
    return out;
}

function stepsMd(scorecard: Scorecard): string[] {
    const rows = sevenSteps(scorecard).map((step) => [
        String(step.number),
        step.name,
        step.facts.join(' · '),
        step.gaps.length === 0 ? 'none' : step.gaps.map((g) => `${n(g.code)} × ${g.count}`).join(', '),
    ]);
    const out = ['## Seven steps', '', table(['Step', 'Name', 'Counts', 'Gaps'], ['r', 'l', 'l', 'l'], rows), ''];
    out.push('### Gaps found by the rules', '');
    const counts = diagnosticCountsByCode(scorecard);
    if (counts.length === 0) {
        out.push('_The rules found no gaps._', '');
    } else {
        const gapRows = counts.map((c) => {
            const step = stepOfCode(c.code);
            return [n(c.code), SEVERITY_LABEL[c.severity] ?? t(String(c.severity)), step === null ? 'general' : `step ${step}`, formatNumber(c.count)];
        });
        out.push(table(['Code', 'Severity', 'Step', 'Count'], ['l', 'l', 'l', 'r'], gapRows), '');
    }
    return out;
}

function kpiRow(kpi: KpiCard, dated: boolean): string[] {
    const flags = [kpi.rewarded ? 'rewarded' : null, kpi.confidential ? 'confidential' : null].filter((f): f is string => f !== null);
    const addressed = kpi.addressedBy.map((name) => n(name)).join(', ');
    const source = sourceText(kpi);
    if (kpi.withheld) {
        const w = WITHHELD_MARK;
        return [`**${t(kpi.title || kpi.name)}** ${n(kpi.name)}`, statusWord(kpi.status), '', w, w, w, w, w,
            kpi.frequency ? FREQUENCY_LABEL[kpi.frequency] : 'not set', ...(dated ? [w] : []), kpi.owner ? t(kpi.owner) : '—', flags.join(', '), addressed];
    }
    const latest = (kpi.value === null ? 'no actuals' : `${t(formatQuantity(kpi.value, kpi.unit))}${kpi.period ? ` (${t(kpi.period)})` : ''}`)
        + (source === null ? '' : ` · from ${t(source)}`);
    return [
        `**${t(kpi.title || kpi.name)}** ${n(kpi.name)}`,
        statusWord(kpi.status),
        attentionMd(kpi),
        latest,
        t(formatTarget(kpi.target, kpi.direction, kpi.unit)),
        kpi.alert === null ? 'none' : t(formatQuantity(kpi.alert, kpi.unit)),
        `${trendArrow(kpi.trend, kpi.direction)} ${TREND_LABEL[kpi.trend]}`,
        textSparkline(kpi),
        kpi.frequency ? FREQUENCY_LABEL[kpi.frequency] : 'not set',
        ...(dated ? [freshnessMd(kpi)] : []),
        kpi.owner ? t(kpi.owner) : '—',
        flags.join(', '),
        addressed,
    ];
}

function kpiGroupHeading(group: KpiGroup): string {
    if (group.kind === 'strategy' && group.strategy) {
        const s = group.strategy;
        const perspective = s.perspective ? ` — ${PERSPECTIVE_LABEL[s.perspective]}` : '';
        return `### ${t(s.title || s.name)} (${n(s.name)})${perspective}`;
    }
    return `### ${t(group.heading)}`;
}

function kpisMd(scorecard: Scorecard, groupBy: GroupBy): string[] {
    const out = ['## KPI scorecard', ''];
    if (scorecard.kpis.length === 0) {
        out.push('_No KPIs yet._', '');
        return out;
    }
    out.push(`_Grouped by ${groupBy}. Direction: ${DIRECTION_LABEL.up} unless the target reads ≤._`, '');
    out.push(...needsAttentionMd(scorecard, n));
    // freshness is a judgement against the reference date: without one the column would be empty
    const dated = scorecard.asOf !== null;
    for (const group of groupKpis(scorecard, groupBy)) {
        out.push(kpiGroupHeading(group), '');
        if (group.kpis.length === 0) {
            out.push(group.kind === 'strategy' ? '_No KPI monitors this strategy yet (step 3)._' : '_No KPI in this group._', '');
            continue;
        }
        out.push(
            table(
                ['KPI', 'Status', 'Attention', 'Latest', 'Target', 'Alert', 'Trend', 'Actuals', 'Time frame', ...(dated ? ['Freshness'] : []), 'Owner', 'Flags', 'Addressed by'],
                ['l', 'l', 'l', 'r', 'l', 'l', 'l', 'l', 'l', ...(dated ? ['l' as const] : []), 'l', 'l', 'l'],
                group.kpis.map((kpi) => kpiRow(kpi, dated)),
            ),
            '',
        );
    }
    return out;
}

/** `expected`: the share of the cycle passed, marked on the bar while the key result has a pace. */
function keyResultRow(kr: KeyResultCard, lookups: Lookups, dated: boolean, expected: number | null): string[] {
    const kpi = kr.measures ? lookups.kpis.first(kr.measures) : undefined;
    const unit = kr.unit ?? kpi?.unit ?? null;
    const measures = kr.measures ? `${n(kr.measures)}${kpi ? ` ${statusWord(kpi.status)}` : ''}` : '';
    if (kr.withheld) {
        const title = `${t(kr.title || kr.name || 'Key result')}${kr.name ? ` ${n(kr.name)}` : ''}`;
        return [title, WITHHELD_MARK, ...(dated ? ['—'] : []), WITHHELD_MARK, WITHHELD_MARK, WITHHELD_MARK, measures];
    }
    return [
        `${t(kr.title || kr.name || 'Key result')}${kr.name ? ` ${n(kr.name)}` : ''}`,
        textProgressBar(kr.progress, MARKDOWN_BAR, kr.pace === null ? null : expected),
        ...(dated ? [paceMd(kr.pace)] : []),
        `${t(formatQuantity(kr.from, unit))} → ${t(formatQuantity(kr.target, unit))}`,
        kr.value === null ? NO_DATA : t(formatQuantity(kr.value, unit)),
        formatConfidence(kr.confidence),
        measures,
    ];
}

function okrMd(okr: OkrCard, lookups: Lookups, dated: boolean): string[] {
    const out = [`### ${t(okr.objective || okr.name)} (${n(okr.name)})`, ''];
    const score = okr.withheld ? `Score: ${WITHHELD_MARK}` : okr.score === null ? `Score: ${NO_DATA}` : `Score: **${formatFraction(okr.score)}**`;
    const provisional = okr.provisional && okr.grade !== null ? ' (provisional)' : '';
    const grade = okr.grade && !okr.withheld ? ` ${KPI_STATUS_EMOJI[okr.grade]} ${GRADE_LABEL[okr.grade].toLowerCase()}${provisional}` : '';
    const facts = [
        okr.cycle ? `Cycle ${t(okr.cycle)}` : 'No cycle',
        OKR_STATUS_LABEL[okr.status],
        okr.commitment === 'committed' ? 'Committed' : 'Aspirational',
        okr.owner ? `Owner ${t(okr.owner)}` : 'No owner',
        okr.confidential ? 'Confidential' : null,
        `${score}${grade}`,
        okr.pace === null ? null : `Pace: ${paceMd(okr.pace)}`,
    ].filter((f): f is string => f !== null);
    out.push(facts.join(' · '), '');
    const cycle = cycleMd(okr);
    if (cycle !== null) out.push(cycle, '');
    if (okr.description) out.push(t(okr.description), '');
    const addressed = okr.addresses.map((name) => {
        const kpi = lookups.kpis.first(name);
        return kpi ? `${t(kpi.title || kpi.name)} ${n(name)} ${statusWord(kpi.status)}` : n(name);
    });
    const initiatives = okr.plan?.initiatives ?? [];
    const done = initiatives.filter((i) => i.done).length;
    const overdue = initiatives.filter((i) => i.overdue === true).length;
    out.push(`- **Step 5 · addresses:** ${addressed.length > 0 ? addressed.join('; ') : 'no KPI'}`);
    out.push(`- **Step 6 · improvement plan:** ${okr.plan === null ? 'no plan' : `${done} of ${initiatives.length} initiatives done${overdue > 0 ? `, ${overdue} overdue` : ''}`}`);
    out.push(`- **Step 7 · business as usual:** ${okr.status === 'closed' ? 'closed — its KPIs monitor it again' : okr.status === 'draft' ? 'draft' : 'not yet (active)'}`);
    if (okr.supports) {
        const parent = lookups.okrs.first(okr.supports);
        out.push(`- **Supports:** ${parent ? `${t(parent.objective || parent.name)} ` : ''}${n(okr.supports)}`);
    }
    out.push('');
    if (okr.keyResults.length === 0) {
        out.push('_No key results yet._', '');
    } else {
        out.push(
            table(
                ['Key result', 'Progress', ...(dated ? ['Pace'] : []), 'From → target', 'Now', 'Confidence', 'Measures'],
                ['l', 'l', ...(dated ? ['l' as const] : []), 'l', 'r', 'r', 'l'],
                okr.keyResults.map((kr) => keyResultRow(kr, lookups, dated, okr.elapsed)),
            ),
            '',
        );
        for (const kr of okr.keyResults) {
            if (kr.checkins.length === 0) continue;
            const unit = kr.unit ?? (kr.measures ? lookups.kpis.first(kr.measures)?.unit : null) ?? null;
            const points = kr.checkins.map(
                (c) => `${t(c.period)}: ${t(formatQuantity(c.value, unit))}${c.confidence === null ? '' : ` (confidence ${formatConfidence(c.confidence)})`}`,
            );
            out.push(`Check-ins of _${t(kr.title || kr.name || 'key result')}_: ${points.join(' · ')}`, '');
        }
    }
    out.push('**Improvement plan**', '');
    if (okr.plan === null) out.push('_No improvement plan yet (step 6)._', '');
    else if (initiatives.length === 0) out.push('_The plan has no initiatives yet._', '');
    else {
        for (const i of initiatives) {
            const meta = [i.owner ? `owner ${t(i.owner)}` : null, i.due ? `due ${t(i.due)}` : null].filter((m): m is string => m !== null);
            const state = i.done ? ' — done' : i.overdue === true ? ' — ⏰ **overdue**' : '';
            out.push(`- [${i.done ? 'x' : ' '}] ${t(i.title)}${state}${meta.length > 0 ? ` — ${meta.join(' · ')}` : ''}`);
        }
        out.push('');
    }
    return out;
}

function okrsMd(scorecard: Scorecard, lookups: Lookups): string[] {
    const out = ['## OKR board', ''];
    if (scorecard.okrs.length === 0) {
        out.push('_No OKRs yet._', '');
        return out;
    }
    // pace is a judgement against the reference date: without one the column would be empty
    for (const okr of scorecard.okrs) out.push(...okrMd(okr, lookups, scorecard.asOf !== null));
    return out;
}

function diagnosticsMd(scorecard: Scorecard): string[] {
    const summary = scorecard.diagnostics.summary;
    const counts: Record<string, number> = {
        error: summary.errors,
        warning: summary.warnings,
        info: summary.infos,
        hint: summary.hints,
    };
    const line = SEVERITIES.map((s) => {
        const count = counts[s] ?? 0;
        return plural(count, s, SEVERITY_PLURAL[s]);
    }).join(' · ');
    const out = ['## Diagnostics', '', line, ''];
    const items = sortedDiagnostics(scorecard);
    if (items.length === 0) {
        out.push('_No problems found._', '');
        return out;
    }
    const locate = locator(scorecard);
    out.push(
        table(
            ['Severity', 'Code', 'Message', 'Location'],
            ['l', 'l', 'l', 'l'],
            items.map((d) => [SEVERITY_LABEL[d.severity] ?? t(String(d.severity)), n(d.code), t(d.message), t(locate.at(d.uri, d.range.start.line))]),
        ),
        '',
    );
    return out;
}

export function renderScorecardMarkdown(scorecard: Scorecard, options: MarkdownOptions = {}): string {
    const lookups: Lookups = {
        ambitions: cardIndex(scorecard.ambitions),
        strategies: cardIndex(scorecard.strategies),
        kpis: cardIndex(scorecard.kpis),
        okrs: cardIndex(scorecard.okrs),
    };
    const title = options.title?.trim() || 'Strategy scorecard';
    const lines = [
        ...headerMd(scorecard, title),
        ...mapMd(scorecard, lookups),
        ...stepsMd(scorecard),
        ...kpisMd(scorecard, options.groupBy === 'perspective' ? 'perspective' : 'strategy'),
        ...okrsMd(scorecard, lookups),
        ...diagnosticsMd(scorecard),
    ];
    return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
