/**
 * Reading the scorecard of text with syntax errors (a file being typed): the preview and
 * "Export Scorecard…" render whatever the parser recovered, so half-typed elements must still
 * make a well-formed scorecard — names and titles are strings, every view renders.
 */
import { describe, expect, it } from 'vitest';
import { renderScorecardHtml, renderScorecardMainHtml, renderScorecardMarkdown } from '../../packages/language/src/scorecard/render/index.js';
import { workspaceOf } from '../support/workspace.js';

const HALF_TYPED: Record<string, string> = {
    'a KPI without name or body': 'kpi {',
    'a KPI name only': 'kpi Nps',
    'an ambition keyword only': 'ambition',
    'a strategy without title': 'strategy DigitalFirst {\n    realizes\n',
    'an OKR without title': 'okr WinNewClients {\n    cycle 2026-Q3\n',
    'a key result without title': 'okr WinNewClients "Win" {\n    key result {\n        from 1 to\n',
    'an initiative without title': 'okr WinNewClients "Win" {\n    plan {\n        initiative owner "CX"\n',
};

describe('the scorecard of text with syntax errors', () => {
    it.each(Object.entries(HALF_TYPED))('%s: names are strings and every view renders', async (_name, text) => {
        const { scorecard } = await workspaceOf(text);
        const model = scorecard();
        const names = [...model.ambitions, ...model.strategies, ...model.kpis, ...model.okrs].map((element) => element.name);
        for (const name of names) expect(typeof name).toBe('string');
        for (const okr of model.okrs) {
            expect(typeof okr.objective).toBe('string');
            for (const kr of okr.keyResults) expect(typeof kr.title).toBe('string');
            for (const initiative of okr.plan?.initiatives ?? []) expect(typeof initiative.title).toBe('string');
        }
        // through the wire (the preview and the export get it as JSON) and into every view
        const wired = JSON.parse(JSON.stringify(model)) as typeof model;
        expect(() => renderScorecardHtml(wired, { title: 'Scorecard — test.strat' })).not.toThrow();
        expect(() => renderScorecardMainHtml(wired, { sourceLinks: true, stale: true })).not.toThrow();
        expect(() => renderScorecardMarkdown(wired)).not.toThrow();
    });
});
