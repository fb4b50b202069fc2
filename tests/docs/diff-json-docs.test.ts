/** The JSON shape docs/language.md#strat-diff shows is the shape `strat diff --format json` prints. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffScorecards } from '../../packages/language/src/scorecard/diff/index.js';
import { REPO_ROOT } from '../support/paths.js';
import { workspaceOf } from '../support/workspace.js';

/** The keys of an object, and of the first entry of every list in it, all the way down. */
function shape(value: unknown): unknown {
    if (Array.isArray(value)) return value.length === 0 ? [] : [shape(value[0])];
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value).sort().map(key => [key, shape((value as Record<string, unknown>)[key])]));
    }
    return 'value';
}

const BEFORE = `strategy S "Serve" { }
kpi Nps "Net Promoter Score" { monitors S target >= 30 alert 20 actual 2026-06 21 }
okr WinNewClients "Win" { cycle 2026-Q3 addresses Nps
    key result NpsUp "Up" { from 21 to 35 current 26 }
    key result Other "Other" { from 0 to 10 current 5 }
}
`;
const AFTER = BEFORE.replace(/\bNps\b/g, 'NetPromoter').replace('target >= 30', 'target >= 35')
    .replace('actual 2026-06 21', 'actual 2026-06 21 actual 2026-07 36').replace('current 26', 'current 29')
    .replace('key result Other "Other" { from 0 to 10 current 5 }', 'key result Other "Other" { from 0 to 10 current 5 }\n    plan { initiative "Do" }');

describe('docs/language.md#strat-diff', () => {
    it('shows the keys the JSON has', async () => {
        const page = readFileSync(path.join(REPO_ROOT, 'docs', 'language.md'), 'utf8');
        const section = page.slice(page.indexOf('### `strat diff`'));
        const documented = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1].replace(/"…"/g, '"x"').replace(/"[0-9a-f]+…"/g, '"x"')) as Record<string, unknown>;
        const [before, after] = await Promise.all([workspaceOf(BEFORE), workspaceOf(AFTER)]);
        const actual = diffScorecards(
            { label: 'HEAD~1', commit: 'a', files: 1, scorecard: before.scorecard() },
            { label: 'HEAD', commit: 'b', files: 1, scorecard: after.scorecard() }
        );
        for (const section of ['kpis', 'values', 'okrs', 'definitions', 'renames'] as const) {
            expect(actual[section].length, `the example diff has ${section}`).toBeGreaterThan(0);
        }
        expect(actual.diagnostics.fixed.length).toBeGreaterThan(0);
        // The documented example leaves `elements` and `introduced` empty; everything else must match key for key.
        const { elements: _e, diagnostics, ...rest } = shape(actual) as Record<string, unknown>;
        const { elements: _d, diagnostics: documentedDiagnostics, ...documentedRest } = shape(documented) as Record<string, unknown>;
        expect(documentedRest).toEqual(rest);
        expect((documentedDiagnostics as { fixed: unknown }).fixed).toEqual((diagnostics as { fixed: unknown }).fixed);
    });
});
