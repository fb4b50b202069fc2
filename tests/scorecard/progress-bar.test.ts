/** Reading a key result's progress: the editor, the Markdown and the HTML page show the same percentage and a bar that matches it. */
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../packages/language/src/lsp/progress-bar.js';
import { scorecardOfStatedCards } from '../../packages/language/src/scorecard/build-scorecard.js';
import { MARKDOWN_BAR, progressLabel, progressPercent, textProgressBar } from '../../packages/language/src/scorecard/render/progress-bar.js';
import { renderScorecardHtml, renderScorecardMarkdown } from '../../packages/language/src/scorecard/render/index.js';

const count = (text: string, char: string): number => text.split(char).length - 1;

describe('progress bars', () => {
    it.each([0, 0.04, 0.349, 0.35, 0.3571428, 0.5, 0.96, 1])('show %s as one percentage, with bars filled to it', (progress) => {
        const percent = progressPercent(progress) ?? -1;
        expect(percent).toBe(Math.round(progress * 100));
        const markdown = textProgressBar(progress, MARKDOWN_BAR);
        const editor = progressBar(progress);
        expect(markdown).toBe(`${'█'.repeat(Math.round(percent / 10))}${'░'.repeat(10 - Math.round(percent / 10))} ${percent}%`);
        expect(editor.endsWith(` ${percent}%`), editor).toBe(true);
        expect(count(editor, '▮') + count(editor, '▯')).toBe(5);
        expect(count(editor, '▮')).toBe(Math.round((percent / 100) * 5));
        expect(progressLabel(progress)).toBe(`${percent}%`);
    });

    it('say "no data", never 0, when progress is unknown', () => {
        for (const unknown of [null, undefined, Number.NaN]) {
            expect(textProgressBar(unknown, MARKDOWN_BAR)).toBe('no data');
            expect(progressBar(unknown)).toBe('no data');
            expect(progressLabel(unknown)).toBe('no data');
        }
    });

    it('agree between the HTML page and the Markdown for the same key result', () => {
        const location = { uri: 'file:///a.strat', range: { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } } };
        const scorecard = scorecardOfStatedCards({
            ambitions: [],
            strategies: [],
            kpis: [],
            okrs: [{
                name: 'O', objective: 'Win', cycle: '2026-Q3', status: 'active', commitment: 'aspirational', score: 0.349, grade: 'red',
                confidential: false, owner: null, description: null, addresses: [], supports: null, plan: null, location,
                running: true, elapsed: null, pace: null, cycleDays: null, provisional: false,
                keyResults: [{ name: 'R', title: 'Raise it', progress: 0.349, confidence: null, value: null, from: null, target: null, unit: null, measures: null, weight: 1, owner: null, checkins: [], pace: null, location }],
            }],
        }, []);
        const html = renderScorecardHtml(scorecard, {});
        expect(html).toContain('aria-valuenow="35" aria-valuetext="35%"><span class="progress-fill" style="width:35%"></span></div><span class="kr-pct">35%</span>');
        expect(renderScorecardMarkdown(scorecard)).toContain('| ████░░░░░░ 35% |');
    });
});
