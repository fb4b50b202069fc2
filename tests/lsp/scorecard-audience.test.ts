/**
 * The preview's scorecard request for an audience (docs/language.md#audiences), through the real
 * server over stdio: `audience: 'public'` withholds the figures of a confidential KPI — read from
 * a data file — and of the key result that measures it, and leaves a confidential OKR out with the
 * links to it, for the workspace and for one file whose scorecard links to elements in another;
 * without an audience, or with `internal`, everything is there.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORECARD_REQUEST, type ScorecardParams, type ScorecardResult } from '../../packages/language/src/lsp/scorecard-protocol.js';
import { startServer, type StdioServer } from '../support/stdio-server.js';

const KPIS = `ambition A "Be the bank clients choose" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi Revenue "Revenue" {
    monitors S
    target >= 48_765.5
    alert 41_357.5
    every month
    confidential
    actuals from "data/finance.csv"
}
kpi Nps "Net Promoter Score" {
    monitors S
    target >= 30
    every month
    actual 2026-06 21
}
`;

const BOARD = `okr Board "Secret board objective" {
    cycle 2026-Q3
    confidential
    addresses Nps
    key result "Close the deal" { from 0 to 1 current 0 }
    key result "Sign the contract" { from 0 to 1 current 1 }
}
`;

const OKRS = `okr Win "Win clients" {
    cycle 2026-Q3
    addresses Revenue, Nps
    supports Board
    key result Rev "Revenue to 47,531.5" { measures Revenue from 43_219.5 to 47_531.5 }
    key result Happy "NPS up" { measures Nps from 21 to 35 current 26 }
    plan { initiative "Onboarding" due 2026-09-30 }
}
`;

/** Every figure of the confidential KPI and of the key result that measures it, as the JSON writes them. */
const SECRETS = ['48765.5', '41357.5', '43219.5', '47531.5', '44827.5', '45913.5'];

const FINANCE = 'month,Revenue\n2026-06,44827.5\n2026-07,45913.5\n';

describe('the scorecard request for an audience', () => {
    let server: StdioServer;
    const request = (params: ScorecardParams) => server.connection.sendRequest<ScorecardResult>(SCORECARD_REQUEST, params);

    beforeAll(async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'strat-audience-'));
        mkdirSync(path.join(folder, 'data'));
        writeFileSync(path.join(folder, 'kpis.strat'), KPIS);
        writeFileSync(path.join(folder, 'okrs.strat'), OKRS);
        writeFileSync(path.join(folder, 'board.strat'), BOARD);
        writeFileSync(path.join(folder, 'data', 'finance.csv'), FINANCE);
        writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-08-17" }\n');
        server = await startServer(folder, { trusted: true });
        await server.until('both files checked', () => server.diagnostics('kpis.strat') !== undefined && server.diagnostics('okrs.strat') !== undefined && server.diagnostics('board.strat') !== undefined);
    }, 30_000);

    afterAll(async () => {
        await server?.close();
    });

    it('shows everything to the internal audience, and by default', async () => {
        for (const params of [{ scope: 'workspace' }, { scope: 'workspace', audience: 'internal' }] as const) {
            const { scorecard } = await request(params);
            expect(scorecard.audience).toBeUndefined();
            expect(scorecard.kpis.find(k => k.name === 'Revenue')).toMatchObject({ value: 45913.5, target: 48765.5, source: { path: 'data/finance.csv', rows: 2 } });
            expect(scorecard.okrs.map(o => o.name).sort()).toEqual(['Board', 'Win']);
            const json = JSON.stringify(scorecard);
            for (const secret of SECRETS) expect(json, secret).toContain(secret);
        }
    });

    it('withholds the confidential figures and leaves the confidential OKR out of the workspace for everyone', async () => {
        const { scorecard } = await request({ scope: 'workspace', audience: 'public' });
        expect(scorecard.audience).toBe('public');
        expect(scorecard.kpis.find(k => k.name === 'Revenue')).toMatchObject({ status: 'confidential', withheld: true, value: null, actuals: [], source: null });
        expect(scorecard.kpis.find(k => k.name === 'Nps')).toMatchObject({ value: 21, addressedBy: ['Win'] });
        expect(scorecard.okrs.map(o => o.name)).toEqual(['Win']);
        const win = scorecard.okrs[0];
        expect(win).toMatchObject({ supports: null, score: null, pace: null, grade: 'confidential' });
        expect(win.keyResults[0]).toMatchObject({ withheld: true, title: 'Revenue to [confidential]', progress: null });
        const json = JSON.stringify(scorecard);
        for (const secret of SECRETS) expect(json, secret).not.toContain(secret);
        expect(json).not.toContain('Secret board objective');
    });

    it('withholds in the scorecard of one file what the workspace withholds, even where the file only links to it', async () => {
        const { scorecard } = await request({ scope: 'file', uri: server.uri('okrs.strat'), audience: 'public' });
        expect(scorecard.audience).toBe('public');
        expect(scorecard.okrs.map(o => o.name)).toEqual(['Win']);
        expect(scorecard.okrs[0].supports).toBeNull();
        expect(scorecard.kpis.find(k => k.name === 'Nps')?.addressedBy).toEqual(['Win']);
        const json = JSON.stringify(scorecard);
        for (const secret of SECRETS) expect(json, secret).not.toContain(secret);
        expect(json).not.toMatch(/\bBoard\b/);
        // the file's own scorecard does not hold the OKR `Board`, only links to it
        const internal = await request({ scope: 'file', uri: server.uri('okrs.strat') });
        expect(internal.scorecard.okrs.map(o => o.name)).toEqual(['Win']);
        expect(internal.scorecard.okrs[0].supports).toBe('Board');
    });
});
