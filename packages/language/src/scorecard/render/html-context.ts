/**
 * What every HTML section needs: the scorecard, name lookups, a locator for `file:line`, and
 * how to make an element revealable. In the VS Code preview every element card and diagnostic
 * is focusable (`tabindex="0"`, `role="link"`) and carries its location in data-attributes for
 * the script; in an exported page the same markup is plain and inert.
 */

import type { KpiCard, OkrCard, Scorecard, SourceLocation } from '../model.js';
import { html, trusted, type SafeHtml } from './escape.js';
import { indexByName } from './grouping.js';
import { locator, type Locator } from './locations.js';

/** Attributes (with a leading space) that make an element revealable; empty in export. */
export type LinkAttributes = (location: SourceLocation, kind: string, label?: string) => SafeHtml;

export interface HtmlContext {
    scorecard: Scorecard;
    interactive: boolean;
    link: LinkAttributes;
    kpis: Map<string, KpiCard>;
    okrs: Map<string, OkrCard>;
    locate: Locator;
}

function position(value: number): number {
    return Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
}

const revealAttributes: LinkAttributes = (location, kind, label) =>
    html` tabindex="0" role="link" data-kind="${kind}" data-uri="${location.uri}" data-line="${position(location.range.start.line)}" data-character="${position(location.range.start.character)}"${label ? html` aria-label="${label}"` : null}`;

const noAttributes: LinkAttributes = () => trusted('');

export function htmlContext(scorecard: Scorecard, interactive: boolean): HtmlContext {
    return {
        scorecard,
        interactive,
        link: interactive ? revealAttributes : noAttributes,
        kpis: indexByName(scorecard.kpis),
        okrs: indexByName(scorecard.okrs),
        locate: locator(scorecard),
    };
}
