/**
 * The banner that says who a scorecard is for: a public scorecard always says so (its figures of
 * confidential KPIs are withheld). The preview words it as the choice it is ("Preview as:
 * everyone"); an internal scorecard has no banner.
 */

import type { Scorecard } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { lockIcon } from './html-icons.js';

/** The banner's words, shared with Markdown: in an export, and in the editor's preview. */
export const AUDIENCE_BANNER = {
    public: 'Shown to everyone: the figures of confidential KPIs are withheld and confidential OKRs are left out.',
    preview: 'Preview as: everyone — confidential figures are hidden, confidential OKRs are left out.',
} as const;

/** `preview`: the words of the editor's preview. */
export function audienceBannerHtml(scorecard: Scorecard, preview: boolean): SafeHtml | null {
    if (scorecard.audience !== 'public') return null;
    return html`<p class="audience-banner audience-public" role="note" data-audience="public">${lockIcon(15)}<span>${preview ? AUDIENCE_BANNER.preview : AUDIENCE_BANNER.public}</span></p>`;
}
