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
import { isKpi } from '../../packages/language/src/generated/ast.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';
import { withOtherConfidentialFigures } from '../support/confidential-figures.js';
import { expectNoLeak, expectWithheldFieldsEmpty, type Twins } from '../support/audience-leak-checks.js';
import { generateConfidentialStrategy } from '../support/confidential-strategy.js';
import { exampleFolders } from '../support/examples.js';
import { EXAMPLES_DIR } from '../support/paths.js';

/** A workspace and its twin, built from the same paths (so the same strat.json and the same URIs). */
async function twins(loaded: LoadedWorkspace, options: WorkspaceOptions, folders: readonly URI[]): Promise<Twins> {
    const texts = withOtherConfidentialFigures(loaded.documents);
    const twin = await buildWorkspace(loaded.documents.map(d => ({ uri: d.uri, text: texts.get(d.uri.toString()) ?? '' })), options, folders);
    return { internal: workspaceScorecard(loaded), twin: workspaceScorecard(twin) };
}

describe('no confidential figure in a public view of an example', () => {
    for (const name of [...exampleFolders(), 'all examples']) {
        it(name, async () => {
            const folder = name === 'all examples' ? EXAMPLES_DIR : path.join(EXAMPLES_DIR, name);
            const loaded = await loadWorkspace(await findStratFiles([folder]), {}, await checkedFolders([folder]));
            // The twin changes figures in .strat text only: a confidential KPI reading a data file
            // would keep its figures there (tests/scorecard/audience-data-leaks.test.ts covers those).
            const readingData = loaded.documents.flatMap(d => d.parseResult.value.elements).filter(e => isKpi(e) && e.confidential && e.source !== undefined);
            expect(readingData.map(e => e.name), 'confidential KPIs of the examples that read a data file').toEqual([]);
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
