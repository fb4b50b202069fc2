/**
 * The preview protocol (packages/extension/src/preview/preview-protocol.ts), which both the
 * extension and the page script use: what each side accepts from the other, and what survives
 * of a saved page state. Messages cross a `postMessage` boundary, so they are checked after a
 * JSON round trip, as they arrive.
 */
import { describe, expect, it } from 'vitest';
import { updateMessage } from '../../packages/extension/src/preview/preview-page.js';
import {
    KPI_GROUPINGS,
    parseExtensionMessage,
    parsePageMessage,
    parsePreviewControls,
    parseSavedState,
    type ExtensionMessage,
    type PageMessage,
} from '../../packages/extension/src/preview/preview-protocol.js';
import { renderScorecardMainHtml } from '../../packages/language/src/scorecard/render/index.js';
import { bankScorecard } from '../scorecard/fixtures.js';

const BANK = 'file:///home/ana/strategy/bank.strat';

function wire(value: unknown): unknown {
    return JSON.parse(JSON.stringify(value)) as unknown;
}

describe('messages from the page (untrusted input for the extension)', () => {
    it.each<PageMessage>([
        { type: 'reveal', uri: BANK, line: 12, character: 4 },
        { type: 'reveal', uri: 'untitled:Untitled-1', line: 0, character: 0 },
        { type: 'toggleScope' },
    ])('accepts %j', (message) => {
        expect(parsePageMessage(wire(message))).toEqual(message);
    });

    it('keeps only the fields of the message', () => {
        expect(parsePageMessage({ type: 'toggleScope', extra: 'ignored' })).toEqual({ type: 'toggleScope' });
        expect(parsePageMessage({ type: 'reveal', uri: BANK, line: 1, character: 2, command: 'x' })).toEqual({ type: 'reveal', uri: BANK, line: 1, character: 2 });
    });

    it.each([
        null,
        undefined,
        'reveal',
        [],
        { type: 'reveal', uri: BANK, line: -1, character: 0 },
        { type: 'reveal', uri: BANK, line: 1.5, character: 0 },
        { type: 'reveal', uri: BANK, line: 1e12, character: 0 },
        { type: 'reveal', uri: BANK, line: '3', character: 0 },
        { type: 'reveal', uri: BANK, line: 3 },
        { type: 'reveal', uri: '', line: 1, character: 0 },
        { type: 'reveal', uri: 42, line: 1, character: 0 },
        { type: 'reveal', uri: `file:///${'a'.repeat(10_000)}`, line: 1, character: 0 },
        { type: 'update', body: '<script>', controls: { scope: 'file' }, state: { target: { scope: 'file' } } },
        { type: 'command', command: 'workbench.action.terminal.new' },
        { type: 'constructor' },
        { type: '__proto__' },
        { type: 'hasOwnProperty' },
    ])('ignores %j', (message) => {
        expect(parsePageMessage(message)).toBeUndefined();
    });
});

describe('messages from the extension (checked by the page)', () => {
    it('accepts the update the extension sends, after the trip through postMessage', () => {
        const update = updateMessage({
            scorecard: bankScorecard,
            stale: true,
            title: 'bank.strat',
            controls: { scope: 'file' },
            state: { target: { scope: 'file', documentUri: BANK } },
        });
        expect(parseExtensionMessage(wire(update))).toEqual(update);
    });

    it.each<ExtensionMessage>([
        { type: 'scrollTo', uri: BANK, line: 40 },
        { type: 'update', body: '', controls: { scope: 'workspace' }, state: { target: { scope: 'workspace' } } },
    ])('accepts %j', (message) => {
        expect(parseExtensionMessage(wire(message))).toEqual(message);
    });

    it.each([
        { type: 'update', html: '<p>the old protocol</p>' },
        { type: 'update', body: '<p></p>', state: { target: { scope: 'file' } } },
        { type: 'update', body: '<p></p>', controls: { scope: 'file' } },
        { type: 'update', body: 42, controls: { scope: 'file' }, state: { target: { scope: 'file' } } },
        { type: 'update', body: '', controls: { scope: 'everything' }, state: { target: { scope: 'file' } } },
        { type: 'scrollTo', uri: BANK },
        { type: 'scrollTo', uri: BANK, line: -2 },
        { type: 'reveal', uri: BANK, line: 1, character: 0 },
        'update',
    ])('ignores %j', (message) => {
        expect(parseExtensionMessage(message)).toBeUndefined();
    });
});

describe('the saved page state and the toolbar controls', () => {
    it('keeps every usable field of a saved state', () => {
        const state = { target: { scope: 'file', documentUri: BANK }, scrollY: 120.5, groupBy: 'perspective' };
        expect(parseSavedState(wire(state))).toEqual(state);
        expect(parseSavedState({ target: { scope: 'workspace' } })).toEqual({ target: { scope: 'workspace' } });
    });

    it('keeps every KPI grouping the scorecard offers, "needs attention" included', () => {
        for (const groupBy of KPI_GROUPINGS) expect(parseSavedState(wire({ groupBy }))).toEqual({ groupBy });
        expect(KPI_GROUPINGS).toContain('attention');
        // the groupings are the scorecard's radios, one for one: a choice the page keeps is one it can show
        const radios = [...renderScorecardMainHtml(bankScorecard).matchAll(/<input class="group-radio" type="radio" name="strat-group-by" id="strat-group-([a-z]+)" value="([a-z]+)"/g)];
        expect(radios.map((m) => m[1])).toEqual([...KPI_GROUPINGS]);
        expect(radios.map((m) => m[2])).toEqual([...KPI_GROUPINGS]);
    });

    it('drops what it cannot use, and never throws', () => {
        expect(parseSavedState({ target: { scope: 'all' }, scrollY: -1, groupBy: 'colour', other: 1 })).toEqual({});
        expect(parseSavedState({ scrollY: Number.NaN, groupBy: 'strategy' })).toEqual({ groupBy: 'strategy' });
        expect(parseSavedState({ target: { scope: 'file', documentUri: 7 } })).toEqual({ target: { scope: 'file' } });
        for (const junk of [undefined, null, 'state', 42, [], Object.create(null) as unknown]) expect(parseSavedState(junk)).toEqual({});
    });

    it('reads the toolbar controls', () => {
        expect(parsePreviewControls({ scope: 'workspace', other: true })).toEqual({ scope: 'workspace' });
        expect(parsePreviewControls({ scope: 'both' })).toBeUndefined();
        expect(parsePreviewControls(undefined)).toBeUndefined();
    });
});
