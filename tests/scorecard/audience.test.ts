/** `forAudience`: what a public scorecard withholds, leaves out and still shows (docs/language.md#audiences). */
import { beforeAll, describe, expect, it } from 'vitest';
import { forAudience } from '../../packages/language/src/scorecard/audience.js';
import { diffScorecards } from '../../packages/language/src/scorecard/diff/diff-scorecards.js';
import { diffSidesForAudience } from '../../packages/language/src/scorecard/diff/diff-audience.js';
import type { KpiCard, OkrCard, Scorecard } from '../../packages/language/src/scorecard/model.js';
import { AUDIENCE_STRAT, audienceScorecard } from './audience-fixture.js';
import { workspaceOf } from '../support/workspace.js';

let internal: Scorecard;
let internalCopy: string;
let publicCard: Scorecard;

const kpi = (scorecard: Scorecard, name: string): KpiCard => {
    const found = scorecard.kpis.find(k => k.name === name);
    if (!found) throw new Error(`no KPI ${name}`);
    return found;
};
const okr = (scorecard: Scorecard, name: string): OkrCard => {
    const found = scorecard.okrs.find(o => o.name === name);
    if (!found) throw new Error(`no OKR ${name}`);
    return found;
};

beforeAll(async () => {
    internal = await audienceScorecard();
    internalCopy = JSON.stringify(internal);
    publicCard = forAudience(internal, 'public');
});

describe('forAudience: internal', () => {
    it('is the scorecard as built, the same object', () => {
        expect(forAudience(internal, 'internal')).toBe(internal);
        expect(internal).not.toHaveProperty('audience');
    });
});

describe('forAudience: public', () => {
    it('says it is public, and leaves the given scorecard untouched', () => {
        expect(publicCard.audience).toBe('public');
        expect(JSON.stringify(internal)).toBe(internalCopy);
    });

    it('keeps a confidential KPI by name, title and words, and withholds every figure', () => {
        const margin = kpi(publicCard, 'Margin');
        expect(margin).toMatchObject({
            name: 'Margin', title: 'Gross margin', unit: '%', frequency: 'month', confidential: true, strategies: ['Serve'],
            status: 'confidential', withheld: true,
            value: null, period: null, target: null, alert: null, baseline: null, trend: 'none',
            actuals: [], stale: null, freshUntil: null, attention: [], source: null
        });
        expect(margin.addressedBy).toEqual(['WinMargin']);
    });

    it('shows the transparent KPIs as they are, but for attention an OKR no longer tells', () => {
        const nps = kpi(publicCard, 'Nps');
        const before = kpi(internal, 'Nps');
        expect({ ...nps, attention: before.attention, addressedBy: before.addressedBy }).toEqual(before);
        expect(nps).not.toHaveProperty('withheld');
        // at risk by WinMargin (its pace is withheld) and Takeover (left out): nothing shown says so
        expect(before.attention).toEqual(['at-risk']);
        expect(nps.attention).toEqual([]);
        expect(nps.addressedBy).toEqual(['WinMargin', 'Integrate']);
    });

    it('withholds the figures of a key result that measures a confidential KPI, and the numbers of its title', () => {
        const kr = okr(publicCard, 'WinMargin').keyResults[0];
        expect(kr).toMatchObject({
            name: 'MarginUp', title: 'Raise margin from [confidential] to [confidential]', measures: 'Margin', confidence: null,
            progress: null, value: null, from: null, target: null, checkins: [], pace: null, withheld: true
        });
    });

    it('withholds the score, grade and pace of its OKR, and keeps its other key results', () => {
        const winMargin = okr(publicCard, 'WinMargin');
        expect(winMargin).toMatchObject({ score: null, grade: 'confidential', pace: null, withheld: true, running: true, cycle: '2026-Q3' });
        expect(winMargin.keyResults[1]).toEqual(okr(internal, 'WinMargin').keyResults[1]);
    });

    it('keeps the score of an OKR that only addresses a confidential KPI', () => {
        expect(okr(publicCard, 'Polish')).toEqual(okr(internal, 'Polish'));
    });

    it('leaves confidential OKRs out, with the links to them', () => {
        expect(publicCard.okrs.map(o => o.name)).toEqual(['WinMargin', 'Polish', 'Integrate']);
        expect(okr(internal, 'Integrate').supports).toBe('Takeover');
        expect(okr(publicCard, 'Integrate').supports).toBeNull();
        expect(JSON.stringify(publicCard)).not.toContain('Takeover');
        expect(JSON.stringify(publicCard)).not.toContain('Buy a competitor');
    });

    it('counts what it shows: red KPIs without the confidential ones, OKRs without those left out', () => {
        expect(internal.steps).toMatchObject({ kpis: 4, monitoredKpis: 4, redKpis: 2, activeOkrs: 4, okrsWithPlans: 4 });
        expect(publicCard.steps).toMatchObject({ kpis: 4, monitoredKpis: 4, redKpis: 0, activeOkrs: 3, okrsWithPlans: 3 });
    });

    it('leaves out the findings placed in what it withholds, naming it, or stating a withheld score', () => {
        const codes = (scorecard: Scorecard) => scorecard.diagnostics.items.map(d => d.code);
        // the value and alert of Cash; the score of WinMargin; the target of MarginUp and alert of Margin; that Quiet is green; the confidential OKR
        expect(codes(internal)).toEqual(expect.arrayContaining(['red-kpi-no-okr', 'okr-at-risk', 'kr-short-of-kpi', 'okr-on-green-kpi', 'confidential-okr']));
        const kept = publicCard.diagnostics.items;
        expect(kept.map(d => d.code)).toEqual(['checkin-stale', 'checkin-stale', 'checkin-stale', 'checkin-stale']);
        expect(kept.every(d => !d.message.includes('Sign the term sheet'))).toBe(true);
        expect(publicCard.diagnostics.summary).toEqual({ errors: 0, warnings: 0, infos: 4, hints: 0 });
    });

    it('is the same when asked twice', () => {
        expect(forAudience(publicCard, 'public')).toEqual(publicCard);
    });
});

describe('diffSidesForAudience', () => {
    it('withholds on both sides a KPI confidential on one: no figure of it is compared', async () => {
        const before = (await workspaceOf({ 'a.strat': AUDIENCE_STRAT.replace('    confidential\n    baseline 36.75', '    baseline 36.75') })).scorecard();
        const after = (await workspaceOf({ 'a.strat': AUDIENCE_STRAT.replace('actual 2026-07 36.875', 'actual 2026-07 36.5') })).scorecard();
        const side = (scorecard: Scorecard, label: string) => ({ label, files: 1, scorecard });
        const internalDiff = diffScorecards(side(before, 'BASE'), side(after, 'HEAD'));
        expect(internalDiff.values.map(v => v.element)).toContain('Margin');
        const publicDiff = diffScorecards(...diffSidesForAudience(side(before, 'BASE'), side(after, 'HEAD'), 'public'));
        expect(publicDiff.values).toEqual([]);
        expect(publicDiff.kpis).toEqual([]);
        expect(publicDiff.definitions).toEqual([expect.objectContaining({ element: 'Margin', property: 'confidential', before: false, after: true })]);
        expect(JSON.stringify(publicDiff)).not.toMatch(/36\.875|36\.5\b|41\.5/);
    });
});

describe('forAudience: the confidence of a key result that measures a confidential KPI', () => {
    it('is withheld with its check-ins, in the JSON, the Markdown and the HTML', async () => {
        const { renderScorecardMarkdown, renderScorecardHtml } = await import('../../packages/language/src/scorecard/render/index.js');
        const { scorecard } = await workspaceOf([
            'kpi Margin "Margin" { confidential target >= 900 every month actual 2026-07 700 }',
            'okr O "Grow the business" { cycle 2026-Q3 addresses Margin',
            '  key result K "Margin up" { measures Margin checkin 2026-08 850 confidence 37 }',
            '  key result J "Other" { from 0 to 10 current 5 confidence 64 } }'
        ].join('\n'), { asOf: 0 });
        const shown = forAudience(scorecard(), 'public');
        const keyResults = shown.okrs[0].keyResults;
        expect(keyResults.map(kr => [kr.name, kr.confidence])).toEqual([['K', null], ['J', 64]]);
        for (const view of [JSON.stringify(shown), renderScorecardMarkdown(shown), renderScorecardHtml(shown)]) {
            expect(view).not.toMatch(/\b37\b/);
            expect(view).toMatch(/\b64\b/);
        }
    });
});

describe('the public diff of a key result that stops measuring a confidential KPI', () => {
    it('does not call the masked title a change of title', async () => {
        const frame = 'kpi Margin "Margin" { confidential target >= 900 actual 2026-07 700 }\nkpi Pub "Visits" { target >= 10 actual 2026-07 5 }\n';
        const before = (await workspaceOf(`${frame}okr O "Grow" { key result K1 "k1" { measures Margin } key result K2 "k2" { from 0 to 10 } }\n`)).scorecard();
        const after = (await workspaceOf(`${frame}okr O "Grow" { key result K1 "k1" { measures Pub from 0 to 20 } key result K2 "k2" { from 0 to 10 } }\n`)).scorecard();
        const diff = diffScorecards(...diffSidesForAudience({ label: 'a', files: 1, scorecard: before }, { label: 'b', files: 1, scorecard: after }, 'public'));
        expect(diff.definitions.filter(d => d.property === 'title')).toEqual([]);
        expect(diff.definitions.map(d => d.property)).toContain('measures');
        // the score withheld before is "confidential" there, not "no data"
        const { renderScorecardDiffMarkdown } = await import('../../packages/language/src/scorecard/diff/index.js');
        expect(renderScorecardDiffMarkdown(diff)).toMatch(/\| confidential → \d+% \|/);
    });
});
