/**
 * The messages between the extension and the preview page (see html-script.ts in the language
 * package). What comes from the page is checked before use: a webview is untrusted input. Pure.
 */
import type { Scorecard, SourceLocation } from '@strat/language';
import type { PreviewState } from './preview-target.js';

/** Page → extension: show this place in the editor (0-based, as in LSP). */
export interface RevealMessage {
    type: 'reveal';
    uri: string;
    line: number;
    character: number;
}

/** Page → extension: switch between this file and the whole workspace. */
export interface ToggleScopeMessage {
    type: 'toggleScope';
}

export type PreviewMessage = RevealMessage | ToggleScopeMessage;

/** Extension → page: replace the inside of `<main>`. */
export interface UpdateMessage {
    type: 'update';
    html: string;
    /** Merged into the page's `vscode.setState` state. */
    state?: PreviewState;
}

/** Extension → page: scroll the element defined at this place into view. */
export interface ScrollToMessage {
    type: 'scrollTo';
    uri: string;
    line: number;
}

const MAX_POSITION = 10_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

function isPosition(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_POSITION;
}

/** The message, if it is one the preview sends; `undefined` for anything else. */
export function parsePreviewMessage(value: unknown): PreviewMessage | undefined {
    if (!isRecord(value)) return undefined;
    if (value.type === 'toggleScope') return { type: 'toggleScope' };
    if (value.type === 'reveal' && typeof value.uri === 'string' && value.uri.length > 0 && isPosition(value.line) && isPosition(value.character)) {
        return { type: 'reveal', uri: value.uri, line: value.line, character: value.character };
    }
    return undefined;
}

/** Every document the scorecard refers to: the page may only ask to reveal places in these. */
export function scorecardDocuments(scorecard: Scorecard): Set<string> {
    const locations: SourceLocation[] = [
        ...scorecard.ambitions.map((a) => a.location),
        ...scorecard.strategies.map((s) => s.location),
        ...scorecard.kpis.map((k) => k.location),
        ...scorecard.okrs.flatMap((o) => [o.location, ...o.keyResults.map((kr) => kr.location)]),
    ];
    return new Set([...locations.map((l) => l.uri), ...scorecard.diagnostics.items.map((d) => d.uri)]);
}

/** Where an OKR is defined, by name (for the code lens "open the scorecard at this OKR"). */
export function okrLocation(scorecard: Scorecard, name: string): SourceLocation | undefined {
    return scorecard.okrs.find((okr) => okr.name === name)?.location;
}
