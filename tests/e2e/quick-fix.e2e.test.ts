/**
 * A key result that measures a rewarded KPI: the Problems panel shows `reward-kpi-in-okr` as
 * an error; the quick fix (Ctrl+.) "Remove the measures link" deletes the link, and the error
 * disappears.
 */
import { describe, expect, it } from 'vitest';
import {
    REWARD, REWARD_FILE, REWARD_FIX_TITLE, REWARD_KPI, REWARD_MEASURES_COLUMN, REWARD_MEASURES_LINE
} from './harness/fixtures.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

const CODE = 'reward-kpi-in-okr';

describe('quick fix for reward-kpi-in-okr', () => {
    const session = useSession(import.meta.filename, { files: { [REWARD_FILE]: REWARD } });

    it('removes the measures link and the error disappears', async () => {
        const { workbench, workspace } = session();
        await workbench.openFile(REWARD_FILE);
        const before = await workbench.waitForProblem(REWARD_FILE, { code: CODE });
        expect(before.find((row) => row.code === CODE)).toMatchObject({
            severity: 'error', source: 'strat', line: REWARD_MEASURES_LINE, column: REWARD_MEASURES_COLUMN,
            message: expect.stringContaining(`'${REWARD_KPI}'`)
        });
        expect(before.filter((row) => row.severity === 'error').map((row) => row.code)).toEqual([CODE]);

        await workbench.goTo(REWARD_MEASURES_LINE, REWARD_MEASURES_COLUMN); // on the `measures` reference
        const fixes = await workbench.quickFixes(REWARD_FIX_TITLE);
        expect(fixes[0]).toBe(REWARD_FIX_TITLE); // the preferred fix comes first
        expect(fixes).toContain(`Ignore ${CODE} here`);
        await checkpoint(session(), import.meta.filename, 'before');

        await workbench.applyQuickFix(REWARD_FIX_TITLE);
        const after = await workbench.waitForNoProblem(REWARD_FILE, { code: CODE });
        expect(after.filter((row) => row.severity === 'error')).toEqual([]);
        const lines = await workbench.visibleLines();
        expect(lines.filter((line) => line.includes(`measures ${REWARD_KPI}`)), 'lines still holding the measures link').toEqual([]);
        // the key result keeps its other properties, on the line where `measures` was
        expect(lines[lines.findIndex((line) => line.includes('key result ProbeArrUp')) + 1]).toBe('        from 41_600_000 to 48_000_000');
        await checkpoint(session(), import.meta.filename, 'after');

        await workbench.save();
        // the file on disk: exactly the fixture without the measures line
        const fixed = REWARD.replace(`        measures ${REWARD_KPI}\n`, '');
        expect(fixed).not.toBe(REWARD);
        await waitUntil(async () => workspace.read(REWARD_FILE), (text) => text === fixed,
            { what: `${REWARD_FILE} saved without the measures link` });
    });
});
