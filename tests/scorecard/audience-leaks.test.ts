/**
 * No number from a confidential KPI reaches a public view (docs/language.md#audiences), shown on
 * every example and on a generated workspace of 1,000 OKRs in three ways:
 * - the public JSON, Markdown and HTML are the same bytes when every confidential figure is
 *   different (a twin of the workspace): nothing in them depends on those figures;
 * - none of the confidential numbers, written as the views write numbers, is in them (unless the
 *   twin's views show it too: then it is the author's words, like "12,000 clients");
 * - in the JSON, every withheld field is null or empty, and no confidential OKR is there;
 * and the public diff between the workspace and its twin — every confidential figure changed —
 * is "No change to the scorecard.". The same searches find the figures in the internal views.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, checkedFolders, findStratFiles, loadWorkspace, workspaceScorecard, type LoadedWorkspace, type WorkspaceOptions } from '../../packages/language/src/node.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';
import { forAudience } from '../../packages/language/src/scorecard/audience.js';
import { diffSidesForAudience } from '../../packages/language/src/scorecard/diff/diff-audience.js';
import { diffScorecards } from '../../packages/language/src/scorecard/diff/diff-scorecards.js';
import { DIFF_FORMATS, renderScorecardDiff } from '../../packages/language/src/scorecard/diff/render-diff.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { renderScorecard, SCORECARD_FORMATS } from '../../packages/language/src/scorecard/render/render-scorecard.js';
import { confidentialNumbers, leakedForms, withOtherConfidentialFigures } from '../support/confidential-figures.js';
import { generateConfidentialStrategy } from '../support/confidential-strategy.js';
import { exampleFolders } from '../support/examples.js';
import { EXAMPLES_DIR } from '../support/paths.js';

interface Twins {
    internal: Scorecard;
    /** The same workspace with every confidential figure changed. */
    twin: Scorecard;
}

/** A workspace and its twin, built from the same paths (so the same strat.json and the same URIs). */
async function twins(loaded: LoadedWorkspace, options: WorkspaceOptions, folders: readonly URI[]): Promise<Twins> {
    const texts = withOtherConfidentialFigures(loaded.documents);
    const twin = await buildWorkspace(loaded.documents.map(d => ({ uri: d.uri, text: texts.get(d.uri.toString()) ?? '' })), options, folders);
    return { internal: workspaceScorecard(loaded), twin: workspaceScorecard(twin) };
}

function expectNoLeak({ internal, twin }: Twins): void {
    const numbers = confidentialNumbers(internal);
    const twinNumbers = confidentialNumbers(twin);
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
function expectWithheldFieldsEmpty(internal: Scorecard): void {
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

describe('no confidential figure in a public view of an example', () => {
    for (const name of [...exampleFolders(), 'all examples']) {
        it(name, async () => {
            const folder = name === 'all examples' ? EXAMPLES_DIR : path.join(EXAMPLES_DIR, name);
            const loaded = await loadWorkspace(await findStratFiles([folder]), {}, await checkedFolders([folder]));
            const pair = await twins(loaded, {}, [URI.file(folder)]);
            expectNoLeak(pair);
            expectWithheldFieldsEmpty(pair.internal);
        }, 60_000);
    }
});

describe('no confidential figure in a public view of 1,000 generated OKRs', () => {
    it('with hundreds of key results of transparent OKRs measuring confidential KPIs', async () => {
        const generated = generateConfidentialStrategy(1000);
        expect(generated.confidentialKpis).toBe(100);
        expect(generated.measuredConfidential).toBeGreaterThan(150);
        expect(generated.confidentialOkrs).toBe(50);
        const options: WorkspaceOptions = { asOf: parseDay('2026-08-17') };
        const loaded = await buildWorkspace([{ uri: URI.file('/virtual/generated.strat'), text: generated.text }], options);
        const pair = await twins(loaded, options, []);
        const codes = new Set(pair.internal.diagnostics.items.map(d => d.code));
        // what would tell a confidential figure is there to be withheld
        expect([...codes]).toEqual(expect.arrayContaining(['red-kpi-no-okr', 'reward-kpi-in-okr', 'okr-at-risk']));
        expectNoLeak(pair);
        expectWithheldFieldsEmpty(pair.internal);
    }, 240_000);
});
