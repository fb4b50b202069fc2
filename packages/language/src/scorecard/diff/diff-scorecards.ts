/**
 * `diffScorecards`: what changed between the scorecards of two states of a strategy (two git
 * revisions, the working tree, two folders). Pure: both scorecards are given, nothing is read.
 */
import type { ActualPoint, CheckinPoint, KpiCard, Scorecard } from '../model.js';
import { definitionChanges } from './diff-definitions.js';
import { diagnosticChanges } from './diff-diagnostics.js';
import type { DiffSideInfo, ElementChange, KpiStatusChange, Rename, ScorecardDiff, ValueChange } from './diff-model.js';
import { okrChanges } from './diff-okrs.js';
import { keyResultLabel, matchScorecards, type ScorecardMatch } from './match-elements.js';
import { sameNumber } from './same-value.js';
import { asOfOf, fieldChange, fieldChanged, staleOf } from './time-fields.js';

export interface DiffSide {
    label: string;
    /** The commit a revision resolved to; omitted or null for the working tree and folders. */
    commit?: string | null;
    /** How many files were read; the scorecard does not say. */
    files: number;
    scorecard: Scorecard;
    /** The file of a diagnostic's URI as the user sees it; the URI itself when not given. */
    path?: (uri: string) => string;
}

export function diffScorecards(base: DiffSide, head: DiffSide): ScorecardDiff {
    const match = matchScorecards(base.scorecard, head.scorecard);
    const kpis = kpiStatusChanges(match);
    const values = valueChanges(match);
    const okrs = okrChanges(match);
    const definitions = definitionChanges(match);
    const elements = elementChanges(match);
    const renames = renameList(match);
    const pathOf = (side: DiffSide) => side.path ?? ((uri: string) => uri);
    const diagnostics = diagnosticChanges(
        { scorecard: base.scorecard, path: pathOf(base) },
        { scorecard: head.scorecard, path: pathOf(head) },
        match.headName
    );
    const summary = {
        kpis: kpis.length,
        values: values.length,
        okrs: okrs.length,
        definitions: definitions.length,
        elements: elements.length,
        renames: renames.length,
        introduced: diagnostics.introduced.length,
        fixed: diagnostics.fixed.length
    };
    return {
        base: sideInfo(base),
        head: sideInfo(head),
        asOf: asOfOf(head.scorecard),
        changed: Object.values(summary).some(count => count > 0),
        summary,
        kpis,
        values,
        okrs,
        definitions,
        elements,
        renames,
        diagnostics
    };
}

function sideInfo(side: DiffSide): DiffSideInfo {
    return { label: side.label, commit: side.commit ?? null, files: side.files };
}

function kpiStatusChanges(match: ScorecardMatch): KpiStatusChange[] {
    const changes: KpiStatusChange[] = [];
    for (const [before, after] of match.kpis.pairs) {
        const stale = fieldChange(staleOf(before), staleOf(after));
        if (before.status !== after.status || fieldChanged(stale)) {
            changes.push({ name: after.name, title: after.title, before: before.status, after: after.status, ...(stale ? { stale } : {}) });
        }
    }
    const oneSided = (kpi: KpiCard, added: boolean): KpiStatusChange => {
        const stale = staleOf(kpi);
        const pair = <T>(value: T | null) => (added ? { before: null, after: value } : { before: value, after: null });
        return { name: kpi.name, title: kpi.title, ...pair(kpi.status), ...(stale === undefined || stale === null ? {} : { stale: pair(stale) }) };
    };
    match.kpis.added.forEach(kpi => changes.push(oneSided(kpi, true)));
    match.kpis.removed.forEach(kpi => changes.push(oneSided(kpi, false)));
    return changes;
}

/** Actuals of the KPIs and check-ins of the key results both sides have: new, changed, removed. */
function valueChanges(match: ScorecardMatch): ValueChange[] {
    const changes: ValueChange[] = [];
    for (const [before, after] of match.kpis.pairs) {
        for (const point of pointChanges(before.actuals, after.actuals)) {
            changes.push({ kind: 'actual', element: after.name, okr: null, ...point, unit: after.unit });
        }
    }
    for (const [, okrAfter] of match.okrs.pairs) {
        for (const [before, after] of match.keyResultsOf(okrAfter).pairs) {
            for (const point of pointChanges(before.checkins, after.checkins)) {
                changes.push({ kind: 'checkin', element: keyResultLabel(after), okr: okrAfter.name, ...point, unit: after.unit });
            }
        }
    }
    return changes;
}

/** Dated values compared by period: HEAD's order first, then the periods only BASE has. */
function pointChanges(before: ReadonlyArray<ActualPoint | CheckinPoint>, after: ReadonlyArray<ActualPoint | CheckinPoint>): Array<{ period: string; before: number | null; after: number | null }> {
    // A period given twice keeps its last value, as the scorecard does.
    const was = new Map(before.map(p => [p.period, p.value]));
    const now = new Map(after.map(p => [p.period, p.value]));
    const changes: Array<{ period: string; before: number | null; after: number | null }> = [];
    for (const [period, value] of now) {
        const old = was.get(period) ?? null;
        if (!sameNumber(old, value)) changes.push({ period, before: old, after: value });
    }
    for (const [period, value] of was) {
        if (!now.has(period)) changes.push({ period, before: value, after: null });
    }
    return changes;
}

function elementChanges(match: ScorecardMatch): ElementChange[] {
    const list = <T extends { name: string; title: string }>(kind: ElementChange['kind'], cards: readonly T[], change: ElementChange['change']) =>
        cards.map(card => ({ kind, name: card.name, title: card.title, change }));
    return [
        ...list('ambition', match.ambitions.added, 'added'),
        ...list('strategy', match.strategies.added, 'added'),
        ...list('ambition', match.ambitions.removed, 'removed'),
        ...list('strategy', match.strategies.removed, 'removed')
    ];
}

function renameList(match: ScorecardMatch): Rename[] {
    const renames: Rename[] = [];
    const add = <T extends { name: string }>(kind: Rename['kind'], pairs: ReadonlyArray<[T, T]>, title: (card: T) => string) => {
        for (const [before, after] of pairs) renames.push({ kind, before: before.name, after: after.name, title: title(after), okr: null });
    };
    add('ambition', match.ambitions.renamed, a => a.title);
    add('strategy', match.strategies.renamed, s => s.title);
    add('kpi', match.kpis.renamed, k => k.title);
    add('okr', match.okrs.renamed, o => o.objective);
    for (const [, after] of match.okrs.pairs) {
        for (const [kr, partner] of match.keyResultsOf(after).renamed) {
            if (kr.name !== null && partner.name !== null) {
                renames.push({ kind: 'key result', before: kr.name, after: partner.name, title: partner.title, okr: after.name });
            }
        }
    }
    return renames;
}
