/**
 * The page the extension gives the preview webview (packages/extension/src/preview/preview-page.ts):
 * a strict CSP with the webview's source and a nonce, the page script loaded by `src` with that
 * nonce, the theme stylesheet, the state and the controls for the script, and the scorecard's
 * `<main>` with source links — the same markup an update sends. Hostile text stays text, and
 * the editor theme gives every colour the scorecard's stylesheet needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIENCE_BANNER, EXPORT_THEME, scorecardStylesheet, SCORECARD_THEME_PROPERTIES } from '@strat/language/render';
import { forAudience } from '@strat/language';
import { scorecardPageCsp } from '../../packages/extension/src/preview/preview-csp.js';
import type { PageResources, ScorecardView } from '../../packages/extension/src/preview/preview-page.js';
import { previewBodyHtml, scorecardPageHtml, updateMessage } from '../../packages/extension/src/preview/preview-page.js';
import { parsePreviewControls, parseSavedState } from '../../packages/extension/src/preview/preview-protocol.js';
import { parsePreviewState, previewState } from '../../packages/extension/src/preview/preview-target.js';
import { REPO_ROOT } from '../support/paths.js';
import { bankScorecard, emptyScorecard, XSS_PAYLOADS, xssScorecard } from '../scorecard/fixtures.js';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const RESOURCES: PageResources = {
    cspSource: CSP_SOURCE,
    nonce: 'r4nd0mN0nce+/=',
    scriptUri: `${CSP_SOURCE}/ext/dist/preview/preview.js`,
    stylesheetUri: `${CSP_SOURCE}/ext/dist/preview/preview.css`,
};
const BANK = 'file:///home/ana/acme/strategy/bank.strat';

function view(partial: Partial<ScorecardView> = {}): ScorecardView {
    return { scorecard: bankScorecard, stale: false, title: 'bank.strat', controls: { scope: 'file' }, state: previewState({ scope: 'file', documentUri: BANK }), ...partial };
}

function count(haystack: string, needle: string): number {
    return haystack.split(needle).length - 1;
}

/** The value of an attribute of the first tag that has it, unescaped as a browser would. */
function attribute(html: string, tag: string, name: string): string | undefined {
    const value = new RegExp(`<${tag}\\s[^>]*\\b${name}="([^"]*)"`).exec(html)?.[1];
    return value?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the preview page: what the webview may load', () => {
    it('has the webview CSP: nothing by default, styles and images from the webview source, scripts by nonce only', () => {
        const html = scorecardPageHtml(view(), RESOURCES);
        expect(attribute(html, 'meta', 'content')).toBe(
            `default-src 'none'; style-src ${CSP_SOURCE} 'unsafe-inline'; script-src 'nonce-r4nd0mN0nce+/='; img-src ${CSP_SOURCE} data:`,
        );
    });

    it('loads the page script by URI with the nonce, and no inline script', () => {
        const html = scorecardPageHtml(view(), RESOURCES);
        expect(count(html, '<script')).toBe(1);
        expect(html).toContain(`<script src="${RESOURCES.scriptUri}" nonce="r4nd0mN0nce+/="></script>`);
        expect(html).toContain(`<link rel="stylesheet" href="${RESOURCES.stylesheetUri}">`);
        // the theme stylesheet comes after the scorecard's, so that it wins ties
        expect(html.indexOf('<link rel="stylesheet"')).toBeGreaterThan(html.indexOf('</style>'));
    });

    it('takes the two sources that VS Code for the web and code-server give', () => {
        expect(scorecardPageCsp("'self' https://*.vscode-cdn.net", 'bm9uY2U=')).toBe(
            "default-src 'none'; style-src 'self' https://*.vscode-cdn.net 'unsafe-inline'; script-src 'nonce-bm9uY2U='; img-src 'self' https://*.vscode-cdn.net data:",
        );
    });

    it('never lets a resource option add a CSP directive or keyword, or break the page', () => {
        const html = scorecardPageHtml(view({ scorecard: emptyScorecard }), {
            cspSource: `https://x; script-src 'unsafe-inline' 'unsafe-eval'`,
            nonce: `abc'; script-src *; x='`,
            scriptUri: 'https://x/a.js"><script>alert(1)</script>',
            stylesheetUri: 'https://x/a.css',
        });
        const csp = attribute(html, 'meta', 'content') ?? '';
        const directives = csp.split(';').map((directive) => directive.trim().split(/\s+/));
        expect(directives.map((directive) => directive[0])).toEqual(['default-src', 'style-src', 'script-src', 'img-src']);
        expect(directives[1]?.filter((token) => token.startsWith("'")), csp).toEqual(["'unsafe-inline'"]);
        expect(directives[2], csp).toEqual(['script-src', "'nonce-abcscript-srcx='"]);
        expect(directives[3]?.filter((token) => token.startsWith("'")), csp).toEqual([]);
        expect(html, 'the script tag carries the nonce the CSP names').toContain(`nonce="abcscript-srcx="`);
        expect(count(html, '<script')).toBe(1);
        expect(scorecardPageCsp('', '')).toBe("default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; img-src data:");
    });
});

describe('the preview page: what the page script reads', () => {
    it('puts the target in <body data-state>, escaped, for the page to keep and the serializer to restore', () => {
        const uri = 'file:///home/ana/%22quoted%22%20%3Cb%3E.strat';
        const html = scorecardPageHtml(view({ state: previewState({ scope: 'file', documentUri: uri }) }), RESOURCES);
        const state = JSON.parse(attribute(html, 'body', 'data-state') ?? 'null') as unknown;
        expect(parseSavedState(state)).toEqual({ target: { scope: 'file', documentUri: uri } });
        expect(parsePreviewState(state)).toEqual({ scope: 'file', documentUri: uri });
    });

    it('puts the toolbar controls in <body data-controls> and leaves the toolbar to the script', () => {
        const html = scorecardPageHtml(view({ controls: { scope: 'workspace' } }), RESOURCES);
        expect(parsePreviewControls(JSON.parse(attribute(html, 'body', 'data-controls') ?? 'null'))).toEqual({ scope: 'workspace' });
        expect(html).toContain('<div class="preview-toolbar no-print" role="group" aria-label="Preview controls"></div>');
    });

    it('shows the scorecard in <main> with source links, the same markup an update sends', () => {
        const shown = view({ stale: true });
        const html = scorecardPageHtml(shown, RESOURCES);
        const body = previewBodyHtml(shown);
        expect(html).toContain(`<main>${body}</main>`);
        expect(updateMessage(shown)).toEqual({ type: 'update', body, controls: shown.controls, state: shown.state });
        expect(body).toContain('<h1>bank.strat</h1>');
        expect(body).toContain('Showing the last valid state');
        expect(body).toContain(`data-uri="${BANK}" data-line="`);
        expect(count(body, 'role="link"')).toBeGreaterThan(20);
    });

    it('says "Preview as: everyone" at the top of a public scorecard, and nothing of audiences on an internal one', () => {
        const everyone = previewBodyHtml(view({ scorecard: forAudience(bankScorecard, 'public') }));
        expect(everyone).toContain(AUDIENCE_BANNER.preview);
        expect(everyone.indexOf(AUDIENCE_BANNER.preview)).toBeLessThan(everyone.indexOf('<h1>'));
        expect(everyone).toContain('Confidential');
        const internal = previewBodyHtml(view());
        expect(internal).not.toContain('audience-banner');
    });
});

describe('the preview page: hostile text stays text', () => {
    const html = scorecardPageHtml(view({ scorecard: xssScorecard, title: '</title><script>alert(1)</script>' }), RESOURCES);

    it('shows no payload unescaped and has no element but its own', () => {
        for (const payload of XSS_PAYLOADS) expect(html, payload).not.toContain(payload);
        expect(count(html, '<script')).toBe(1);
        expect(count(html, '</script>')).toBe(1);
        expect(count(html, '<link')).toBe(1);
        expect(count(html, '</style>')).toBe(1);
        expect(count(html, '<iframe')).toBe(0);
        expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    });
});

describe('the preview theme', () => {
    const previewCss = readFileSync(join(REPO_ROOT, 'packages', 'extension', 'preview-src', 'preview.css'), 'utf8');

    /** The custom properties a stylesheet defines (`--name:`). */
    function defined(css: string): Set<string> {
        return new Set([...css.matchAll(/(--[a-z-]+)\s*:/g)].map((match) => match[1] ?? ''));
    }

    /** The custom properties a stylesheet reads without a fallback (`var(--name)`). */
    function readWithoutFallback(css: string): Set<string> {
        return new Set([...css.matchAll(/var\((--[a-z-]+)\)/g)].map((match) => match[1] ?? ''));
    }

    it('maps the editor theme onto every custom property the scorecard stylesheet needs', () => {
        const theme = defined(previewCss);
        for (const property of SCORECARD_THEME_PROPERTIES) {
            expect(theme.has(property), `${property} in preview.css`).toBe(true);
            expect(previewCss, `${property} follows a --vscode-* variable or is fixed on purpose`).toMatch(new RegExp(`${property}: (var\\(--vscode-|none)`));
        }
    });

    it('the scorecard stylesheet needs nothing else, and knows nothing of VS Code', () => {
        // print brings its own light palette; on screen the page's theme must give every colour
        const stylesheet = scorecardStylesheet({ sourceLinks: true });
        const screen = stylesheet.slice(0, stylesheet.indexOf('@media print'));
        const own = defined(screen);
        const needed = [...readWithoutFallback(screen)].filter((property) => !own.has(property));
        expect(needed.sort()).toEqual([...SCORECARD_THEME_PROPERTIES].sort());
        expect(stylesheet).not.toMatch(/--vscode-|vscode/);
        expect([...SCORECARD_THEME_PROPERTIES].filter((property) => !defined(EXPORT_THEME).has(property)), 'the exported page defines them too').toEqual([]);
    });
});
