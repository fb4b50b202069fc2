/**
 * The banner that says who a scorecard is for: a public scorecard always says so (its figures of
 * confidential KPIs are withheld); the preview, which shows either, says it for the internal one too.
 */

import type { Scorecard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { lockIcon } from './html-icons.js';

/** The banner's words, shared with Markdown. */
export const AUDIENCE_BANNER = {
    public: 'Shown to everyone: the figures of confidential KPIs are withheld and confidential OKRs are left out.',
    internal: 'Internal: this scorecard shows the figures of confidential KPIs.',
} as const;

export function audienceBannerHtml(scorecard: Scorecard, internalToo: boolean): SafeHtml | null {
    if (scorecard.audience === 'public') {
        return html`<p class="audience-banner audience-public" role="note" data-audience="public">${lockIcon(15)}<span>${AUDIENCE_BANNER.public}</span></p>`;
    }
    return internalToo ? html`<p class="audience-banner audience-internal" role="note" data-audience="internal"><span>${AUDIENCE_BANNER.internal}</span></p>` : null;
}
