/**
 * Reading the scorecard against a reference date (docs/language.md#time): the HTML page and the
 * Markdown show the date, pace beside every progress bar with the expected progress marked,
 * provisional grades, a timeline per cycle, stale KPIs, overdue initiatives and the KPIs that
 * need attention — and without a reference date none of it (no empty timeline, no "null").
 * The scorecard is built from text by the real builder (time-fixture.ts).
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { renderScorecardHtml, renderScorecardMainHtml, renderScorecardMarkdown } from '../../packages/language/src/scorecard/render/index.js';
import { kpisNeedingAttention } from '../../packages/language/src/scorecard/render/attention.js';
import { asOfText, formatDayLong, formatDayShort } from '../../packages/language/src/scorecard/render/day-format.js';
import type { KpiCard, Scorecard } from '../../packages/language/src/scorecard/model.js';
import { bankScorecard } from './fixtures.js';
import { LONG_INITIATIVE, LONG_KPI_TITLE, timeScorecard } from './time-fixture.js';
import { workspaceOf } from '../support/workspace.js';
import { forAudience } from '../../packages/language/src/scorecard/audience.js';

let dated: Scorecard;
let undated: Scorecard;
let page: string;
let md: string;

beforeAll(async () => {
    [dated, undated] = await Promise.all([timeScorecard(), timeScorecard(null)]);
    page = renderScorecardHtml(dated, { title: 'Acme Bank' });
    md = renderScorecardMarkdown(dated, { title: 'Acme Bank' });
});

/** The markup from the element that starts with `start` to the end of the `tag` it opens (no nesting of the same tag inside). */
function element(html: string, start: string, tag: string): string {
    const from = html.indexOf(start);
    expect(from, `${start} is on the page`).toBeGreaterThanOrEqual(0);
    return html.slice(from, html.indexOf(`</${tag}>`, from));
}

/** An OKR card, found by its objective. */
function okrCard(html: string, objective: string): string {
    const heading = html.indexOf(`<h3>${objective}</h3>`);
    expect(heading, `OKR "${objective}"`).toBeGreaterThanOrEqual(0);
    const from = html.lastIndexOf('<article', heading);
    return html.slice(from, html.indexOf('</article>', heading));
}

/** A KPI card in the "by strategy" view, found by its title. */
function kpiCard(html: string, title: string): string {
    const view = element(html, '<div class="by-strategy"', 'section');
    const heading = view.indexOf(`>${title}</h4>`);
    expect(heading, `KPI "${title}"`).toBeGreaterThanOrEqual(0);
    return view.slice(view.lastIndexOf('<article', heading), view.indexOf('</article>', heading));
}

/** Text without tags, as a reader sees it (entities left as they are). */
function text(html: string): string {
    return html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('days as the views print them', () => {
    it('reads YYYY-MM-DD as a day, and prints anything else as it is', () => {
        expect(formatDayLong('2026-08-17')).toBe('17 August 2026');
        expect(formatDayLong('2026-01-01')).toBe('1 January 2026');
        expect(formatDayShort('2026-12-31')).toBe('31 Dec 2026');
        expect(formatDayLong('2026-13-01')).toBe('2026-13-01');
        expect(formatDayShort('<b>')).toBe('<b>');
        expect(asOfText('2026-08-17')).toBe('As of 17 August 2026');
        expect(asOfText(null)).toBe('No reference date');
    });
});

describe('HTML scorecard with a reference date', () => {
    it('says the reference date in the header', () => {
        const hero = element(page, '<header class="hero">', 'header');
        expect(hero).toContain('<p class="as-of"><time datetime="2026-08-17">As of 17 August 2026</time></p>');
    });

    it('marks on each key result’s bar where it should be by now, and names its pace in words, shape and colour', () => {
        const win = okrCard(page, 'Become the bank new clients choose first');
        // day 48 of 92: 52% of the cycle has passed
        expect(win.match(/<span class="expected" style="left:52%" aria-hidden="true"><\/span>/g)).toHaveLength(2);
        expect(win).toContain('aria-valuenow="36" aria-valuetext="36%, expected by now 52%: behind"');
        expect(win).toContain('aria-valuenow="50" aria-valuetext="50%, expected by now 52%: on track"');
        expect(win).toMatch(/<div class="kr-bar paced s-amber">.*?<span class="chip status pace s-amber" title="Pace: behind — [^"]+"><svg class="si s-amber"[^>]*>.*?<\/svg><span>Behind<\/span><\/span><\/div>/);
        expect(win).toMatch(/<span class="chip status pace s-green"[^>]*><svg class="si s-green"[^>]*>.*?<\/svg><span>On track<\/span><\/span>/);
        expect(win).toContain('Expected by now <b>52%</b>');
        const stalled = okrCard(page, 'Make onboarding effortless');
        expect(stalled).toMatch(/<span class="chip status pace s-red"[^>]*>.*?<span>At risk<\/span>/);
        const next = okrCard(page, 'Open the first youth branch');
        expect(next).toMatch(/<span class="chip status pace s-unknown"[^>]*>.*?<span>Not started<\/span>/);
        expect(next).toContain('<span class="expected" style="left:0%"');
    });

    it('shows the objective’s pace at its score: a tick on the ring, the pace chip, and both in the ring’s label', () => {
        const score = element(okrCard(page, 'Become the bank new clients choose first'), '<div class="score', 'div');
        expect(score).toContain('aria-label="Score: 43%, grade Amber (provisional); expected by now 52%: on track"');
        expect(score).toMatch(/<line class="ring-expected" x1="[\d.]+" y1="[\d.]+" x2="[\d.]+" y2="[\d.]+"\/>/);
        expect(okrCard(page, 'Become the bank new clients choose first')).toMatch(/<div class="score [^"]*">.*<span>On track<\/span><\/span><\/div>/);
    });

    it('reads a grade "provisional" while its cycle runs, and not once the cycle is over or the OKR closed', () => {
        for (const objective of ['Become the bank new clients choose first', 'Keep our margin healthy', 'Make onboarding effortless']) {
            expect(okrCard(page, objective), objective).toContain('<span class="grade-note" title="The cycle is still running: the grade can still change">provisional</span>');
        }
        expect(okrCard(page, 'Keep our margin healthy')).toContain('grade Red (provisional)');
        for (const objective of ['Win back our buyers', 'Fill the pipeline', 'Delight every visitor']) {
            expect(okrCard(page, objective), objective).not.toContain('provisional');
        }
    });

    it('draws a timeline per cycle with the reference date marked and where it falls in words', () => {
        const win = okrCard(page, 'Become the bank new clients choose first');
        expect(win).toContain('<div class="cycle"><div class="cycle-now">day 48 of 92, on track</div>');
        expect(win).toContain('aria-label="Cycle 2026-Q3 from 1 July 2026 to 30 September 2026: day 48 of 92, on track — as of 17 August 2026"');
        expect(win).toContain('<span class="cycle-today" style="left:52%"></span>');
        expect(win).toContain('<span class="cycle-end">1 Jul 2026</span><span class="cycle-end">30 Sep 2026</span>');
        expect(okrCard(page, 'Win back our buyers')).toContain('<div class="cycle-now">cycle ended 2026-06-30, at risk</div>');
        expect(okrCard(page, 'Win back our buyers')).toContain('<span class="cycle-today" style="left:100%"></span>');
        expect(okrCard(page, 'Open the first youth branch')).toContain('<div class="cycle-now">cycle starts 2026-10-01</div>');
        expect(okrCard(page, 'Fill the pipeline')).toContain('<div class="cycle-now">cycle ended 2026-03-31</div>');
    });

    it('marks stale KPIs in words with their freshness, and says how long the others stay fresh', () => {
        const nps = kpiCard(page, 'Net Promoter Score');
        expect(nps).toMatch(/^<article class="card kpi-card s-amber kpi-stale"/);
        expect(nps).toContain('<span class="chip warn stale-chip" title="stale: no value since 2026-06; monthly">');
        expect(nps).toContain('<span>Stale</span>');
        expect(nps).toContain('<p class="freshness is-stale"><svg class="ti"');
        expect(nps).toContain('<span>stale: no value since 2026-06; monthly</span>');
        const sales = kpiCard(page, 'Sales');
        expect(sales).not.toContain('kpi-stale');
        expect(sales).not.toContain('Stale');
        expect(sales).toContain('<p class="freshness muted small">fresh until 2026-09-30; quarterly</p>');
        // where an OKR names the KPIs it addresses, a stale one says so too
        expect(okrCard(page, 'Make onboarding effortless')).toMatch(/5 · Addresses.*Net Promoter Score.*<span>Stale<\/span>/);
    });

    it('marks overdue initiatives in words, and counts them in the plan step', () => {
        const win = okrCard(page, 'Become the bank new clients choose first');
        expect(win).toContain(`<li class="open overdue">`);
        expect(win).toMatch(new RegExp(`<span class="what">${LONG_INITIATIVE}</span> <span class="chip warn overdue" title="Not done, and its due date has passed"><svg class="ti"[^>]*>.*?</svg><span>Overdue</span></span>`));
        expect(win).toContain('Redesign onboarding</span> <span class="state">Open</span>');
        expect(win).toContain('0 of 2 initiatives done, 1 overdue');
        // an OKR whose cycle is over no longer runs: its late initiative is not "overdue"
        const old = okrCard(page, 'Win back our buyers');
        expect(old).toContain('Sales sprint</span> <span class="state">Open</span>');
        expect(old).not.toContain('Overdue');
    });

    it('names the pace of the OKRs that address a KPI on its card', () => {
        expect(kpiCard(page, 'Net Promoter Score')).toContain('<span class="okr-state">· Active · at risk</span>');
        expect(kpiCard(page, 'Gross margin')).toContain('<span class="okr-state">· Active · behind</span>');
    });

    it('shows the meaning of the marks once, above the OKRs', () => {
        expect(element(page, 'id="okr-board"', 'section')).toContain('marks where progress should be by now: the share of the cycle that has passed.');
    });
});

describe('HTML scorecard: the KPIs that need attention', () => {
    it('offers "Needs attention" as a third radio with its count, without script', () => {
        const section = page.slice(page.indexOf('id="kpi-scorecard"'), page.indexOf('id="okr-board"'));
        expect(section).toContain('<input class="group-radio" type="radio" name="strat-group-by" id="strat-group-attention" value="attention">');
        expect(section).toContain('<label for="strat-group-attention">Needs attention <span class="count">4</span></label>');
        expect(section).toContain('<div class="by-attention" data-group-by="attention">');
        const attentionFirst = renderScorecardHtml(dated, { groupBy: 'attention' });
        expect(attentionFirst).toContain('id="strat-group-attention" value="attention" checked>');
        expect(attentionFirst).not.toContain('value="strategy" checked');
    });

    it('lists only those KPIs, most pressing first, each with its reasons', () => {
        const view = page.slice(page.indexOf('<div class="by-attention"'), page.indexOf('id="okr-board"'));
        const titles = [...view.matchAll(/<h4 class="card-title">([^<]*)<\/h4>/g)].map((m) => m[1]);
        // red and stale, then red, red, then at risk and stale; the fresh green KPI is not there
        expect(titles).toEqual([LONG_KPI_TITLE, 'Sales', 'Gross margin', 'Net Promoter Score']);
        const reasons = [...view.matchAll(/<p class="attention-reasons">(.*?)<\/p>/g)].map((m) => [...(m[1] ?? '').matchAll(/>([^<>]+)<\/span>/g)].map((r) => r[1]));
        expect(reasons).toEqual([['Needs attention:', 'red', 'stale'], ['Needs attention:', 'red'], ['Needs attention:', 'red'], ['Needs attention:', 'OKR at risk', 'stale']]);
        expect(view).toContain('title="a running OKR addressing it is at risk"');
        // the other views do not repeat the reasons
        expect(page.slice(page.indexOf('<div class="by-strategy"'), page.indexOf('<div class="by-attention"'))).not.toContain('attention-reasons');
    });

    it('orders by the heaviest reason first, then the next, then the scorecard’s order', () => {
        const base = dated.kpis[0] as KpiCard;
        const kpi = (name: string, attention: KpiCard['attention']): KpiCard => ({ ...base, name, attention });
        const scorecard: Scorecard = {
            ...dated,
            kpis: [kpi('Stale', ['stale']), kpi('None', []), kpi('RedStale', ['stale', 'red']), kpi('AtRisk', ['at-risk']), kpi('RedAtRisk', ['at-risk', 'red']), kpi('Red', ['red']), kpi('AtRiskStale', ['stale', 'at-risk'])],
        };
        expect(kpisNeedingAttention(scorecard).map((k) => k.name)).toEqual(['RedAtRisk', 'RedStale', 'Red', 'AtRiskStale', 'AtRisk', 'Stale']);
    });

    it('says so when no KPI needs attention', () => {
        const calm: Scorecard = { ...dated, kpis: dated.kpis.map((k) => ({ ...k, attention: [] })) };
        const html = renderScorecardMainHtml(calm);
        expect(html).toContain('<label for="strat-group-attention">Needs attention <span class="count">0</span></label>');
        expect(html).toContain('No KPI needs attention: none is red, stale, or addressed by an OKR at risk.');
    });
});

describe('HTML scorecard without a reference date', () => {
    it('shows no time judgement: no timeline, no mark, no pace, no provisional grade, no stale or overdue marker, no "null"', () => {
        const html = renderScorecardHtml(undated, { title: 'Acme Bank' });
        expect(html).toContain('<p class="as-of no-date">No reference date</p>');
        const body = html.slice(html.indexOf('<main>'));
        for (const absent of ['class="cycle"', 'class="expected"', 'paced', 'chip status pace', 'ring-expected', 'grade-note', 'stale-chip', 'kpi-stale', 'class="freshness', 'overdue', 'pace-legend']) {
            expect(body, absent).not.toContain(absent);
        }
        expect(text(body)).not.toMatch(/\bnull\b|\bundefined\b|\bNaN\b|provisional|Expected by now|fresh until/i);
        // red KPIs still need attention: that needs no date
        expect(body).toContain('<label for="strat-group-attention">Needs attention <span class="count">3</span></label>');
    });

    it('keeps a key result’s bar as it was', () => {
        const html = renderScorecardMainHtml(undated);
        expect(html).toContain('<div class="kr-bar"><div class="progress" role="progressbar" aria-label="Progress of “Increase NPS from 21 to 35”" aria-valuemin="0" aria-valuemax="100" aria-valuenow="36" aria-valuetext="36%"><span class="progress-fill" style="width:36%"></span></div><span class="kr-pct">36%</span></div>');
        expect(html).toContain('aria-label="Score: 43%, grade Amber"');
    });

    it('renders the bank fixture, judged with no date, without time markup either', () => {
        const body = renderScorecardMainHtml(bankScorecard);
        expect(body).toContain('No reference date');
        expect(body).not.toMatch(/class="cycle"|class="expected"|grade-note|stale-chip|chip warn overdue/);
    });
});

describe('Markdown scorecard with a reference date', () => {
    it('says the reference date under the title', () => {
        expect(md.startsWith('# Acme Bank\n\n_As of 17 August 2026_\n')).toBe(true);
    });

    it('lists the KPIs that need attention before the KPI tables, most pressing first, with their reasons', () => {
        const list = md.slice(md.indexOf('### Needs attention'), md.indexOf('\n### ', md.indexOf('### Needs attention') + 1));
        expect(list.split('\n').filter((l) => l.startsWith('- '))).toEqual([
            `- 🔴 **${LONG_KPI_TITLE}** \`Complaints\` — red, stale (⏰ stale: no value since 2026-05; monthly)`,
            '- 🔴 **Sales** `Sales` — red',
            '- 🔴 **Gross margin** `Margin` — red',
            '- 🟠 **Net Promoter Score** `Nps` — OKR at risk, stale (⏰ stale: no value since 2026-06; monthly)',
        ]);
        expect(md.indexOf('### Needs attention')).toBeLessThan(md.indexOf('| KPI | Status |'));
    });

    it('gives each KPI its attention and freshness', () => {
        expect(md).toContain('| KPI | Status | Attention | Latest | Target | Alert | Trend | Actuals | Time frame | Freshness | Owner | Flags | Addressed by |');
        expect(md).toMatch(/\| \*\*Net Promoter Score\*\* `Nps` \| 🟠 amber \| OKR at risk, stale \| 21 \(2026-06\) \|.*\| monthly \| ⏰ stale: no value since 2026-06; monthly \|/);
        expect(md).toMatch(/\| \*\*Daily visits\*\* `Visits` \| 🟢 green \| {3}\| .*\| daily \| fresh until 2026-08-17; daily \|/);
    });

    it('gives each OKR its provisional grade, pace and place in the cycle, and each key result its pace', () => {
        expect(md).toContain('Score: **43%** 🟠 amber (provisional) · Pace: 🟢 on track');
        expect(md).toContain('📅 day 48 of 92, on track (1 Jul 2026 – 30 Sep 2026) · expected by now 52% (│ on the bars)');
        expect(md).toContain('| Key result | Progress | Pace | From → target | Now | Confidence | Measures |');
        expect(md).toContain('| Increase NPS from 21 to 35 `NpsUp` | ████░│░░░░░ 36% | 🟠 behind |');
        expect(md).toContain('| Cut account opening time from 5 days to 1 day `Fast` | █████│░░░░░ 50% | 🟢 on track |');
        expect(md).toContain('Score: **8%** 🔴 red · Pace: 🔴 at risk');
        expect(md).toContain('📅 cycle ended 2026-06-30, at risk (1 Apr 2026 – 30 Jun 2026) · expected by now 100% (│ on the bars)');
        expect(md).toContain('Pace: ⚪ not started');
        expect(md).toMatch(/Closed · Aspirational · No owner · Score: \*\*100%\*\* 🟢 green\n/);
        // a closed OKR has no pace: no mark of where it should be
        expect(md).toContain('| Raise leads from 30 to 60 | ██████████ 100% | — |');
    });

    it('marks overdue initiatives and counts them', () => {
        expect(md).toContain(`- [ ] ${LONG_INITIATIVE} — ⏰ **overdue** — due 2026-07-31`);
        expect(md).toContain('- [ ] Redesign onboarding — due 2026-08-31');
        expect(md).toContain('- [ ] Sales sprint — due 2026-06-30');
        expect(md).toContain('0 of 2 initiatives done, 1 overdue');
    });

    it('keeps every table row at its column count', () => {
        for (const block of md.split('\n\n').filter((b) => b.startsWith('| '))) {
            const rows = block.split('\n').filter((row) => row !== '');
            const columns = (row: string): number => row.replace(/\\\|/g, '').split('|').length;
            for (const row of rows) expect(columns(row), row).toBe(columns(rows[0] ?? ''));
        }
    });
});

describe('Markdown scorecard without a reference date', () => {
    it('has no time column, pace, cycle line, provisional grade, freshness or overdue marker', () => {
        const plain = renderScorecardMarkdown(undated);
        expect(plain.startsWith('# Strategy scorecard\n\n_No reference date_\n')).toBe(true);
        expect(plain).toContain('| KPI | Status | Attention | Latest | Target | Alert | Trend | Actuals | Time frame | Owner | Flags | Addressed by |');
        expect(plain).toContain('| Key result | Progress | From → target | Now | Confidence | Measures |');
        expect(plain).not.toMatch(/Pace|📅|provisional|⏰|overdue|fresh until|stale|\bnull\b|undefined/);
        // red KPIs still need attention
        expect(plain).toContain('- 🔴 **Sales** `Sales` — red');
    });
});

describe('a workspace of projects that pin different reference dates', () => {
    const project = (name: string) => `kpi ${name}Sales "Sales ${name}" { target >= 100 every month actual 2026-07 90 }
okr ${name}Grow "Grow ${name}" { cycle 2026-Q3 addresses ${name}Sales
    key result "Sales from 90 to 120" { measures ${name}Sales from 90 to 120 }
    key result "Calls from 0 to 50" { from 0 to 50 current 20 } }
`;
    let mixed: Scorecard;
    let single: Scorecard;

    beforeAll(async () => {
        mixed = (await workspaceOf({
            'north/strat.json': '{ "asOf": "2026-08-17" }',
            'north/north.strat': project('North'),
            'south/strat.json': '{ "asOf": "2026-09-10" }',
            'south/south.strat': project('South')
        })).scorecard();
        single = (await workspaceOf({ 'strat.json': '{ "asOf": "2026-08-17" }', 'north.strat': project('North') })).scorecard();
    });

    it('lists every reference date, earliest first, beside the first file\'s asOf; one date needs no list', () => {
        expect(mixed.asOf).toBe('2026-08-17');
        expect(mixed.referenceDates).toEqual(['2026-08-17', '2026-09-10']);
        expect(Object.keys(single)).not.toContain('referenceDates');
        expect(forAudience(mixed, 'public').referenceDates, 'the public scorecard keeps them').toEqual(['2026-08-17', '2026-09-10']);
        expect(mixed.okrs.map(o => [o.name, o.cycleDays?.day])).toEqual([['NorthGrow', 48], ['SouthGrow', 72]]);
    });

    it('says so in the header of the page and of the Markdown, and dates each cycle by its own project', () => {
        const text = 'As of 17 August 2026 to 10 September 2026, each project on its own reference date';
        expect(asOfText(mixed.asOf, mixed.referenceDates)).toBe(text);
        expect(renderScorecardMarkdown(mixed)).toContain(`_${text}_`);
        const html = renderScorecardHtml(mixed);
        expect(html).toContain(text);
        expect(html).toContain('day 72 of 92');
        expect(html).toMatch(/day 72 of 92[^"]* — as of 10 September 2026"/);
        expect(renderScorecardMarkdown(single)).toContain('_As of 17 August 2026_');
    });
});
