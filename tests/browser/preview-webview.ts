/**
 * The scorecard preview page as VS Code loads it, in Chromium: the page the extension builds
 * (preview-page.ts) with the bundle esbuild.mjs builds from preview-src/ (the same options),
 * served from a stand-in webview origin so that the page's CSP, nonce and `<script src>` /
 * `<link href>` apply as in a webview. A stand-in for `acquireVsCodeApi` records what the page
 * posts and saves, and throws on a second call as VS Code does.
 */
import { build } from 'esbuild';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { previewBundleOptions } from '../../packages/extension/scripts/preview-bundle.mjs';
import type { ScorecardView } from '../../packages/extension/src/preview/preview-page.js';
import { scorecardPageHtml } from '../../packages/extension/src/preview/preview-page.js';
import type { PreviewScope } from '../../packages/extension/src/preview/preview-protocol.js';
import { PREVIEW_SCRIPT, PREVIEW_STYLESHEET } from '../../packages/extension/src/preview/preview-resources.js';

/** Where the stand-in webview serves the page and its resources from. */
export const WEBVIEW_ORIGIN = 'https://strat-preview.test';
/** `webview.cspSource` as VS Code for the web and code-server give it: two source expressions. */
export const WEBVIEW_CSP_SOURCE = `'self' ${WEBVIEW_ORIGIN}`;
export const PAGE_URL = `${WEBVIEW_ORIGIN}/index.html`;
export const SCRIPT_URL = `${WEBVIEW_ORIGIN}/${PREVIEW_SCRIPT.join('/')}`;
export const STYLESHEET_URL = `${WEBVIEW_ORIGIN}/${PREVIEW_STYLESHEET.join('/')}`;
export const NONCE = 'cHJldmlldy10ZXN0LW5vbmNl';

export interface PreviewBundle {
    script: string;
    stylesheet: string;
}

/** Builds preview.js and preview.css in memory, exactly as `npm run build` does (unminified). */
export async function buildPreviewBundle(): Promise<PreviewBundle> {
    const result = await build({ ...previewBundleOptions({ minify: false }), write: false, logLevel: 'silent' });
    const output = (name: string): string => {
        const file = result.outputFiles.find((candidate) => candidate.path.endsWith(`/${name}`) || candidate.path.endsWith(`\\${name}`));
        if (!file) throw new Error(`the preview bundle has no ${name}: ${result.outputFiles.map((f) => f.path).join(', ')}`);
        return file.text;
    };
    return { script: output('preview.js'), stylesheet: output('preview.css') };
}

/** A view of a scorecard as the extension shows it for one document (or the workspace). */
export function previewView(scorecard: Scorecard, scope: PreviewScope = 'file', extra: Partial<ScorecardView> = {}): ScorecardView {
    const documentUri = scorecard.kpis[0]?.location.uri ?? 'file:///home/ana/acme/strategy/bank.strat';
    return {
        scorecard,
        stale: false,
        title: scope === 'file' ? 'bank.strat' : 'acme workspace',
        controls: { scope },
        state: { target: scope === 'file' ? { scope, documentUri } : { scope } },
        ...extra,
    };
}

/** The page the extension would give the webview for `view`. */
export function previewPage(view: ScorecardView): string {
    return scorecardPageHtml(view, { cspSource: WEBVIEW_CSP_SOURCE, nonce: NONCE, scriptUri: SCRIPT_URL, stylesheetUri: STYLESHEET_URL });
}

export interface OpenPreview {
    page: Page;
    /** Every URL the page loaded (blocked requests are not). */
    requests: string[];
    /** Page errors, console errors and CSP violations. */
    problems: string[];
    close(): Promise<void>;
}

export interface OpenOptions {
    /** What `getState()` returns at first: what VS Code gives back to a page it rebuilds. */
    savedState?: unknown;
    /** Changes the page before it is served (e.g. an injected script). */
    alter?: (html: string) => string;
    context?: BrowserContextOptions;
}

/** The stand-in's records on `window` (init scripts are not subject to the page's CSP). */
export interface HostRecords {
    posted: unknown[];
    state: unknown;
    acquired: number;
    violations: string[];
}

export async function openPreview(browser: Browser, bundle: PreviewBundle, html: string, options: OpenOptions = {}): Promise<OpenPreview> {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, ...options.context });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('requestfinished', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    const body = options.alter ? options.alter(html) : html;
    const files: Record<string, { contentType: string; body: string }> = {
        [PAGE_URL]: { contentType: 'text/html; charset=utf-8', body },
        [SCRIPT_URL]: { contentType: 'text/javascript; charset=utf-8', body: bundle.script },
        [STYLESHEET_URL]: { contentType: 'text/css; charset=utf-8', body: bundle.stylesheet },
    };
    await context.route(`${WEBVIEW_ORIGIN}/**`, (route) => {
        const file = files[route.request().url()];
        return file ? route.fulfill({ status: 200, ...file }) : route.fulfill({ status: 404, body: '' });
    });
    await page.addInitScript((saved) => {
        const records: HostRecords = { posted: [], state: saved, acquired: 0, violations: [] };
        const w = window as unknown as { __host: HostRecords; acquireVsCodeApi: () => unknown };
        w.__host = records;
        document.addEventListener('securitypolicyviolation', (event) => records.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
        w.acquireVsCodeApi = () => {
            records.acquired++;
            if (records.acquired > 1) throw new Error('An instance of the VS Code API has already been acquired');
            return {
                postMessage: (message: unknown) => records.posted.push(message),
                getState: () => records.state,
                setState: (state: unknown) => {
                    records.state = state;
                },
            };
        };
    }, options.savedState);
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    return { page, requests, problems, close: () => context.close() };
}

export function hostRecords(page: Page): Promise<HostRecords> {
    return page.evaluate(() => (window as unknown as { __host: HostRecords }).__host);
}

/** Posts a message to the page as the extension does (`webview.postMessage`). */
export async function postToPage(page: Page, message: unknown): Promise<void> {
    await page.evaluate((m) => window.postMessage(m, '*'), message);
}
