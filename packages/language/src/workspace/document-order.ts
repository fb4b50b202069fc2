import type { LangiumDocument } from 'langium';

/**
 * The one order of files everywhere (rules such as `too-many-okrs`, the scorecard, the CLI's
 * report): by path, code unit by code unit, as `strat check` lists them.
 */
export function byPath(a: LangiumDocument, b: LangiumDocument): number {
    const pa = a.uri.path;
    const pb = b.uri.path;
    return pa < pb ? -1 : pa > pb ? 1 : 0;
}
