/**
 * Fields the reference date adds to the scorecard (issue 8, LANGUAGE.md §7): the top-level
 * `asOf`, a KPI's `stale`, an OKR's and a key result's `pace`. The diff reads them when a
 * scorecard has them and leaves them out of its output when neither side does, so it works the
 * same before and after those fields exist.
 */
import type { Change } from './diff-model.js';

/** `undefined`: the card has no such field; `null`: it has one, without a value. */
type Field<T> = T | null | undefined;

function fieldOf(card: object, field: string): unknown {
    return field in card ? (card as Record<string, unknown>)[field] : undefined;
}

export function paceOf(card: object): Field<string> {
    const value = fieldOf(card, 'pace');
    return value === undefined ? undefined : typeof value === 'string' ? value : null;
}

export function staleOf(card: object): Field<boolean> {
    const value = fieldOf(card, 'stale');
    return value === undefined ? undefined : typeof value === 'boolean' ? value : null;
}

export function asOfOf(scorecard: object): string | null {
    const value = fieldOf(scorecard, 'asOf');
    return typeof value === 'string' ? value : null;
}

/** The change of an optional field, or `undefined` when neither side has the field. */
export function fieldChange<T>(before: Field<T>, after: Field<T>): Change<T> | undefined {
    return before === undefined && after === undefined ? undefined : { before: before ?? null, after: after ?? null };
}

/** Whether an optional field's change is a change (absent and null are the same). */
export function fieldChanged<T>(change: Change<T> | undefined): boolean {
    return change !== undefined && change.before !== change.after;
}
