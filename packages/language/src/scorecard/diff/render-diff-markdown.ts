/**
 * The scorecard diff as a pull-request comment (GitHub-flavoured Markdown): a summary line, then
 * one short table per section that has rows; with no change, only "No change to the scorecard."
 * All user text is escaped.
 */
import { escapeMarkdown } from '../render/escape.js';
import { formatQuantity, KPI_STATUS_EMOJI } from '../render/format.js';
import type { Grade, KpiCardStatus, Withheld } from '../model.js';
import type { KeyResultChange, OkrChange, ScorecardDiff } from './diff-model.js';
import {
    changeText, okrScoreText, definitionValueText, fractionText, KIND_LABEL, NO_CHANGE, paceText, SECTION_TITLES, summaryPhrases
} from './diff-words.js';

const t = escapeMarkdown;

/** A table of more rows than this is folded in `<details>` (GitHub shows the summary, a click the rows). */
export const FOLD_AFTER_ROWS = 20;

/** A name as inline code when it is a plain identifier, else escaped text. */
function n(name: string): string {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `\`${name}\`` : t(name);
}

/** A side: a revision as code (`origin/main`), the working tree or a folder as text. */
function side(info: ScorecardDiff['base']): string {
    return info.commit !== null && !info.label.includes('`') ? `\`${info.label}\`` : t(info.label);
}

function status(value: KpiCardStatus | Grade | Withheld | null): string {
    return value === null ? 'no data' : `${KPI_STATUS_EMOJI[value]} ${value}`;
}

function table(header: string[], rows: string[][]): string[] {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(r => `| ${r.map(c => c || ' ').join(' | ')} |`)];
}

export function renderScorecardDiffMarkdown(diff: ScorecardDiff): string {
    if (!diff.changed) return `${NO_CHANGE}\n`;
    const blocks: string[][] = [[`**Scorecard change** ${side(diff.base)} → ${side(diff.head)}: ${summaryPhrases(diff.summary).join(' · ')}`]];
    // A long table (a quarter of actuals from a data file) folds, so the comment stays readable.
    const section = (title: string, lines: string[]) => blocks.push(lines.length - 2 > FOLD_AFTER_ROWS
        ? [`### ${title}`, '', `<details><summary>${lines.length - 2} rows</summary>`, '', ...lines, '', '</details>']
        : [`### ${title}`, '', ...lines]);

    if (diff.kpis.length > 0) {
        section(SECTION_TITLES.kpis, table(['KPI', 'before', 'after'], diff.kpis.map(k => [
            `${n(k.name)} ${t(k.title)}`,
            k.before === null ? 'new' : status(k.before) + (k.stale?.before ? ', stale' : ''),
            k.after === null ? 'removed' : status(k.after) + (k.stale?.after ? ', stale' : '')
        ])));
    }
    if (diff.values.length > 0) {
        section(SECTION_TITLES.values, table(['element', 'period', 'before', 'after'], diff.values.map(v => [
            v.kind === 'actual' ? `${n(v.element)}` : `${n(v.element)} check-in (OKR ${n(v.okr ?? '')})`,
            t(v.period),
            v.before === null ? 'new' : t(formatQuantity(v.before, v.unit)),
            v.after === null ? 'removed' : t(formatQuantity(v.after, v.unit))
        ])));
    }
    if (diff.okrs.length > 0) {
        const hasPace = diff.okrs.some(o => o.pace !== undefined || o.keyResults.some(kr => kr.pace !== undefined));
        const header = ['OKR', 'change', 'status', 'score', 'grade', ...(hasPace ? ['pace'] : [])];
        section(SECTION_TITLES.okrs, table(header, diff.okrs.flatMap(o => [okrRow(o, hasPace), ...o.keyResults.map(kr => keyResultRow(kr, hasPace))])));
    }
    if (diff.definitions.length > 0) {
        section(SECTION_TITLES.definitions, table(['element', 'property', 'before', 'after'], diff.definitions.map(d => [
            `${KIND_LABEL[d.kind]} ${n(d.element)}${d.okr === null ? '' : ` (OKR ${n(d.okr)})`}`,
            `\`${d.property}\``,
            t(definitionValueText(d, d.before)),
            t(definitionValueText(d, d.after))
        ])));
    }
    if (diff.elements.length > 0) {
        section(SECTION_TITLES.elements, table(['change', 'element', 'title'], diff.elements.map(e => [e.change, `${e.kind} ${n(e.name)}`, t(e.title)])));
    }
    if (diff.renames.length > 0) {
        section(SECTION_TITLES.renames, table(['element', 'before', 'after', 'title'], diff.renames.map(r => [
            KIND_LABEL[r.kind] + (r.okr === null ? '' : ` (OKR ${n(r.okr)})`), n(r.before), n(r.after), t(r.title)
        ])));
    }
    const findings = [
        ...diff.diagnostics.introduced.map(d => ({ ...d, change: 'introduced' })),
        ...diff.diagnostics.fixed.map(d => ({ ...d, change: 'fixed' }))
    ];
    if (findings.length > 0) {
        section(SECTION_TITLES.diagnostics, table(['', 'severity', 'code', 'element', 'where', 'message'], findings.map(d => [
            d.change, d.severity, `\`${d.code}\``, d.element === null ? '—' : n(d.element), t(`${d.path}:${d.line}`), t(d.message)
        ])));
    }
    return blocks.map(lines => lines.join('\n')).join('\n\n') + '\n';
}

function okrRow(o: OkrChange, hasPace: boolean): string[] {
    const missing = o.change === 'added' ? 'before' : o.change === 'removed' ? 'after' : null;
    return [
        `${n(o.name)} ${t(o.objective)}`,
        o.change,
        changeText(o.status, s => s ?? '—', missing),
        okrScoreText(o, missing),
        changeText(o.grade, status, missing),
        ...(hasPace ? [o.pace ? changeText(o.pace, paceText, missing) : ''] : [])
    ];
}

function keyResultRow(kr: KeyResultChange, hasPace: boolean): string[] {
    const missing = kr.change === 'added' ? 'before' : kr.change === 'removed' ? 'after' : null;
    return [
        `↳ key result ${kr.name === null ? t(kr.title) : n(kr.name)}`,
        kr.change === 'changed' ? 'progress' : kr.change,
        '',
        changeText(kr.progress, fractionText, missing),
        '',
        ...(hasPace ? [kr.pace ? changeText(kr.pace, paceText, missing) : ''] : [])
    ];
}
