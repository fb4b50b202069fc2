/**
 * What every HTML section needs: the scorecard, name lookups, a locator for `file:line`, and
 * how to mark an element with its source location. With source links every element card and
 * diagnostic is focusable (`tabindex="0"`, `role="link"`) and carries its location in
 * data-attributes (`data-uri`, `data-line`, `data-character`, `data-kind`) for a page script
 * that reveals it in an editor; without them (the exported page) the markup is plain and inert.
 */

import type { KpiCard, OkrCard, Scorecard, SourceLocation } from '../model.js';
import { html, trusted, type SafeHtml } from './escape.js';
import { indexByName } from './grouping.js';
import { locator, type Locator } from './locations.js';

/** Attributes (with a leading space) that mark an element with its source location; empty without source links. */
export type LinkAttributes = (location: SourceLocation, kind: string, label?: string) => SafeHtml;

export interface HtmlContext {
    scorecard: Scorecard;
    link: LinkAttributes;
    kpis: Map<string, KpiCard>;
    okrs: Map<string, OkrCard>;
    locate: Locator;
}

function position(value: number): number {
    return Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
}

const sourceLinkAttributes: LinkAttributes = (location, kind, label) =>
    html` tabindex="0" role="link" data-kind="${kind}" data-uri="${location.uri}" data-line="${position(location.range.start.line)}" data-character="${position(location.range.start.character)}"${label ? html` aria-label="${label}"` : null}`;

const noAttributes: LinkAttributes = () => trusted('');

export function htmlContext(scorecard: Scorecard, sourceLinks: boolean): HtmlContext {
    return {
        scorecard,
        link: sourceLinks ? sourceLinkAttributes : noAttributes,
        kpis: indexByName(scorecard.kpis),
        okrs: indexByName(scorecard.okrs),
        locate: locator(scorecard),
    };
}
