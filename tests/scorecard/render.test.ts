/**
 * Reading the scorecard: the exported HTML page, the `<main>` content other pages wrap (the VS
 * Code preview, with source links) and the Markdown view render every section, show statuses as
 * words, never turn missing data into 0, stay self-contained, and show hostile text only as text.
 * (The preview's own page is the extension's: tests/extension/preview-page.test.ts.)
 */

import { describe, expect, it } from 'vitest';
import {
    EXPORT_CSP,
    escapeAttribute,
    escapeHtml,
    escapeMarkdown,
    renderScorecardHtml,
    renderScorecardMainHtml,
    renderScorecardMarkdown,
} from '../../packages/language/src/scorecard/render/index.js';
import { formatNumber, formatFraction } from '../../packages/language/src/scorecard/render/format.js';
import { layoutStrategyMap } from '../../packages/language/src/scorecard/render/map-layout.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { bankScorecard, emptyScorecard, FIXTURES, largeScorecard, XSS_PAYLOADS, xssScorecard } from './fixtures.js';

const SECTION_IDS = ['strategy-map', 'seven-steps', 'kpi-scorecard', 'okr-board', 'diagnostics'];
const SECTION_HEADINGS = ['Strategy map', 'Seven steps', 'KPI scorecard', 'OKR board', 'Diagnostics'];

function exportHtml(scorecard: Scorecard): string {
    return renderScorecardHtml(scorecard, { title: 'Acme Bank' });
}

/** The `<main>` content as the VS Code preview shows it: every element linked to its source. */
function linkedMain(scorecard: Scorecard, extra: { stale?: boolean } = {}): string {
    return renderScorecardMainHtml(scorecard, { title: 'Acme Bank', sourceLinks: true, ...extra });
}

/** Every real tag of the page (user text cannot make one: its `<` is always escaped). */
function tags(html: string): string[] {
    return html.match(/<[a-zA-Z!/][^>]*>/g) ?? [];
}

/** Every attribute of every real tag as [name, value]; we always quote values with `"`. */
function attributes(html: string): [string, string][] {
    return tags(html).flatMap((tag) =>
        [...tag.matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']),
    );
}

function attributeNames(html: string): string[] {
    return attributes(html).map(([name]) => name);
}

/** The text of the first element with this class, tags stripped. */
function count(haystack: string, needle: string): number {
    return haystack.split(needle).length - 1;
}

describe('HTML scorecard: content', () => {
    it.each(Object.entries(FIXTURES))('renders every section for the %s fixture, on the exported page and in <main> with source links', (_name, scorecard) => {
        expect(exportHtml(scorecard).startsWith('<!DOCTYPE html>'), 'a complete document').toBe(true);
        expect(exportHtml(scorecard)).toContain('<main>');
        for (const html of [exportHtml(scorecard), linkedMain(scorecard)]) {
            expect(html).toContain('<header class="hero">');
            for (const id of SECTION_IDS) expect(html, `section #${id}`).toContain(`<section class="panel" id="${id}"`);
            for (const heading of SECTION_HEADINGS) expect(html, `heading ${heading}`).toContain(`>${heading}`);
        }
    });

    it('shows the ambition, its horizon and the page title in the header', () => {
        const html = exportHtml(bankScorecard);
        expect(html).toContain('<h1>Acme Bank</h1>');
        expect(html).toContain('Become the most appealing large bank to clients');
        expect(html).toContain('Horizon 2030');
        expect(html).toContain('<title>Acme Bank — Strategy scorecard</title>');
    });

    it('draws the strategy map as inline SVG with a node per element and edges', () => {
        const html = exportHtml(bankScorecard);
        const map = html.slice(html.indexOf('<svg class="map"'), html.indexOf('</svg>', html.indexOf('<svg class="map"')));
        expect(map).toContain('1 · Ambition');
        expect(map).toContain('5–7 · OKRs');
        expect(count(map, 'class="map-node map-ambition')).toBe(1);
        expect(count(map, 'class="map-node map-strategy')).toBe(4);
        expect(count(map, 'class="map-node map-kpi')).toBe(7);
        expect(count(map, 'class="map-node map-okr')).toBe(4);
        // 4 realizes + 7 monitors (DigitalSales twice, AppRating none) + 4 addresses
        expect(count(map, '<path class="map-edge')).toBe(15);
        // the KPI status is text in the map too, not only a colour
        expect(map).toContain('Red · 9,400 clients / ≥ 12,000 clients');
        expect(map).toContain('Amber · 21 / ≥ 30');
    });

    it('lays out 10 strategies and 50 KPIs without overlapping nodes', () => {
        const layout = layoutStrategyMap(largeScorecard);
        for (const column of layout.columns) {
            const ys = column.map((n) => n.y).sort((a, b) => a - b);
            for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(layout.nodeHeight);
            for (const node of column) expect(node.y + layout.nodeHeight).toBeLessThanOrEqual(layout.height);
        }
        expect(layout.columns[2]?.length).toBe(50);
        expect(layoutStrategyMap(largeScorecard)).toEqual(layout);
    });

    it('gives the seven-step overview with all counts and the gaps by code', () => {
        const html = exportHtml(bankScorecard);
        const steps = html.slice(html.indexOf('id="seven-steps"'), html.indexOf('id="kpi-scorecard"'));
        for (const name of ['Ambition', 'Strategy', 'KPI framework', 'Monitor', 'OKR', 'Improvement plan', 'Business as usual']) {
            expect(steps).toContain(name);
        }
        expect(steps).toContain('<strong>1</strong> ambition');
        expect(steps).toContain('<strong>4</strong> strategies');
        expect(steps).toContain('<strong>7</strong> of 7 KPIs monitored');
        expect(steps).toContain('<strong>2</strong> red KPIs');
        expect(steps).toContain('<strong>2</strong> active OKRs');
        expect(steps).toContain('<strong>1</strong> of 2 active OKRs with a plan');
        expect(steps).toContain('<strong>1</strong> closed OKR');
        expect(steps).toContain('Gaps found by the rules');
        expect(steps).toMatch(/<code>red-kpi-no-okr<\/code><\/td><td>.*?Info.*?<td>step 5<\/td><td class="num">2<\/td>/);
        expect(steps).toContain('<code>kr-count</code>');
    });

    it('shows each KPI status as a word, an icon and a colour — never colour alone', () => {
        const html = exportHtml(bankScorecard);
        for (const [status, word] of [
            ['green', 'Green'],
            ['amber', 'Amber'],
            ['red', 'Red'],
            ['unknown', 'Unknown'],
        ]) {
            expect(html).toMatch(new RegExp(`<span class="chip status s-${status}"[^>]*><svg class="si s-${status}"[^>]*>.*?</svg><span>${word}</span></span>`));
        }
    });

    it('shows value vs target and alert with unit, direction, trend, sparkline, time frame, owner and badges', () => {
        const html = exportHtml(bankScorecard);
        const card = html.slice(html.indexOf('<article class="card kpi-card s-red"'), html.indexOf('</article>', html.indexOf('<article class="card kpi-card s-red"')));
        expect(card).toContain('<span class="big">9,400</span> <span class="unit">clients</span>');
        expect(card).toContain('≥ 12,000 clients');
        expect(card).toContain('10,000 clients');
        expect(card).toContain('higher is better');
        expect(card).toContain('↑</span> improving');
        expect(card).toContain('<svg class="spark"');
        expect(card).toContain('quarterly');
        expect(card).toContain('Retail');
        expect(card).toContain('>Rewarded<');
        expect(card).toContain('>Confidential<');
        // lower-is-better KPI: improving points down
        expect(html).toContain('≤ 55%');
        expect(html).toContain('<span class="big">57.25%</span>');
        expect(html).toContain('lower is better');
    });

    it('groups KPIs by strategy and by perspective; a KPI of two strategies shows under both; unassigned KPIs too', () => {
        const html = exportHtml(bankScorecard);
        const byStrategy = html.slice(html.indexOf('<div class="by-strategy"'), html.indexOf('<div class="by-perspective"'));
        const byPerspective = html.slice(html.indexOf('<div class="by-perspective"'), html.indexOf('id="okr-board"'));
        expect(count(byStrategy, 'Share of sales closed digitally</h4>')).toBe(2);
        expect(byStrategy).toContain('<h3>Unassigned</h3>');
        expect(byStrategy).toContain('No KPI monitors this strategy yet');
        for (const p of ['Financial', 'Customer', 'Internal processes', 'Learning &amp; growth', 'Unassigned']) {
            expect(byPerspective).toContain(`<h3>${p}</h3>`);
        }
        expect(count(byPerspective, 'Share of sales closed digitally</h4>')).toBe(2);
        expect(html).toContain('<input class="group-radio" type="radio" name="strat-group-by" id="strat-group-strategy" value="strategy" checked>');
        const perspectiveFirst = renderScorecardHtml(bankScorecard, { groupBy: 'perspective' });
        expect(perspectiveFirst).toContain('id="strat-group-perspective" value="perspective" checked>');
    });

    it('shows the OKR board: score, grade, commitment, status, key results, check-ins, plan, addressed KPIs, parent', () => {
        const html = exportHtml(bankScorecard);
        const board = html.slice(html.indexOf('id="okr-board"'), html.indexOf('id="diagnostics"'));
        expect(board).toContain('Become the bank new clients choose first');
        expect(board).toContain('Cycle 2026-Q3');
        expect(board).toContain('>43%</text>');
        expect(board).toContain('aria-label="Score: 43%, grade Amber"');
        expect(board).toContain('>Aspirational<');
        expect(board).toContain('>Committed<');
        expect(board).toContain('>Active<');
        expect(board).toContain('>Closed<');
        expect(board).toContain('>Draft<');
        expect(board).toContain('role="progressbar"');
        expect(board).toContain('aria-valuenow="36"');
        expect(board).toContain('<span class="kr-pct">36%</span>');
        expect(board).toContain('From <b>5 days</b> → <b>1 days</b>');
        expect(board).toContain('Confidence <b>70%</b>');
        expect(board).toContain('<caption>Check-ins</caption>');
        expect(board).toContain('<td>2026-07-15</td><td class="num">4 days</td><td class="num">70%</td>');
        expect(board).toContain('Redesign mobile onboarding</span> <span class="state">Done</span>');
        expect(board).toContain('Same-day account opening</span> <span class="state">Open</span>');
        expect(board).toContain('owner CX · due 2026-08-31');
        expect(board).toContain('1 of 2 initiatives done');
        expect(board).toContain('5 · Addresses');
        expect(board).toContain('Supports <b>Become the bank new clients choose first</b>');
        expect(board).toContain('No improvement plan yet (step 6).');
    });

    it('shows null progress and a null score as "no data", never 0', () => {
        const html = exportHtml(bankScorecard);
        const paperless = html.slice(html.indexOf('Go paperless in every branch'), html.indexOf('</li>', html.indexOf('Go paperless in every branch')));
        expect(paperless).toContain('aria-valuetext="no data"');
        expect(paperless).not.toContain('aria-valuenow');
        expect(paperless).toContain('<span class="kr-pct nodata">no data</span>');
        expect(paperless).not.toMatch(/>0%</);
        const draft = html.slice(html.indexOf('Be the first bank young adults choose</h3>'));
        expect(draft).toContain('aria-label="Score: no data"');
        expect(draft).toContain('>No score<');
        const md = renderScorecardMarkdown(bankScorecard);
        expect(md).toMatch(/Go paperless in every branch `Paperless` \| no data \|/);
        expect(md).toContain('Score: no data');
    });

    it('lists diagnostics by severity with code, message and a 1-based file:line', () => {
        const html = exportHtml(bankScorecard);
        const diags = html.slice(html.indexOf('id="diagnostics"'));
        expect(diags).toContain('1 error<');
        expect(diags).toContain('3 warnings<');
        expect(diags).toContain('4 infos<');
        expect(diags).toContain('0 hints<');
        expect(diags).toContain('<code>kr-count</code>');
        // the error comes first; paths are relative to the shared folder, lines 1-based
        expect(diags.indexOf('kr-count')).toBeLessThan(diags.indexOf('strategy-no-kpi'));
        expect(diags).toContain('<span class="loc">okrs/2026-q3.strat:55</span>');
        expect(diags).toContain('<span class="loc">bank.strat:26</span>');
        expect(diags).not.toContain('/home/ana');
    });

    it('renders the empty scorecard with helpful empty states', () => {
        const html = exportHtml(emptyScorecard);
        expect(html).toContain('No ambition yet');
        expect(html).toContain('Nothing to map yet');
        expect(html).toContain('No KPIs yet');
        expect(html).toContain('No OKRs yet');
        expect(html).toContain('No problems found.');
        expect(html).toContain('The rules found no gaps.');
    });

    it('formats numbers with thousands separators and at most 2 decimals', () => {
        expect(formatNumber(12000)).toBe('12,000');
        expect(formatNumber(1234567.891)).toBe('1,234,567.89');
        expect(formatNumber(0.5)).toBe('0.5');
        expect(formatNumber(-3)).toBe('-3');
        expect(formatNumber(-0.001)).toBe('0');
        expect(formatNumber(null)).toBe('—');
        expect(formatNumber(Number.NaN)).toBe('—');
        expect(formatFraction(0.4285714)).toBe('43%');
        expect(formatFraction(null)).toBe('no data');
    });

    it('is deterministic', () => {
        expect(exportHtml(largeScorecard)).toBe(exportHtml(largeScorecard));
        expect(renderScorecardMarkdown(largeScorecard)).toBe(renderScorecardMarkdown(largeScorecard));
    });
});

describe('HTML scorecard: the exported page is self-contained', () => {
    it.each(Object.entries(FIXTURES))('%s: strict CSP, no script, no external URL', (name, scorecard) => {
        const html = exportHtml(scorecard);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`);
        expect(EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        expect(html.toLowerCase()).not.toContain('<script');
        for (const [attribute, value] of attributes(html)) {
            const where = `${attribute}="${value}"`;
            if (attribute === 'src') expect(value, where).toMatch(/^data:/);
            if (attribute === 'href') expect(value, where).toMatch(/^#/);
            expect(['srcset', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data'], where).not.toContain(attribute);
            if (attribute === 'style') expect(value, where).not.toMatch(/url\(/i);
        }
        const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
        expect(css).not.toMatch(/url\(|@import|https?:/);
        expect(html).toContain('@media (prefers-color-scheme: dark)');
        expect(html).toContain('@media print');
        if (name !== 'xss') expect(html).not.toMatch(/https?:\/\//);
        // nothing is interactive in an exported page
        expect(attributeNames(html)).not.toContain('tabindex');
        expect(html).not.toContain('role="link"');
        expect(html).not.toContain('data-uri=');
    });
});

describe('HTML scorecard: the <main> content with source links', () => {
    it('makes every element card and diagnostic focusable and marks it with its source location', () => {
        const html = linkedMain(bankScorecard);
        const links = html.match(/<[a-z]+ [^>]*role="link"[^>]*>/g) ?? [];
        for (const link of links) {
            expect(link).toContain('tabindex="0"');
            expect(link).toMatch(/data-uri="[^"]+" data-line="\d+" data-character="\d+"/);
        }
        const kinds = (kind: string): number => links.filter((l) => l.includes(`data-kind="${kind}"`)).length;
        expect(kinds('kpi')).toBeGreaterThanOrEqual(7 * 2);
        expect(kinds('okr')).toBe(4 * 2); // board card + map node
        expect(kinds('diagnostic')).toBe(8);
        expect(kinds('key-result')).toBe(7);
        expect(html).toContain('data-uri="file:///home/ana/acme/strategy/okrs/2026-q3.strat" data-line="54" data-character="4"');
    });

    it('has no source location without source links (the default)', () => {
        const plain = renderScorecardMainHtml(bankScorecard);
        expect(plain).not.toContain('data-uri=');
        expect(plain).not.toContain('role="link"');
        expect(plain).toContain('<h1>Strategy scorecard</h1>');
    });

    it('shows the stale marker when asked', () => {
        expect(linkedMain(bankScorecard, { stale: true })).toContain('Showing the last valid state — the file has syntax errors');
        expect(linkedMain(bankScorecard)).not.toContain('Showing the last valid state');
        expect(renderScorecardHtml(bankScorecard, { stale: true })).toContain('Showing the last valid state');
    });

    it('is the inside of <main> alone: what the exported page wraps and a preview update sends', () => {
        const main = renderScorecardMainHtml(bankScorecard, { title: 'Acme Bank' });
        expect(main).not.toContain('<main');
        expect(main).toContain('id="kpi-scorecard"');
        expect(exportHtml(bankScorecard)).toContain(`<main>${main}</main>`);
    });
});

describe('HTML scorecard: hostile text stays text', () => {
    const pages = { export: exportHtml(xssScorecard), main: linkedMain(xssScorecard) };

    it.each(Object.entries(pages))('%s: no payload appears unescaped', (which, html) => {
        for (const payload of XSS_PAYLOADS) {
            expect(html, payload).not.toContain(payload);
            // closing tags the page itself uses once are counted below
            for (const tag of payload.match(/<\/?[a-z]+/gi) ?? []) {
                if (!['</script', '</style', '</title', '<b', '</b', '<a', '</a'].includes(tag)) expect(html, `${tag} from ${payload}`).not.toContain(`${tag}>`);
            }
        }
        expect(html).toContain(escapeHtml('<img src=x onerror="window.__xss=1">').slice(0, 20));
        expect(html).toContain('&lt;/script&gt;&lt;script&gt;window.__xss=2&lt;/script&gt;');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        // no event-handler attribute and no unexpected element anywhere
        expect(attributeNames(html).filter((a) => /^on/i.test(a))).toEqual([]);
        const elements = new Set(tags(html).map((t) => /^<\/?([a-zA-Z0-9!]+)/.exec(t)?.[1]?.toLowerCase() ?? ''));
        for (const forbidden of ['img', 'iframe', 'link', 'object', 'embed', 'base', 'form']) expect(elements.has(forbidden), `<${forbidden}>`).toBe(false);
        // the page's own links are the section links, nothing else
        for (const anchor of tags(html).filter((t) => /^<a\s/i.test(t))) expect(anchor).toMatch(/^<a class="toc" href="#[a-z-]+">$/);
        for (const bold of tags(html).filter((t) => /^<b[\s>]/i.test(t))) expect(bold).toBe('<b>');
        expect(count(html, '<script')).toBe(0);
        expect(count(html, '</script>')).toBe(0);
        expect(count(html, '</style>')).toBe(which === 'main' ? 0 : 1);
        // SVG tooltips use <title> too: every one opened is closed by us, none by a payload
        expect(count(html, '</title>')).toBe(count(html, '<title>'));
    });

    it('keeps the full hostile title in the SVG tooltip, escaped', () => {
        const html = pages.export;
        expect(html).toMatch(/<title>KPI &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;#\d+: /);
    });

    it('escapes attributes too', () => {
        expect(escapeAttribute(`"' <>&`)).toBe('&quot;&#39; &lt;&gt;&amp;');
        expect(escapeHtml(`"' <>&`)).toBe(`"' &lt;&gt;&amp;`);
        const html = pages.main;
        expect(html).toMatch(/data-uri="javascript:window.__xss=9\/\/&lt;\/script&gt;&lt;script&gt;window.__xss=2&lt;\/script&gt;#2"/);
        expect(html).toContain('data-uri="file:///tmp/&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;#1/a.strat"');
    });

    it('stays escaped when a title option is hostile', () => {
        const html = renderScorecardHtml(emptyScorecard, { title: '</title><script>alert(1)</script>' });
        expect(html).not.toContain('<script>');
        expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — Strategy scorecard</title>');
    });
});

describe('Markdown scorecard', () => {
    it('has every section and the seven-step counts', () => {
        const md = renderScorecardMarkdown(bankScorecard, { title: 'Acme Bank' });
        expect(md.startsWith('# Acme Bank\n')).toBe(true);
        for (const heading of ['## Strategy map', '## Seven steps', '### Gaps found by the rules', '## KPI scorecard', '## OKR board', '## Diagnostics']) {
            expect(md).toContain(`\n${heading}\n`);
        }
        expect(md).toContain('> **Ambition: Become the most appealing large bank to clients** (`Appealing`) — horizon 2030');
        expect(md).toContain('| 4 | Monitor | 7 of 7 KPIs monitored | `kpi-no-actuals`'.slice(0, 40));
        expect(md).toContain('| 5 | OKR | 2 red KPIs · 2 active OKRs |');
    });

    it('draws the strategy map as a nested list', () => {
        const md = renderScorecardMarkdown(bankScorecard);
        expect(md).toContain('- 🎯 Ambition **Become the most appealing large bank to clients** (`Appealing`) — horizon 2030');
        expect(md).toContain('  - ♟️ Strategy **Serve clients digital\\-first**'.replace('\\-', '-'));
        expect(md).toContain('    - 🟠 KPI **Net Promoter Score** (`Nps`) — amber, 21 vs ≥ 30');
        expect(md).toContain('      - OKR **Become the bank new clients choose first** (`WinNewClients`) — 2026-Q3, active, 43% (amber)');
        expect(md).toContain('- _KPIs that monitor no strategy_');
    });

    it('shows statuses as words plus emoji and progress as text bars', () => {
        const md = renderScorecardMarkdown(bankScorecard);
        expect(md).toContain('| 🔴 red |');
        expect(md).toContain('| 🟠 amber |');
        expect(md).toContain('| 🟢 green |');
        expect(md).toContain('| ⚪ unknown |');
        expect(md).toContain('| ████░░░░░░ 36% |');
        expect(md).toContain('| █████░░░░░ 50% |');
        expect(md).toContain('- [x] Redesign mobile onboarding — done — owner CX · due 2026-08-31');
        expect(md).toContain('- [ ] Same-day account opening — owner Ops · due 2026-09-15');
        expect(md).toContain('| Error | `kr-count` | OKR FirstChoiceYouth has 1 key result; an objective needs 2 to 5. | okrs/2026-q3.strat:55 |');
    });

    it('groups by perspective on request', () => {
        const md = renderScorecardMarkdown(bankScorecard, { groupBy: 'perspective' });
        expect(md).toContain('### Learning & growth'.replace('&', '&amp;'));
        expect(md).toContain('### Unassigned');
    });

    it('escapes Markdown and HTML in user text: | < > * _ ` [ ]', () => {
        expect(escapeMarkdown('a | b')).toBe('a \\| b');
        expect(escapeMarkdown('<b>*x*_y_`z`</b> [l](u)')).toBe('&lt;b&gt;\\*x\\*\\_y\\_\\`z\\`&lt;/b&gt; \\[l\\](u)');
        expect(escapeMarkdown('line\nbreak')).toBe('line break');
        const md = renderScorecardMarkdown(xssScorecard);
        expect(md).not.toMatch(/<(img|script|svg|iframe|a|link|b)\b/i);
        expect(md).toContain('\\| pipe \\|');
        expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
        // every table row keeps its column count despite the pipes in user text
        const tables = md.split('\n\n').filter((block) => block.startsWith('| '));
        for (const block of tables) {
            const rows = block.split('\n').filter((row) => row !== '');
            const columns = (row: string): number => row.replace(/\\\|/g, '').split('|').length;
            for (const row of rows) expect(columns(row), row).toBe(columns(rows[0] ?? ''));
        }
    });

    it('renders the empty scorecard', () => {
        const md = renderScorecardMarkdown(emptyScorecard);
        expect(md).toContain('_Nothing to map yet._');
        expect(md).toContain('_No KPIs yet._');
        expect(md).toContain('_No OKRs yet._');
        expect(md).toContain('0 errors · 0 warnings · 0 infos · 0 hints');
    });
});
