/**
 * The scorecard diff as plain-text tables — the sections and columns of the Markdown view
 * (render-diff-markdown.ts), unescaped, for a view that builds its own markup (the editor's
 * preview when comparing). A row whose number went up or down says which, for ▲/▼.
 */
import { formatQuantity } from '../render/format.js';
import type { Grade, KpiCardStatus, Withheld } from '../model.js';
import type { Change, KeyResultChange, OkrChange, ScorecardDiff } from './diff-model.js';
import { changeText, okrScoreText, definitionValueText, fractionText, KIND_LABEL, NO_CHANGE, paceText, SECTION_TITLES, summaryPhrases } from './diff-words.js';

export type ChangeTrend = 'up' | 'down';

export interface DiffTableRow {
    cells: string[];
    /** The number of the row went up or down (a value, a score, a progress). */
    trend?: ChangeTrend;
}

export interface DiffTable {
    section: keyof typeof SECTION_TITLES;
    title: string;
    header: string[];
    rows: DiffTableRow[];
}

/** `2 KPI status changes · 1 new or changed value`, or "No change to the scorecard." */
export function diffSummaryText(diff: ScorecardDiff): string {
    return diff.changed ? summaryPhrases(diff.summary).join(' · ') : NO_CHANGE;
}

function status(value: KpiCardStatus | Grade | Withheld | null): string {
    return value === null ? 'no data' : value;
}

/** Up or down between two numbers; none when a side has none or they are equal. */
export function trendOf(change: Change<number>): ChangeTrend | undefined {
    if (change.before === null || change.after === null || change.before === change.after) return undefined;
    return change.after > change.before ? 'up' : 'down';
}

const withTrend = (cells: string[], trend: ChangeTrend | undefined): DiffTableRow => (trend ? { cells, trend } : { cells });

export function diffTables(diff: ScorecardDiff): DiffTable[] {
    const tables: DiffTable[] = [];
    const add = (section: DiffTable['section'], header: string[], rows: DiffTableRow[]) => {
        if (rows.length > 0) tables.push({ section, title: SECTION_TITLES[section], header, rows });
    };
    add('kpis', ['KPI', 'before', 'after'], diff.kpis.map(k => ({
        cells: [
            `${k.name} ${k.title}`,
            k.before === null ? 'new' : status(k.before) + (k.stale?.before ? ', stale' : ''),
            k.after === null ? 'removed' : status(k.after) + (k.stale?.after ? ', stale' : '')
        ]
    })));
    add('values', ['element', 'period', 'before', 'after'], diff.values.map(v => withTrend([
        v.kind === 'actual' ? v.element : `${v.element} check-in (OKR ${v.okr ?? ''})`,
        v.period,
        v.before === null ? 'new' : formatQuantity(v.before, v.unit),
        v.after === null ? 'removed' : formatQuantity(v.after, v.unit)
    ], trendOf(v))));
    const hasPace = diff.okrs.some(o => o.pace !== undefined || o.keyResults.some(kr => kr.pace !== undefined));
    add('okrs', ['OKR', 'change', 'status', 'score', 'grade', ...(hasPace ? ['pace'] : [])],
        diff.okrs.flatMap(o => [okrRow(o, hasPace), ...o.keyResults.map(kr => keyResultRow(kr, hasPace))]));
    add('definitions', ['element', 'property', 'before', 'after'], diff.definitions.map(d => ({
        cells: [`${KIND_LABEL[d.kind]} ${d.element}${d.okr === null ? '' : ` (OKR ${d.okr})`}`, d.property, definitionValueText(d, d.before), definitionValueText(d, d.after)]
    })));
    add('elements', ['change', 'element', 'title'], diff.elements.map(e => ({ cells: [e.change, `${e.kind} ${e.name}`, e.title] })));
    add('renames', ['element', 'before', 'after', 'title'], diff.renames.map(r => ({
        cells: [KIND_LABEL[r.kind] + (r.okr === null ? '' : ` (OKR ${r.okr})`), r.before, r.after, r.title]
    })));
    add('diagnostics', ['', 'severity', 'code', 'element', 'where', 'message'], [
        ...diff.diagnostics.introduced.map(d => ({ ...d, change: 'introduced' })),
        ...diff.diagnostics.fixed.map(d => ({ ...d, change: 'fixed' }))
    ].map(d => ({ cells: [d.change, d.severity, d.code, d.element ?? '—', `${d.path}:${d.line}`, d.message] })));
    return tables;
}

function okrRow(o: OkrChange, hasPace: boolean): DiffTableRow {
    const missing = o.change === 'added' ? 'before' : o.change === 'removed' ? 'after' : null;
    return withTrend([
        `${o.name} ${o.objective}`,
        o.change,
        changeText(o.status, s => s ?? '—', missing),
        okrScoreText(o, missing),
        changeText(o.grade, status, missing),
        ...(hasPace ? [o.pace ? changeText(o.pace, paceText, missing) : ''] : [])
    ], missing === null ? trendOf(o.score) : undefined);
}

function keyResultRow(kr: KeyResultChange, hasPace: boolean): DiffTableRow {
    const missing = kr.change === 'added' ? 'before' : kr.change === 'removed' ? 'after' : null;
    return withTrend([
        `↳ key result ${kr.name ?? kr.title}`,
        kr.change === 'changed' ? 'progress' : kr.change,
        '',
        changeText(kr.progress, fractionText, missing),
        '',
        ...(hasPace ? [kr.pace ? changeText(kr.pace, paceText, missing) : ''] : [])
    ], missing === null ? trendOf(kr.progress) : undefined);
}
