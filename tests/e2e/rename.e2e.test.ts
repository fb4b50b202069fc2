/**
 * Renaming a KPI with F2: the declaration in software-company.strat and every reference in
 * software-company-okrs.strat change, on screen and on disk, and the names still resolve.
 */
import { describe, expect, it } from 'vitest';
import { lineColumnOf, wordCount } from './harness/language.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

const KPI_FILE = 'software-company/software-company.strat';
const OKR_FILE = 'software-company/software-company-okrs.strat';
/** Net Promoter Score: declared in KPI_FILE, addressed and measured in OKR_FILE. */
const OLD_NAME = 'SaasNps';
const NEW_NAME = 'SaasPromoterScore';

describe('rename a KPI', () => {
    const session = useSession(import.meta.filename);

    it('changes the declaration and every reference, in both files', async () => {
        const { workbench, workspace } = session();
        const original: Record<string, string> = { [KPI_FILE]: workspace.read(KPI_FILE), [OKR_FILE]: workspace.read(OKR_FILE) };
        const counts: Record<string, number> = { [KPI_FILE]: wordCount(original[KPI_FILE], OLD_NAME), [OKR_FILE]: wordCount(original[OKR_FILE], OLD_NAME) };
        expect(counts[KPI_FILE]).toBe(1);
        expect(counts[OKR_FILE]).toBeGreaterThanOrEqual(2); // `addresses` and `measures`
        expect(wordCount(original[KPI_FILE] + original[OKR_FILE], NEW_NAME)).toBe(0);

        await workbench.openFile(KPI_FILE);
        const { line, column } = lineColumnOf(original[KPI_FILE], `kpi ${OLD_NAME} `, 'kpi '.length + 2);
        await workbench.goTo(line, column); // inside the KPI's name
        await workbench.rename(NEW_NAME); // F2, type, Enter; waits for the new name on screen
        await checkpoint(session(), import.meta.filename, 'kpi-file');

        // VS Code saves the files a refactoring changed (files.refactoring.autoSave); Ctrl+S
        // as a user would, in case the active one stays dirty.
        await workbench.save();
        for (const file of [KPI_FILE, OKR_FILE]) {
            // every occurrence renamed, nothing else changed
            const renamed = original[file].replace(new RegExp(`\\b${OLD_NAME}\\b`, 'g'), NEW_NAME);
            await waitUntil(async () => workspace.read(file), (now) => now === renamed, { what: `${file} saved with ${NEW_NAME}` });
        }

        // the other file shows the new name too, and its references still resolve
        await workbench.openFile(OKR_FILE);
        const measures = lineColumnOf(workspace.read(OKR_FILE), `measures ${NEW_NAME}`);
        await workbench.goTo(measures.line, measures.column);
        expect((await workbench.visibleLines()).some((text) => text.includes(`measures ${NEW_NAME}`))).toBe(true);
        // the reference resolves to the renamed KPI: its hover is the KPI's summary
        expect(await workbench.hoverOver(NEW_NAME, 'amber')).toContain(`KPI ${NEW_NAME}`);
        const rows = await workbench.waitForProblem(OKR_FILE, { code: 'okr-on-green-kpi' });
        expect(rows.filter((row) => row.severity === 'error'), 'errors after the rename').toEqual([]);
        await checkpoint(session(), import.meta.filename, 'okr-file');
    });
});
