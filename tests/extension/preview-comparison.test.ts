/**
 * The preview's comparison with a git revision, without an editor: how the server's answer
 * becomes what the page draws (marks placed on the cards shown, numbers written as the cards
 * write them, good or bad news by the KPI's direction), how a comparison is checked on arrival,
 * the messages and toolbar state that switch it on and off, and the revisions offered.
 * The page drawing it is tested in Chromium (tests/browser/preview-comparison-in-chromium.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { cardChanges, diffScorecards, diffSummaryText, diffTables, type Scorecard } from '@strat/language';
import type { ScorecardComparisonResult } from '@strat/language/protocol';
import { comparisonProblem, comparisonView } from '../../packages/extension/src/preview/comparison-view.js';
import { refItems } from '../../packages/extension/src/preview/compare-refs.js';
import { parseComparisonView } from '../../packages/extension/src/preview/preview-comparison.js';
import { parseExtensionMessage, parsePageMessage, parsePreviewControls } from '../../packages/extension/src/preview/preview-protocol.js';
import { compareLabels } from '../../packages/extension/preview-src/controls/compare-control.js';
import { bankScorecard } from '../scorecard/fixtures.js';

/** The bank scorecard after a quarter: NPS up and green, cost-income down (lower is better), an OKR re-scored. */
function changedBank(): Scorecard {
    const head = structuredClone(bankScorecard);
    const nps = head.kpis.find((k) => k.name === 'Nps')!;
    Object.assign(nps, { value: 27, status: 'green' });
    nps.actuals = nps.actuals.map((a) => (a.period === '2026-06' ? { ...a, value: 27 } : a));
    Object.assign(head.kpis.find((k) => k.name === 'CostIncome')!, { value: 55 });
    Object.assign(head.okrs.find((o) => o.name === 'LeanOperations')!, { score: 0.5, grade: 'amber' });
    return head;
}

function result(base: Scorecard, head: Scorecard): ScorecardComparisonResult {
    const diff = diffScorecards({ label: 'HEAD', commit: '0123456789abcdef', files: 1, scorecard: base }, { label: 'editor', files: 1, scorecard: head });
    return { diff, summary: diffSummaryText(diff), tables: diffTables(diff), cards: cardChanges(base, head), hasSyntaxErrors: false };
}

describe('what the preview draws of a comparison', () => {
    const head = changedBank();
    const view = comparisonView('HEAD', result(bankScorecard, head), head);

    it('says what it compares with, and the summary and tables of strat diff', () => {
        expect(view).toMatchObject({ ref: 'HEAD', commit: '0123456', summary: expect.stringMatching(/KPI status change/) as string });
        const values = view.tables.find((t) => t.title === 'Actuals and check-ins');
        expect(values?.rows).toEqual([{ cells: ['Nps', '2026-06', '21', '27'], trend: 'up' }]);
        expect(view.tables.find((t) => t.title === 'KPI status')?.rows).toEqual([{ cells: ['Nps Net Promoter Score', 'amber', 'green'] }]);
    });

    it('marks the changed cards at their source location, with before → after, ▲/▼ and good or bad news', () => {
        const nps = view.marks.find((m) => m.kind === 'kpi' && m.line === 43);
        expect(nps).toEqual({
            kind: 'kpi', uri: 'file:///home/ana/acme/strategy/bank.strat', line: 43, lines: [
                { label: 'Value', text: '21 → 27', trend: 'up', tone: 'better' },
                { label: 'Status', text: 'amber → green', tone: 'better' },
            ],
        });
        // lower is better: down is good news
        const costIncome = view.marks.find((m) => m.kind === 'kpi' && m.line === 60);
        expect(costIncome?.lines).toEqual([{ label: 'Value', text: '57.25% → 55%', trend: 'down', tone: 'better' }]);
        const okr = view.marks.find((m) => m.kind === 'okr');
        expect(okr?.lines).toEqual([
            { label: 'Score', text: '30% → 50%', trend: 'up', tone: 'better' },
            { label: 'Grade', text: 'red → amber', tone: 'better' },
        ]);
        expect(view.marks).toHaveLength(3);
    });

    it('marks nothing and says so when nothing changed', () => {
        const same = comparisonView('main', result(bankScorecard, bankScorecard), bankScorecard);
        expect(same).toMatchObject({ ref: 'main', summary: 'No change to the scorecard.', tables: [], marks: [] });
    });

    it('marks a KPI the revision did not have as new', () => {
        const base = structuredClone(bankScorecard);
        base.kpis = base.kpis.filter((k) => k.name !== 'AppRating');
        const added = comparisonView('v1', result(base, bankScorecard), bankScorecard);
        expect(added.marks).toEqual([expect.objectContaining({ kind: 'kpi', line: 86, lines: [{ label: 'New', text: 'not in v1' }] })]);
    });
});

describe('a comparison on arrival', () => {
    const head = changedBank();
    const view = comparisonView('HEAD', result(bankScorecard, head), head);

    it('comes through the protocol as sent, in updates and the toolbar state', () => {
        expect(parseComparisonView(JSON.parse(JSON.stringify(view)))).toEqual(view);
        const update = { type: 'update', body: '<p>x</p>', controls: { scope: 'file', comparing: 'HEAD' }, state: { target: { scope: 'file' } }, comparison: view };
        expect(parseExtensionMessage(update)).toEqual(update);
        expect(parsePreviewControls({ scope: 'workspace', comparing: 'origin/main' })).toEqual({ scope: 'workspace', comparing: 'origin/main' });
        expect(parsePreviewControls({ scope: 'workspace', comparing: '' })).toEqual({ scope: 'workspace' });
        expect(parseComparisonView(comparisonProblem('nope', 'Unknown git revision: nope'))).toEqual({ ref: 'nope', summary: '', tables: [], marks: [], problem: 'Unknown git revision: nope' });
    });

    it('is dropped when malformed, and the update shows the normal view', () => {
        expect(parseComparisonView({ ...view, marks: [{ kind: 'kpi', uri: 'file:///x', line: -1, lines: [] }] })).toBeUndefined();
        expect(parseComparisonView({ ...view, tables: [{ title: 'T', header: [], rows: [{ cells: [1] }] }] })).toBeUndefined();
        expect(parseComparisonView({ ...view, ref: '' })).toBeUndefined();
        expect(parseComparisonView('HEAD')).toBeUndefined();
        const update = parseExtensionMessage({ type: 'update', body: '', controls: { scope: 'file' }, state: { target: { scope: 'file' } }, comparison: { ref: 'HEAD' } });
        expect(update).toEqual({ type: 'update', body: '', controls: { scope: 'file' }, state: { target: { scope: 'file' } } });
    });

    it('is switched on and off from the page', () => {
        expect(parsePageMessage({ type: 'compare' })).toEqual({ type: 'compare' });
        expect(parsePageMessage({ type: 'stopComparing' })).toEqual({ type: 'stopComparing' });
        expect(compareLabels(undefined)).toEqual({ current: '', action: 'Compare with…' });
        expect(compareLabels('HEAD')).toEqual({ current: 'Comparing with HEAD', action: 'Stop comparing' });
    });
});

describe('the revisions offered', () => {
    it('puts HEAD first, even when the server listed none, and says what each is', () => {
        expect(refItems([])).toEqual([{ ref: 'HEAD', label: 'HEAD', description: 'the last commit' }]);
        const items = refItems([
            { ref: 'HEAD', kind: 'head', detail: 'Q3 actuals (2 hours ago)' },
            { ref: 'main', kind: 'branch', detail: 'Q3 actuals (2 hours ago)' },
            { ref: 'v1', kind: 'tag', detail: 'board pack (3 days ago)' },
            { ref: 'abc1234', kind: 'commit', detail: 'Q2 (a week ago)' },
        ]);
        expect(items.map((i) => [i.label, i.description])).toEqual([['HEAD', 'the last commit'], ['main', 'branch'], ['v1', 'tag'], ['abc1234', 'commit']]);
        expect(items[2]?.detail).toBe('board pack (3 days ago)');
    });
});
