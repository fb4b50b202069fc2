/**
 * The page script's pure parts (packages/extension/preview-src): what a reveal asks for, how an
 * element is found again after an update, and what the scope control says. Their behaviour in the
 * page itself is tested in Chromium (tests/browser/preview-page-in-chromium.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { scopeLabels } from '../../packages/extension/preview-src/controls/scope-control.js';
import { definedAt, revealMessage, samePlace } from '../../packages/extension/preview-src/source-place.js';

/** An element reduced to what these functions read: its attributes. */
function element(attributes: Record<string, string>): { getAttribute(name: string): string | null } {
    return { getAttribute: (name) => attributes[name] ?? null };
}

const KPI = { 'data-uri': 'file:///s/bank.strat', 'data-line': '40', 'data-character': '4', 'data-kind': 'kpi' };

describe('the page script', () => {
    it('asks to reveal the place an element carries', () => {
        expect(revealMessage(element(KPI))).toEqual({ type: 'reveal', uri: 'file:///s/bank.strat', line: 40, character: 4 });
    });

    it('reads unusable positions as the start, and asks nothing for an element without a document', () => {
        expect(revealMessage(element({ ...KPI, 'data-line': 'abc', 'data-character': '-3' }))).toMatchObject({ line: 0, character: 0 });
        expect(revealMessage(element({ ...KPI, 'data-line': '2.5' }))).toMatchObject({ line: 0 });
        expect(revealMessage(element({ 'data-line': '3' }))).toBeUndefined();
        expect(revealMessage(element({ ...KPI, 'data-uri': '' }))).toBeUndefined();
    });

    it('finds an element again by its place and kind (a KPI card is not its map node)', () => {
        expect(samePlace(element(KPI), element({ ...KPI }))).toBe(true);
        expect(samePlace(element(KPI), element({ ...KPI, 'data-kind': 'okr' }))).toBe(false);
        expect(samePlace(element(KPI), element({ ...KPI, 'data-line': '41' }))).toBe(false);
        expect(definedAt(element(KPI), 'file:///s/bank.strat', 40)).toBe(true);
        expect(definedAt(element(KPI), 'file:///s/bank.strat', 4)).toBe(false);
    });

    it('says what the scorecard covers and what the scope button switches to', () => {
        expect(scopeLabels('file')).toEqual({ current: 'Scope: this file', action: 'Show whole workspace' });
        expect(scopeLabels('workspace')).toEqual({ current: 'Scope: whole workspace', action: 'Show this file only' });
    });
});
