/** The OKR section of the diff: OKRs added, removed, closed, re-statused or re-scored, with their key results. */
import type { KeyResultCard, OkrCard } from '../model.js';
import type { Change, KeyResultChange, OkrChange, OkrChangeKind } from './diff-model.js';
import type { ScorecardMatch } from './match-elements.js';
import { sameNumber } from './same-value.js';
import { fieldChange, fieldChanged, paceOf } from './time-fields.js';

export function okrChanges(match: ScorecardMatch): OkrChange[] {
    const matched = match.okrs;
    const changes: OkrChange[] = [];
    for (const [before, after] of matched.pairs) {
        const change = pairedOkrChange(before, after, keyResultChanges(match, after));
        if (change) changes.push(change);
    }
    for (const okr of matched.added) changes.push(oneSided(okr, 'added'));
    for (const okr of matched.removed) changes.push(oneSided(okr, 'removed'));
    return changes;
}

function pairedOkrChange(before: OkrCard, after: OkrCard, keyResults: KeyResultChange[]): OkrChange | undefined {
    const pace = fieldChange(paceOf(before), paceOf(after));
    const statusChanged = before.status !== after.status;
    const rescored = !sameNumber(before.score, after.score) || before.grade !== after.grade || fieldChanged(pace) || keyResults.length > 0;
    if (!statusChanged && !rescored) return undefined;
    const kind: OkrChangeKind = !statusChanged ? 'rescored' : after.status === 'closed' ? 'closed' : 'status';
    return {
        name: after.name,
        objective: after.objective,
        change: kind,
        status: { before: before.status, after: after.status },
        score: { before: before.score, after: after.score },
        grade: { before: before.grade, after: after.grade },
        ...(pace ? { pace } : {}),
        keyResults
    };
}

function oneSided(okr: OkrCard, change: 'added' | 'removed'): OkrChange {
    const side = <T>(value: T | null): Change<T> => (change === 'added' ? { before: null, after: value } : { before: value, after: null });
    const pace = paceOf(okr);
    return {
        name: okr.name,
        objective: okr.objective,
        change,
        status: side(okr.status),
        score: side(okr.score),
        grade: side(okr.grade),
        ...(pace === undefined || pace === null ? {} : { pace: side(pace) }),
        keyResults: []
    };
}

function keyResultChanges(match: ScorecardMatch, after: OkrCard): KeyResultChange[] {
    const matched = match.keyResultsOf(after);
    const changes: KeyResultChange[] = [];
    for (const [was, now] of matched.pairs) {
        const pace = fieldChange(paceOf(was), paceOf(now));
        if (sameNumber(was.progress, now.progress) && !fieldChanged(pace)) continue;
        changes.push({ name: now.name, title: now.title, change: 'changed', progress: { before: was.progress, after: now.progress }, ...(pace ? { pace } : {}) });
    }
    const side = (kr: KeyResultCard, change: 'added' | 'removed'): KeyResultChange => {
        const pace = paceOf(kr);
        const value = <T>(v: T | null): Change<T> => (change === 'added' ? { before: null, after: v } : { before: v, after: null });
        return { name: kr.name, title: kr.title, change, progress: value(kr.progress), ...(pace === undefined || pace === null ? {} : { pace: value(pace) }) };
    };
    matched.added.forEach(kr => changes.push(side(kr, 'added')));
    matched.removed.forEach(kr => changes.push(side(kr, 'removed')));
    return changes;
}
