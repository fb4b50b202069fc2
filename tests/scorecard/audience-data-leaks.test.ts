/**
 * No confidential number reaches a public view when KPIs read their actuals from data files and
 * the scorecard judges time (docs/language.md#audiences, #data-files, #time): on a generated
 * workspace written to disk — confidential KPIs fed by CSV files, stale or fresh, with unreadable
 * cells and rows given twice, a number too small for Strat, OKRs at risk checked in on them, a
 * confidential OKR — the checks of audience-leak-checks.ts hold against its twin (the same
 * workspace, written again with every confidential figure changed, in the files too), and the
 * public JSON has no data source, freshness or pace of what it withholds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedFolders, findStratFiles, loadWorkspace, workspaceScorecard } from '../../packages/language/src/node.js';
import { forAudience } from '../../packages/language/src/scorecard/audience.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { expectNoLeak, expectWithheldFieldsEmpty } from '../support/audience-leak-checks.js';
import { generateConfidentialDataWorkspace } from '../support/confidential-data-workspace.js';

const GROUPS = 24;
const folder = mkdtempSync(path.join(tmpdir(), 'strat-audience-data-'));

/** The scorecard of the workspace as `variant` writes it, read from disk as `strat scorecard` reads it. */
async function scorecardOf(variant: 0 | 1): Promise<{ scorecard: Scorecard; hidden: number[] }> {
    const { files, hidden } = generateConfidentialDataWorkspace(GROUPS, variant);
    for (const [name, text] of files) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), text);
    }
    const loaded = await loadWorkspace(await findStratFiles([folder]), {}, await checkedFolders([folder]));
    return { scorecard: workspaceScorecard(loaded), hidden };
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('no confidential figure in a public view of a workspace with data files and time', () => {
    it('withholds what the data files and the reference date make of confidential KPIs', async () => {
        const first = await scorecardOf(0);
        const second = await scorecardOf(1);
        const internal = first.scorecard;
        // the workspace has what it is made for
        expect(internal.asOf).toBe('2026-08-17');
        const confidential = internal.kpis.filter(k => k.confidential);
        expect(confidential).toHaveLength(2 * GROUPS);
        expect(confidential.every(k => k.source !== null && k.source.rows > 0), 'every confidential KPI reads a data file').toBe(true);
        expect(confidential.filter(k => k.stale === true).length, 'stale confidential KPIs').toBeGreaterThan(0);
        const codes = new Set(internal.diagnostics.items.map(d => d.code));
        for (const code of ['data-file', 'duplicate-period', 'kpi-stale', 'okr-at-risk', 'future-period', 'number-range']) {
            expect(codes, code).toContain(code);
        }
        expect(internal.okrs.some(o => o.pace !== null && o.keyResults.some(kr => kr.measures?.startsWith('Revenue'))), 'paces of OKRs measuring confidential KPIs').toBe(true);

        expectNoLeak({ internal, twin: second.scorecard }, { internal: first.hidden, twin: second.hidden });
        expectWithheldFieldsEmpty(internal);

        const shown = forAudience(internal, 'public');
        const withheldOkrs = shown.okrs.filter(o => o.withheld);
        expect(withheldOkrs.length).toBeGreaterThan(0);
        // time: the cycle is no secret, the pace of a withheld score is
        for (const okr of withheldOkrs) {
            expect(okr.elapsed, okr.name).not.toBeNull();
            expect([okr.pace, okr.score, ...okr.keyResults.filter(kr => kr.withheld).map(kr => kr.pace)], okr.name).toEqual(expect.arrayContaining([null]));
            expect(okr.keyResults.filter(kr => kr.withheld).every(kr => kr.pace === null && !/\d{3}/.test(kr.title)), okr.name).toBe(true);
        }
        // the numbers of a withheld key result's title are replaced
        expect(shown.okrs.flatMap(o => o.keyResults).filter(kr => kr.title.startsWith('Revenue from')).map(kr => kr.title)).toContain('Revenue from [confidential] to [confidential]');
        const messages = shown.diagnostics.items.map(d => `${d.code}: ${d.message}`).join('\n');
        expect(messages).not.toMatch(/\b(Revenue|Margin)\d+\b|data\/finance|Secret\d+/);
    }, 120_000);
});
