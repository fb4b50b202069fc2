/**
 * Diagnostics introduced or fixed. A finding is matched by its code and the element it is reported
 * in — never by line, so an edit above it does not show every finding as fixed and introduced
 * again. The element is the one whose text holds the finding, found from the cards' locations;
 * BASE's element names are spelled as HEAD spells them, so a rename does not re-introduce its findings.
 * Findings outside any element (a syntax error before the first) match by code and message.
 */
import type { Scorecard } from '../model.js';
import { elementLocator } from '../element-locator.js';
import type { DiagnosticChange } from './diff-model.js';

export interface DiagnosticSide {
    scorecard: Scorecard;
    /** The file as the user sees it. */
    path(uri: string): string;
}

export function diagnosticChanges(base: DiagnosticSide, head: DiagnosticSide, headName: (name: string) => string): { introduced: DiagnosticChange[]; fixed: DiagnosticChange[] } {
    const keyed = (side: DiagnosticSide, spell: (name: string) => string) => {
        const elementOf = elementLocator(side.scorecard);
        return side.scorecard.diagnostics.items.map(d => {
            const element = elementOf(d);
            return {
                diagnostic: d,
                element: element?.label ?? null,
                withMessage: `${d.code}\u0000${element?.key(spell) ?? ''}\u0000${element ? '' : d.message}\u0000${d.message}`,
                withoutMessage: `${d.code}\u0000${element?.key(spell) ?? ''}\u0000${element ? '' : d.message}`
            };
        });
    };
    const before = keyed(base, headName);
    const after = keyed(head, name => name);
    const unmatchedBefore = new Set(before);
    const unmatchedAfter = new Set(after);
    // Same code, element and message first; then same code and element (a message that names a renamed element).
    for (const key of ['withMessage', 'withoutMessage'] as const) {
        const waiting = new Map<string, typeof before>();
        for (const entry of before) {
            if (!unmatchedBefore.has(entry)) continue;
            const list = waiting.get(entry[key]);
            if (list) list.push(entry);
            else waiting.set(entry[key], [entry]);
        }
        for (const entry of after) {
            if (!unmatchedAfter.has(entry)) continue;
            const partner = waiting.get(entry[key])?.shift();
            if (partner) {
                unmatchedBefore.delete(partner);
                unmatchedAfter.delete(entry);
            }
        }
    }
    const change = (side: DiagnosticSide) => (entry: (typeof before)[number]): DiagnosticChange => ({
        code: entry.diagnostic.code,
        severity: entry.diagnostic.severity,
        element: entry.element,
        path: side.path(entry.diagnostic.uri),
        line: entry.diagnostic.range.start.line + 1,
        message: entry.diagnostic.message
    });
    return {
        introduced: after.filter(e => unmatchedAfter.has(e)).map(change(head)),
        fixed: before.filter(e => unmatchedBefore.has(e)).map(change(base))
    };
}
