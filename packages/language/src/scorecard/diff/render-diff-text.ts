/** The scorecard diff for a terminal: a summary line, then each section that has changes, one line per change. */
import { formatQuantity } from '../render/format.js';
import type { KeyResultChange, OkrChange, ScorecardDiff } from './diff-model.js';
import { changeText, okrScoreText, definitionValueText, fractionText, KIND_LABEL, NO_CHANGE, paceText, SECTION_TITLES, summaryPhrases } from './diff-words.js';

export function renderScorecardDiffText(diff: ScorecardDiff): string {
    if (!diff.changed) return `${NO_CHANGE}\n`;
    const lines = [`Scorecard change ${diff.base.label} → ${diff.head.label}: ${summaryPhrases(diff.summary).join(', ')}.`];
    const section = (title: string, rows: string[]) => {
        if (rows.length > 0) lines.push('', title, ...rows.map(row => `  ${row}`));
    };
    section(SECTION_TITLES.kpis, diff.kpis.map(k => `${k.name}  "${k.title}"  ${k.before ?? 'new'} → ${k.after ?? 'removed'}` +
        (k.stale && k.stale.before !== k.stale.after ? `  (stale: ${changeText(k.stale, s => (s === null ? '—' : s ? 'yes' : 'no'))})` : '')));
    section(SECTION_TITLES.values, diff.values.map(v => `${v.kind === 'actual' ? v.element : `${v.okr} › ${v.element} check-in`}  ${v.period}  ` +
        `${v.before === null ? 'new' : formatQuantity(v.before, v.unit)} → ${v.after === null ? 'removed' : formatQuantity(v.after, v.unit)}`));
    section(SECTION_TITLES.okrs, diff.okrs.flatMap(o => [okrLine(o), ...o.keyResults.map(kr => `  ${keyResultLine(kr)}`)]));
    section(SECTION_TITLES.definitions, diff.definitions.map(d => `${KIND_LABEL[d.kind]} ${d.okr === null ? '' : `${d.okr} › `}${d.element}  ${d.property}  ` +
        `${definitionValueText(d, d.before)} → ${definitionValueText(d, d.after)}`));
    section(SECTION_TITLES.elements, diff.elements.map(e => `${e.change} ${e.kind} ${e.name}  "${e.title}"`));
    section(SECTION_TITLES.renames, diff.renames.map(r => `${KIND_LABEL[r.kind]} ${r.okr === null ? '' : `${r.okr} › `}${r.before} → ${r.after}  "${r.title}"`));
    section(`${SECTION_TITLES.diagnostics} introduced`, diff.diagnostics.introduced.map(d => `${d.path}:${d.line}  ${d.severity}  ${d.code}  ${d.message}`));
    section(`${SECTION_TITLES.diagnostics} fixed`, diff.diagnostics.fixed.map(d => `${d.path}:${d.line}  ${d.severity}  ${d.code}  ${d.message}`));
    return lines.join('\n') + '\n';
}

function okrLine(o: OkrChange): string {
    const missing = o.change === 'added' ? 'before' : o.change === 'removed' ? 'after' : null;
    const parts = [
        `status ${changeText(o.status, s => s ?? '—', missing)}`,
        `score ${okrScoreText(o, missing)}`,
        `grade ${changeText(o.grade, g => g ?? 'no data', missing)}`,
        ...(o.pace ? [`pace ${changeText(o.pace, paceText, missing)}`] : [])
    ];
    return `${o.name}  ${o.change}  ${parts.join(', ')}`;
}

function keyResultLine(kr: KeyResultChange): string {
    const missing = kr.change === 'added' ? 'before' : kr.change === 'removed' ? 'after' : null;
    const label = kr.name ?? `"${kr.title}"`;
    const pace = kr.pace ? `, pace ${changeText(kr.pace, paceText, missing)}` : '';
    return `key result ${label}  ${kr.change === 'changed' ? 'progress' : kr.change} ${changeText(kr.progress, fractionText, missing)}${pace}`;
}
