/**
 * Fields the reference date gives the scorecard (docs/language.md#time): the top-level `asOf`, a
 * KPI's `stale`, an OKR's and a key result's `pace`. Without a reference date they are null on
 * both sides, and the diff leaves them out of its output.
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

/** The change of a time field, or `undefined` when neither side has a value (no reference date). */
export function fieldChange<T>(before: Field<T>, after: Field<T>): Change<T> | undefined {
    return (before ?? null) === null && (after ?? null) === null ? undefined : { before: before ?? null, after: after ?? null };
}

/** Whether an optional field's change is a change (absent and null are the same). */
export function fieldChanged<T>(change: Change<T> | undefined): boolean {
    return change !== undefined && change.before !== change.after;
}
