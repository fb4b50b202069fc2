/** The views of a public scorecard: "confidential" with a lock where a figure is withheld, never a blank; a banner says who it is for. */
import { beforeAll, describe, expect, it } from 'vitest';
import { forAudience } from '../../packages/language/src/scorecard/audience.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { renderScorecardMainHtml } from '../../packages/language/src/scorecard/render/render-body.js';
import { renderScorecardMarkdown } from '../../packages/language/src/scorecard/render/render-markdown.js';
import { AUDIENCE_BANNER } from '../../packages/language/src/scorecard/render/html-audience.js';
import { audienceScorecard } from './audience-fixture.js';

let internal: Scorecard;
let publicCard: Scorecard;

beforeAll(async () => {
    internal = await audienceScorecard();
    publicCard = forAudience(internal, 'public');
});

/** The markup of the first element of `tag` with `class` whose text holds `title`. */
function elementHolding(markup: string, className: string, title: string): string {
    const pattern = new RegExp(`<article class="[^"]*\\b${className}\\b[^"]*"[^>]*>(?:(?!</article>)[\\s\\S])*?${title}(?:(?!</article>)[\\s\\S])*</article>`);
    const found = pattern.exec(markup)?.[0];
    if (!found) throw new Error(`no ${className} holding ${title}`);
    return found;
}

const text = (markup: string) => markup.replace(/<title>[^<]*<\/title>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('HTML of a public scorecard', () => {
    it('says who it is for in a banner, worded for the preview there; the internal one has none', () => {
        expect(renderScorecardMainHtml(publicCard)).toContain(AUDIENCE_BANNER.public);
        expect(renderScorecardMainHtml(publicCard, { previewBanner: true })).toContain(AUDIENCE_BANNER.preview);
        expect(renderScorecardMainHtml(publicCard, { previewBanner: true })).not.toContain(AUDIENCE_BANNER.public);
        expect(renderScorecardMainHtml(internal)).not.toContain('audience-banner');
        expect(renderScorecardMainHtml(internal, { previewBanner: true })).not.toContain('audience-banner');
    });

    it('shows a confidential KPI\'s card with a lock and "confidential" for its status, value, sparkline, target, alert and trend', () => {
        const card = elementHolding(renderScorecardMainHtml(publicCard), 'kpi-card', 'Gross margin');
        expect(card).toContain('s-confidential');
        const words = text(card);
        expect(words).toMatch(/Gross margin Margin · monthly Confidential Confidential Its figures are not shared/);
        expect(words).toMatch(/Target confidential Alert confidential Trend confidential/);
        expect(card).toMatch(/<svg class="spark spark-empty spark-withheld"[^>]*aria-label="Actuals: confidential"/);
        expect(card.match(/class="si s-confidential"/g)?.length).toBeGreaterThanOrEqual(4);
    });

    it('shows the withheld key result and its OKR\'s score as "confidential", the other key result as it is', () => {
        const card = elementHolding(renderScorecardMainHtml(publicCard), 'okr-card', 'Win back our margin');
        const words = text(card);
        expect(words).toContain('Raise margin from [confidential] to [confidential]');
        expect(words).toMatch(/confidential From → target confidential Now confidential Confidence confidential/);
        expect(card).toContain('aria-label="Score: confidential"');
        expect(card).toMatch(/<text class="ring-text nodata"[^>]*>confidential<\/text>/);
        expect(words).toMatch(/From 24 → 35 Now 25/);
    });

    it('writes "confidential" on the strategy map\'s node of a confidential KPI', () => {
        const map = /<svg class="map"[\s\S]*?<\/svg>/.exec(renderScorecardMainHtml(publicCard))?.[0] ?? '';
        expect(map).toContain('Gross margin');
        expect(map).toMatch(/KPI Margin: Gross margin — 🔒 Confidential/);
        expect(map).toMatch(/OKR WinMargin: Win back our margin — 2026-Q3 · Active · confidential/);
    });
});

describe('Markdown of a public scorecard', () => {
    it('says who it is for and writes "🔒 confidential" where a figure is withheld', () => {
        const md = renderScorecardMarkdown(publicCard);
        expect(md).toContain(`> 🔒 ${AUDIENCE_BANNER.public}`);
        expect(md).toContain('| **Gross margin** `Margin` | 🔒 confidential |   | 🔒 confidential | 🔒 confidential | 🔒 confidential | 🔒 confidential | 🔒 confidential | monthly | 🔒 confidential |');
        expect(md).toContain('KPI health: 🟢 0 green · 🟠 1 amber · 🔴 0 red · ⚪ 0 unknown · 🔒 3 confidential');
        expect(md).toContain('Score: 🔒 confidential');
        expect(md).toMatch(/\| Raise margin from \\\[confidential\\\] to \\\[confidential\\\] `MarginUp` \| 🔒 confidential \|/);
        expect(renderScorecardMarkdown(internal)).not.toContain('🔒');
    });
});
