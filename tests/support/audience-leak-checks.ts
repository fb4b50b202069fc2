/**
 * The checks of the leak tests of the public audience (docs/language.md#audiences), on a
 * workspace and its twin — the same workspace with every confidential figure changed:
 * - the public JSON, Markdown and HTML are the same bytes for both: nothing in them depends on
 *   those figures;
 * - none of the confidential numbers, written as the views write numbers, is in them (unless the
 *   twin's views show it too: then it is the author's words, like "12,000 clients");
 * - in the JSON, every withheld field is null or empty, and no confidential OKR is there;
 * - the public diff between the two is "No change to the scorecard.".
 * The same searches find the figures in the internal views, so they can fail.
 */
import { expect } from 'vitest';
import { forAudience } from '../../packages/language/src/scorecard/audience.js';
import { diffSidesForAudience } from '../../packages/language/src/scorecard/diff/diff-audience.js';
import { diffScorecards } from '../../packages/language/src/scorecard/diff/diff-scorecards.js';
import { DIFF_FORMATS, renderScorecardDiff } from '../../packages/language/src/scorecard/diff/render-diff.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { renderScorecard, SCORECARD_FORMATS } from '../../packages/language/src/scorecard/render/render-scorecard.js';
import { confidentialNumbers, leakedForms } from './confidential-figures.js';

export interface Twins {
    internal: Scorecard;
    /** The same workspace with every confidential figure changed. */
    twin: Scorecard;
}

/**
 * `also`: numbers that are no card's figure but must not show either (a confidential cell a data
 * file could not read, a number too large for Strat), each given for the workspace and its twin.
 */
export function expectNoLeak({ internal, twin }: Twins, also: { internal: number[]; twin: number[] } = { internal: [], twin: [] }): void {
    const numbers = [...confidentialNumbers(internal), ...also.internal];
    const twinNumbers = [...confidentialNumbers(twin), ...also.twin];
    expect(numbers.length, 'the workspace has confidential figures').toBeGreaterThan(0);
    for (const format of SCORECARD_FORMATS) {
        const shown = renderScorecard(forAudience(internal, 'public'), format, { title: 'Scorecard' });
        const twinShown = renderScorecard(forAudience(twin, 'public'), format, { title: 'Scorecard' });
        const everything = renderScorecard(internal, format, { title: 'Scorecard' });
        const twinEverything = renderScorecard(twin, format, { title: 'Scorecard' });
        // the search works: it finds the figures where they are all shown
        if (format === 'json') expect(leakedForms(everything, numbers, twinEverything).length, 'the internal JSON shows confidential figures').toBeGreaterThan(0);
        expect(leakedForms(shown, numbers, twinShown), `${format}: confidential numbers in the public view`).toEqual([]);
        expect(leakedForms(twinShown, twinNumbers, shown), `${format}: the twin's confidential numbers in its public view`).toEqual([]);
        expect(everything === twinEverything, `${format}: the twin differs internally`).toBe(false);
        expect(shown === twinShown, `${format}: the public view does not depend on confidential figures`).toBe(true);
    }
    const side = (scorecard: Scorecard, label: string) => ({ label, files: 1, scorecard });
    expect(diffScorecards(side(internal, 'BASE'), side(twin, 'HEAD')).summary.values).toBeGreaterThan(0);
    const diff = diffScorecards(...diffSidesForAudience(side(internal, 'BASE'), side(twin, 'HEAD'), 'public'));
    expect(diff.changed, 'the public diff sees no confidential change').toBe(false);
    for (const format of DIFF_FORMATS) {
        expect(leakedForms(renderScorecardDiff(diff, format), [...numbers, ...twinNumbers], ''), `diff ${format}`).toEqual([]);
    }
}

/** In the public JSON, every withheld field is empty and no confidential OKR is left. */
export function expectWithheldFieldsEmpty(internal: Scorecard): void {
    const shown = JSON.parse(renderScorecard(forAudience(internal, 'public'), 'json')) as Scorecard;
    const confidential = new Set(internal.kpis.filter(k => k.confidential).map(k => k.name));
    for (const kpi of shown.kpis.filter(k => confidential.has(k.name))) {
        expect(kpi, kpi.name).toMatchObject({
            status: 'confidential', withheld: true, value: null, period: null, target: null, alert: null, baseline: null,
            trend: 'none', actuals: [], stale: null, freshUntil: null, attention: [], source: null
        });
    }
    expect(shown.okrs.filter(o => o.confidential)).toEqual([]);
    for (const okr of shown.okrs) {
        const withheld = okr.keyResults.filter(kr => kr.measures !== null && confidential.has(kr.measures));
        for (const kr of withheld) {
            expect(kr, `${okr.name} › ${kr.name ?? kr.title}`).toMatchObject({ withheld: true, progress: null, value: null, from: null, target: null, checkins: [], pace: null });
        }
        if (withheld.length > 0) expect(okr, okr.name).toMatchObject({ withheld: true, score: null, grade: 'confidential', pace: null });
    }
}
