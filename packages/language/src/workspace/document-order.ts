import type { LangiumDocument } from 'langium';

/**
 * The one order of files everywhere (rules such as `too-many-okrs`, the scorecard, the CLI's
 * report, and which of two elements of the same name a reference reaches): by path, code unit
 * by code unit, as `strat check` lists them.
 */
export function byPath(a: LangiumDocument, b: LangiumDocument): number {
    return comparePaths(a.uri.path, b.uri.path);
}

export function comparePaths(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
