/**
 * Completing a reference: after `measures ` in a key result, Ctrl+Space offers the KPIs of the
 * whole workspace and nothing else, the rewarded ones last and marked; typing a few letters and
 * Enter writes the KPI's name.
 */
import { describe, expect, it } from 'vitest';
import { declaredNames, rewardedKpis } from './harness/language.ts';
import { acceptSuggestion, waitForFocusedSuggestion, walkSuggestList } from './harness/suggest.ts';
import { checkpoint, useSession } from './harness/vitest.ts';

const FILE = 'software-company/software-company-okrs.strat';
/** A key result of examples/software-company/software-company-okrs.strat that measures no KPI yet. */
const KEY_RESULT = 'key result ExpansionArr ';
const FIRST_PROPERTY = '        from 800_000 to 1_500_000';
/** The KPI the test picks (defined in software-company.strat, not rewarded). */
const KPI = 'SaasChurn';

describe('completion after measures', () => {
    const session = useSession(import.meta.filename);

    it('offers only the KPIs of the workspace, rewarded ones last, and writes the accepted one', async () => {
        const { workbench, workspace, page } = session();
        const kpis = declaredNames(workspace.dir, 'kpi');
        const rewarded = rewardedKpis(workspace.dir);
        expect(rewarded.length).toBeGreaterThan(0);
        const others = [...declaredNames(workspace.dir, 'okr'), ...declaredNames(workspace.dir, 'strategy'), ...declaredNames(workspace.dir, 'ambition')];
        expect(kpis).toContain(KPI);

        await workbench.openFile(FILE);
        await workbench.showProblems(`**/${FILE.split('/').pop()}`); // stays open: reading it does not take the focus
        const lines = workspace.read(FILE).split('\n');
        const index = lines.findIndex((line) => line.includes(KEY_RESULT)) + 1; // its first property
        expect(lines[index]).toBe(FIRST_PROPERTY);
        await workbench.goTo(index + 1, lines[index].length + 1);
        // Enter after a property keeps its indentation. (Enter right after the key result's `{`
        // sometimes got 4 spaces instead of 8 in code-server, soon after the file opened.)
        await page.keyboard.press('Enter');
        await workbench.type('measures ');
        // the server has the edit: a name is missing after `measures`
        await workbench.waitForProblem(FILE, { severity: 'error' });

        await workbench.completions();
        await checkpoint(session(), import.meta.filename, 'kpi-list');
        // The whole list, not only the rows on screen. VS Code adds the extension's snippets
        // (kind Snippet) to every list; everything else comes from the language server.
        const entries = await walkSuggestList(page);
        const fromServer = entries.filter((entry) => entry.kind !== 'Snippet');
        expect(fromServer.map((entry) => entry.label).sort()).toEqual([...kpis].sort());
        expect(fromServer.filter((entry) => others.includes(entry.label))).toEqual([]);
        // a rewarded KPI would be the error reward-kpi-in-okr: after the others, marked
        const last = fromServer.slice(-rewarded.length);
        expect(last.map((entry) => entry.label).sort()).toEqual([...rewarded].sort());
        expect(last.every((entry) => entry.details.includes('rewarded'))).toBe(true);
        expect(fromServer.slice(0, -rewarded.length).some((entry) => entry.details.includes('rewarded'))).toBe(false);

        await workbench.type(KPI.slice(0, 6)); // "SaasCh" narrows the list to SaasChurn
        await waitForFocusedSuggestion(page, KPI);
        await acceptSuggestion(page);

        const written = await workbench.visibleLines();
        expect(written[written.indexOf(FIRST_PROPERTY) + 1]).toBe(`        measures ${KPI}`);
        // the name resolves: no syntax error, no unresolved reference, no error at all
        await workbench.waitForProblems(FILE, (rows) => !rows.some((row) => row.severity === 'error'), 'no error after the completion');
        await checkpoint(session(), import.meta.filename, 'accepted');
    });
});
