/**
 * The preview's logic that needs no editor (packages/extension/src/preview, commands): what a
 * preview shows and when it refreshes, what it keeps while the text has syntax errors, where a
 * reveal may go, and what "Export Scorecard…" writes. (The protocol and the page have their own
 * files: preview-protocol.test.ts, preview-page.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { renderScorecardHtml, renderScorecardMarkdown } from '@strat/language/render';
import { LastGoodScorecard } from '../../packages/extension/src/preview/last-good-scorecard.js';
import { placeholderPage } from '../../packages/extension/src/preview/placeholder-page.js';
import {
    documentName,
    isAffectedBy,
    pageHeading,
    panelTitle,
    parsePreviewState,
    previewState,
    sameUri,
    scorecardParams,
    targetKey,
} from '../../packages/extension/src/preview/preview-target.js';
import { RefreshQueue } from '../../packages/extension/src/preview/refresh-queue.js';
import { okrLocation, scorecardDocuments } from '../../packages/extension/src/preview/scorecard-locations.js';
import { EXPORT_FORMATS, exportFileName, exportFormat, exportText } from '../../packages/extension/src/commands/export-formats.js';
import { audienceNote, audienceSetting } from '../../packages/extension/src/preview/audience-setting.js';
import { bankScorecard, emptyScorecard } from '../scorecard/fixtures.js';

const BANK = 'file:///home/ana/strategy/bank.strat';
const OTHER = 'file:///home/ana/strategy/retailer.strat';

/** A promise and its resolver, to hold a refresh "in flight". */
function deferred(): { promise: Promise<void>; resolve: () => void } {
    let resolve: () => void = () => undefined;
    const promise = new Promise<void>((done) => {
        resolve = done;
    });
    return { promise, resolve };
}

describe('what a preview shows', () => {
    it('keys previews by document, with one for the whole workspace', () => {
        expect(targetKey({ scope: 'file', documentUri: BANK })).toBe(`file:${BANK}`);
        expect(targetKey({ scope: 'workspace', documentUri: BANK })).toBe('workspace');
        expect(targetKey({ scope: 'file', documentUri: undefined }), 'a file preview without a file is the workspace').toBe('workspace');
    });

    it('asks the server for the scope it shows', () => {
        expect(scorecardParams({ scope: 'file', documentUri: BANK })).toEqual({ scope: 'file', uri: BANK });
        expect(scorecardParams({ scope: 'workspace', documentUri: BANK })).toEqual({ scope: 'workspace' });
    });

    it('refreshes a file preview only when its document was validated, a workspace preview always', () => {
        expect(isAffectedBy({ scope: 'file', documentUri: BANK }, [OTHER, BANK])).toBe(true);
        expect(isAffectedBy({ scope: 'file', documentUri: BANK }, [OTHER])).toBe(false);
        expect(isAffectedBy({ scope: 'workspace', documentUri: BANK }, [OTHER])).toBe(true);
        expect(isAffectedBy({ scope: 'workspace', documentUri: undefined }, [])).toBe(false);
    });

    it('matches URIs however the server and VS Code encode them', () => {
        expect(sameUri('file:///c%3A/strategy/bank.strat', 'file:///C:/strategy/bank.strat')).toBe(true);
        expect(sameUri('file:///home/ana/my%20strategy.strat', 'file:///home/ana/my strategy.strat')).toBe(true);
        expect(sameUri(BANK, OTHER)).toBe(false);
        expect(sameUri(undefined, BANK)).toBe(false);
    });

    it('names the panel and the page after the file or the workspace', () => {
        expect(documentName('file:///home/ana/my%20strategy.strat')).toBe('my strategy.strat');
        expect(panelTitle({ scope: 'file', documentUri: BANK })).toBe('Scorecard: bank.strat');
        expect(panelTitle({ scope: 'workspace', documentUri: BANK })).toBe('Scorecard: workspace');
        expect(pageHeading({ scope: 'file', documentUri: BANK }, 'acme')).toBe('bank.strat');
        expect(pageHeading({ scope: 'workspace', documentUri: BANK }, 'acme')).toBe('acme workspace');
        expect(pageHeading({ scope: 'workspace', documentUri: undefined }, undefined)).toBe('Whole workspace');
    });
});

describe('restoring a preview after a window reload (the page state)', () => {
    it('reads back the target it keeps in the page state', () => {
        for (const target of [
            { scope: 'file', documentUri: BANK },
            { scope: 'workspace', documentUri: BANK },
            { scope: 'workspace', documentUri: undefined },
            { scope: 'file', documentUri: 'untitled:Untitled-1' },
        ] as const) {
            const state = JSON.parse(JSON.stringify({ scrollY: 120, groupBy: 'perspective', ...previewState(target) })) as unknown;
            expect(parsePreviewState(state), JSON.stringify(target)).toEqual(target);
        }
    });

    it('gives no target for a state without a usable one, and never throws', () => {
        const invalid: unknown[] = [
            undefined,
            null,
            42,
            'file',
            [],
            {},
            { scrollY: 10 },
            { target: null },
            { target: 'workspace' },
            { target: {} },
            { target: { scope: 'everything' } },
            { target: { scope: 'file' } },
            { target: { scope: 'file', documentUri: 42 } },
            { target: { scope: 'file', documentUri: '' } },
            { target: { scope: 'file', documentUri: '/home/ana/bank.strat' } },
            { target: { scope: 'file', documentUri: 'command:workbench.action.reloadWindow' } },
            { target: { scope: 'file', documentUri: `file:///${'a'.repeat(10_000)}.strat` } },
            Object.create(null) as unknown,
        ];
        for (const state of invalid) {
            expect(() => parsePreviewState(state)).not.toThrow();
            expect(parsePreviewState(state), JSON.stringify(state)).toBeUndefined();
        }
    });

    it('keeps a workspace target when only its remembered document is unusable', () => {
        expect(parsePreviewState({ target: { scope: 'workspace', documentUri: 'https://example.com/x.strat' } })).toEqual({ scope: 'workspace', documentUri: undefined });
        expect(parsePreviewState({ target: { scope: 'workspace', documentUri: 7 } })).toEqual({ scope: 'workspace', documentUri: undefined });
    });
});

describe('refreshing without timers', () => {
    it('runs one follow-up for any number of requests made while a refresh is in flight', async () => {
        const gates = [deferred(), deferred()];
        let runs = 0;
        const queue = new RefreshQueue(async () => {
            await gates[runs++]?.promise;
        }, (error) => {
            throw error;
        });
        queue.request();
        for (let i = 0; i < 5; i++) queue.request();
        expect(runs).toBe(1);
        gates[0]?.resolve();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(runs, 'one follow-up').toBe(2);
        gates[1]?.resolve();
        await queue.idle();
        expect(runs, 'and no more').toBe(2);
    });

    it('reports a failed refresh and keeps serving later requests', async () => {
        const errors: unknown[] = [];
        let runs = 0;
        const queue = new RefreshQueue(async () => {
            runs++;
            if (runs === 1) throw new Error('server gone');
        }, (error) => errors.push(error));
        queue.request();
        await queue.idle();
        queue.request();
        await queue.idle();
        expect(runs).toBe(2);
        expect(errors.map(String)).toEqual(['Error: server gone']);
    });

    it('runs nothing once disposed', async () => {
        let runs = 0;
        const queue = new RefreshQueue(async () => {
            runs++;
        }, () => undefined);
        queue.dispose();
        queue.request();
        await queue.idle();
        expect(runs).toBe(0);
    });
});

describe('while the text has syntax errors', () => {
    it('shows the last good scorecard, marked stale, until the text parses again', () => {
        const lastGood = new LastGoodScorecard();
        expect(lastGood.accept({ scorecard: bankScorecard, hasSyntaxErrors: false })).toEqual({ scorecard: bankScorecard, stale: false });
        expect(lastGood.accept({ scorecard: emptyScorecard, hasSyntaxErrors: true })).toEqual({ scorecard: bankScorecard, stale: true });
        expect(lastGood.accept({ scorecard: emptyScorecard, hasSyntaxErrors: false })).toEqual({ scorecard: emptyScorecard, stale: false });
    });

    it('shows what could be read, marked stale, when there never was a good state', () => {
        const lastGood = new LastGoodScorecard();
        expect(lastGood.accept({ scorecard: emptyScorecard, hasSyntaxErrors: true })).toEqual({ scorecard: emptyScorecard, stale: true });
        lastGood.accept({ scorecard: bankScorecard, hasSyntaxErrors: false });
        lastGood.reset();
        expect(lastGood.accept({ scorecard: emptyScorecard, hasSyntaxErrors: true }).scorecard, 'forgotten after reset').toBe(emptyScorecard);
    });
});

describe('where a reveal asked by the page may go', () => {
    it('knows the documents a scorecard refers to (a reveal may only go there) and where its OKRs are', () => {
        const documents = scorecardDocuments(bankScorecard);
        for (const kpi of bankScorecard.kpis) expect(documents.has(kpi.location.uri)).toBe(true);
        expect(documents.has('file:///etc/passwd')).toBe(false);
        const okr = bankScorecard.okrs[0];
        expect(okr && okrLocation(bankScorecard, okr.name)).toEqual(okr?.location);
        expect(okrLocation(bankScorecard, 'NoSuchOkr')).toBeUndefined();
    });
});

describe('the placeholder page', () => {
    it('has no script, a strict CSP, and escapes its text', () => {
        const page = placeholderPage('<img src=x onerror=alert(1)>', "https://x 'unsafe-eval'");
        expect(page).toContain(`content="default-src 'none'; style-src https://x 'unsafe-inline'"`);
        expect(page.toLowerCase()).not.toContain('<script');
        expect(page).not.toContain('<img');
        expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });
});

describe('"Export Scorecard…" writes what `strat scorecard --format` writes', () => {
    it('offers HTML, Markdown and JSON', () => {
        expect(EXPORT_FORMATS.map((format) => format.id)).toEqual(['html', 'md', 'json']);
        expect(exportFormat('pdf')).toBeUndefined();
    });

    it('renders each format as the CLI does (tests/cli/cli-scorecard.test.ts compares the bytes on the examples)', () => {
        const title = 'Scorecard — bank.strat';
        const html = exportFormat('html');
        const md = exportFormat('md');
        const json = exportFormat('json');
        expect(html && exportText(bankScorecard, html, 'bank.strat')).toBe(renderScorecardHtml(bankScorecard, { title }));
        expect(md && exportText(bankScorecard, md, 'bank.strat')).toBe(renderScorecardMarkdown(bankScorecard, { title }));
        expect(json && exportText(bankScorecard, json, 'bank.strat')).toBe(`${JSON.stringify(bankScorecard, null, 2)}\n`);
    });

    it('proposes a file name next to the strategy', () => {
        const html = exportFormat('html');
        const json = exportFormat('json');
        expect(html && exportFileName('bank.strat', html)).toBe('bank-scorecard.html');
        expect(json && exportFileName('Acme / Q3 strategy', json)).toBe('Acme-Q3-strategy-scorecard.json');
    });
});

describe('who the preview is for', () => {
    it('reads the setting strat.preview.audience: public only when it says so', () => {
        expect(audienceSetting('public')).toBe('public');
        for (const value of ['internal', undefined, null, 'PUBLIC', 'everyone', 1, {}]) expect(audienceSetting(value), String(value)).toBe('internal');
    });

    it('says that an export for everyone withholds the confidential figures', () => {
        expect(audienceNote('public')).toMatch(/everyone.*withheld/);
        expect(audienceNote('internal')).toBe('');
    });
});
