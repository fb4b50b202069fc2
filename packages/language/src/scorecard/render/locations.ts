/**
 * Where things are, for people: `bank.strat:12` (1-based line) instead of a 0-based LSP
 * position in a full `file:///…` URI. Paths are shown relative to the folder all the
 * scorecard's files share, so an exported page does not leak the author's home folder.
 */

import type { Scorecard, ScorecardDiagnostic } from '../model.js';
import { severityRank } from './steps.js';

function directoryOf(uri: string): string {
    const cut = uri.lastIndexOf('/');
    return cut < 0 ? '' : uri.slice(0, cut + 1);
}

function decode(text: string): string {
    try {
        return decodeURIComponent(text);
    } catch {
        return text;
    }
}

function allUris(scorecard: Scorecard): string[] {
    const uris = new Set<string>();
    for (const a of scorecard.ambitions) uris.add(a.location.uri);
    for (const s of scorecard.strategies) uris.add(s.location.uri);
    for (const k of scorecard.kpis) uris.add(k.location.uri);
    for (const o of scorecard.okrs) uris.add(o.location.uri);
    for (const d of scorecard.diagnostics.items) uris.add(d.uri);
    return [...uris];
}

function commonDirectory(uris: readonly string[]): string {
    const first = uris[0];
    if (first === undefined) return '';
    let prefix = directoryOf(first);
    for (const uri of uris.slice(1)) {
        const dir = directoryOf(uri);
        while (prefix && !dir.startsWith(prefix)) prefix = directoryOf(prefix.slice(0, -1));
    }
    return prefix;
}

export interface Locator {
    /** The file as shown to people: its path relative to the common folder. */
    file(uri: string): string;
    /** `file:line`, the line 1-based. */
    at(uri: string, line0: number): string;
}

/** A locator for the files of this scorecard. */
export function locator(scorecard: Scorecard): Locator {
    const prefix = commonDirectory(allUris(scorecard));
    const file = (uri: string): string => {
        const relative = prefix && uri.startsWith(prefix) ? uri.slice(prefix.length) : uri;
        return decode(relative) || uri;
    };
    return {
        file,
        at: (uri, line0) => `${file(uri)}:${Number.isFinite(line0) ? Math.max(0, Math.trunc(line0)) + 1 : 1}`,
    };
}

/** Diagnostics most severe first, then by file, line and character (a stable order). */
export function sortedDiagnostics(scorecard: Scorecard): ScorecardDiagnostic[] {
    return scorecard.diagnostics.items
        .map((item, index) => ({ item, index }))
        .sort(
            (a, b) =>
                severityRank(a.item.severity) - severityRank(b.item.severity) ||
                (a.item.uri < b.item.uri ? -1 : a.item.uri > b.item.uri ? 1 : 0) ||
                a.item.range.start.line - b.item.range.start.line ||
                a.item.range.start.character - b.item.range.start.character ||
                a.index - b.index,
        )
        .map((entry) => entry.item);
}
