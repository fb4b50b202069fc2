/** The preview of one file shows its elements with their context from the rest of the workspace. */
import { describe, expect, it } from 'vitest';
import { focusScorecard } from '../../packages/language/src/scorecard/focus-scorecard.js';
import { workspaceOf } from '../support/workspace.js';

const FILES = {
    'framework.strat': `ambition A "Be loved" { horizon 2030 }
strategy S "Grow" { realizes A }
strategy Other "Unrelated" { realizes A }
kpi K "Revenue" { monitors S target >= 100 alert 80 every month actual 2026-01 70 }
kpi Lone "Unrelated" { monitors Other target >= 1 every month actual 2026-01 5 }`,
    'okrs.strat': `okr O "Win customers back" {
    cycle 2026-Q1
    addresses K
    key result "Grow revenue from 70 to 120" { from 70 to 120 current 80 }
    key result "a" { from 1 to 2 }
    plan { initiative "Go" }
}`
};

describe('focusScorecard', () => {
    it('shows a file of OKRs with the status of the KPIs they address, defined elsewhere', async () => {
        const { scorecard, documents } = await workspaceOf(FILES);
        const okrs = documents.find(d => d.uri.path.endsWith('okrs.strat'))!.uri.toString();
        const focused = focusScorecard(scorecard(), okrs);
        expect(focused.okrs.map(o => o.name)).toEqual(['O']);
        expect(focused.kpis.map(k => [k.name, k.status])).toEqual([['K', 'red']]);
        expect(focused.strategies.map(s => s.name)).toEqual(['S']);
        expect(focused.ambitions.map(a => a.name)).toEqual(['A']);
        expect(focused.steps).toMatchObject({ kpis: 1, redKpis: 1, activeOkrs: 1 });
        expect(focused.diagnostics.items.every(d => d.uri === okrs)).toBe(true);
    });

    it('shows a file of KPIs with the OKRs that address them', async () => {
        const { scorecard, documents } = await workspaceOf(FILES);
        const framework = documents.find(d => d.uri.path.endsWith('framework.strat'))!.uri.toString();
        const focused = focusScorecard(scorecard(), framework);
        expect(focused.kpis.map(k => k.name)).toEqual(['K', 'Lone']);
        expect(focused.okrs.map(o => o.name)).toEqual(['O']);
        expect(focused.diagnostics.items.every(d => d.uri === framework)).toBe(true);
    });
});
