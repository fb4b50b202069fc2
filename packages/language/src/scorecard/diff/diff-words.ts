/** The words both diff views (Markdown and text) use: the summary, section titles, values before → after. Plain text, unescaped. */
import { plural } from '../../model/plural.js';
import { formatFraction, formatNumber } from '../render/format.js';
import type { Change, DefinitionChange, DefinitionValue, DiffSummary, ElementKind, OkrChange } from './diff-model.js';

export const NO_CHANGE = 'No change to the scorecard.';

export const SECTION_TITLES = {
    kpis: 'KPI status',
    values: 'Actuals and check-ins',
    okrs: 'OKRs',
    definitions: 'Targets, alerts, cycles and links',
    elements: 'Ambitions and strategies added or removed',
    renames: 'Renamed',
    diagnostics: 'Diagnostics'
} as const;

export const KIND_LABEL: Readonly<Record<ElementKind, string>> = {
    ambition: 'ambition',
    strategy: 'strategy',
    kpi: 'KPI',
    okr: 'OKR',
    'key result': 'key result'
};

/** `1 KPI status change, 2 new or changed values, …`: the counts that are not zero. */
export function summaryPhrases(summary: DiffSummary): string[] {
    const phrases: Array<[number, string]> = [
        [summary.kpis, plural(summary.kpis, 'KPI status change')],
        [summary.values, plural(summary.values, 'new or changed value')],
        [summary.okrs, plural(summary.okrs, 'OKR change')],
        [summary.definitions, plural(summary.definitions, 'definition change')],
        [summary.elements, plural(summary.elements, 'ambition or strategy added or removed', 'ambitions or strategies added or removed')],
        [summary.renames, plural(summary.renames, 'rename')],
        [summary.introduced, `${plural(summary.introduced, 'finding')} introduced`],
        [summary.fixed, `${plural(summary.fixed, 'finding')} fixed`]
    ];
    return phrases.filter(([count]) => count > 0).map(([, phrase]) => phrase);
}

/** A before → after pair; the same value once; the side an element did not exist on as `—`. */
export function changeText<T>(change: Change<T>, format: (value: T | null) => string, missing: 'before' | 'after' | null = null): string {
    const before = missing === 'before' ? '—' : format(change.before);
    const after = missing === 'after' ? '—' : format(change.after);
    return before === after ? after : `${before} → ${after}`;
}

/** Scores and progress as whole percentages; null is "no data". */
export function fractionText(value: number | null): string {
    return formatFraction(value);
}

/** An OKR's score before → after; "confidential" on a side whose grade the public audience withholds (not "no data"). */
export function okrScoreText(o: Pick<OkrChange, 'score' | 'grade'>, missing: 'before' | 'after' | null = null): string {
    const side = (score: number | null, grade: string | null) => (grade === 'confidential' ? 'confidential' : fractionText(score));
    return changeText({ before: side(o.score.before, o.grade.before), after: side(o.score.after, o.grade.after) }, text => text ?? '', missing);
}

/** `on-track` → `on track`. */
export function paceText(pace: string | null): string {
    return pace === null ? 'no pace' : pace.replace(/-/g, ' ');
}

export function numberText(value: number | null): string {
    return value === null ? '—' : formatNumber(value);
}

export function definitionValueText(change: DefinitionChange, value: DefinitionValue | null): string {
    if (value === null) return '—';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'number') return formatNumber(value);
    if (change.property === 'direction') return value === 'down' ? 'lower is better' : 'higher is better';
    return value;
}
