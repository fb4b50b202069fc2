/**
 * The preview's comparison with a git revision, through the real server over stdio on a scripted
 * repository: committed files are BASE (their data files and strat.json as committed), the
 * editor's text is HEAD (unsaved edits included), and the problems a user can run into — an
 * unknown revision, a folder outside any repository — are one clear line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, ResponseError
} from 'vscode-languageserver-protocol';
import {
    COMPARISON_REFS_REQUEST, SCORECARD_COMPARISON_REQUEST, type ComparisonRefsResult, type ScorecardComparisonResult
} from '../../packages/language/src/lsp/scorecard-protocol.js';
import { datedProject } from '../support/dated-project.js';
import { ScriptedRepo } from '../support/git-repo.js';
import { startServer, type StdioServer } from '../support/stdio-server.js';

const STRATEGY = `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi Nps "Net Promoter Score" {
    monitors S
    target >= 30
    alert 20
    every month
    actual 2026-05 18
    actual 2026-06 21
}
kpi Revenue "Monthly revenue" {
    monitors S
    target >= 100
    alert 90
    every month
    actuals from "data/finance.csv"
}
okr Win "Win clients" {
    cycle 2026-Q3
    addresses Nps
    key result NpsUp "NPS to 35" { measures Nps from 21 to 35 }
}
`;

async function refusal(reply: Promise<unknown>): Promise<{ code: number; message: string }> {
    try {
        await reply;
    } catch (error) {
        if (error instanceof ResponseError) return { code: error.code, message: error.message };
        throw error;
    }
    throw new Error('the request was answered, not refused');
}

describe('comparing the scorecard with a git revision', () => {
    let repo: ScriptedRepo;
    let server: StdioServer | undefined;

    beforeAll(() => {
        repo = ScriptedRepo.create('strat-compare-');
        repo.write({
            'strategy/strategy.strat': STRATEGY,
            'strategy/data/finance.csv': 'month,Revenue\n2026-05,95\n2026-06,85\n',
            'strategy/strat.json': '{ "asOf": "2026-07-10" }\n'
        });
        repo.commit('the strategy');
        repo.git('tag', 'v1');
    });
    afterAll(() => repo.remove());
    afterEach(async () => {
        await server?.close();
        server = undefined;
    });

    const compare = (s: StdioServer, ref: string, scope: 'file' | 'workspace' = 'workspace') =>
        s.connection.sendRequest<ScorecardComparisonResult>(SCORECARD_COMPARISON_REQUEST, { scope, ref, uri: s.uri('strategy.strat') });

    it('shows an unsaved edit and a changed data file against HEAD: tables, summary and the changed cards', async () => {
        const folder = repo.path('strategy');
        // the data file changed on disk since the commit; BASE still reads the committed one
        writeFileSync(path.join(folder, 'data/finance.csv'), 'month,Revenue\n2026-05,95\n2026-06,104\n');
        try {
            const s = server = await startServer(folder);
            const uri = s.uri('strategy.strat');
            await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'strat', version: 1, text: STRATEGY } });
            const same = await compare(s, 'HEAD');
            expect(same.diff.base).toMatchObject({ label: 'HEAD', commit: repo.git('rev-parse', 'HEAD') });
            expect(same.diff.values).toEqual([{ kind: 'actual', element: 'Revenue', okr: null, period: '2026-06', before: 85, after: 104, unit: null }]);

            // an unsaved edit: the NPS of June goes from 21 to 27
            await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: 2 },
                contentChanges: [{ text: STRATEGY.replace('actual 2026-06 21', 'actual 2026-06 27') }]
            });
            const edited = await compare(s, 'HEAD');
            expect(edited.diff.values.map(v => [v.element, v.before, v.after])).toEqual([['Nps', 21, 27], ['Revenue', 85, 104]]);
            expect(edited.summary).toMatch(/2 new or changed values/);
            const values = edited.tables.find(t => t.section === 'values');
            expect(values?.title).toBe('Actuals and check-ins');
            expect(values?.rows).toContainEqual({ cells: ['Nps', '2026-06', '21', '27'], trend: 'up' });
            const nps = edited.cards.find(c => c.kind === 'kpi' && c.name === 'Nps');
            expect(nps).toMatchObject({ added: false, value: { before: 21, after: 27 }, direction: 'up' });
            const revenue = edited.cards.find(c => c.kind === 'kpi' && c.name === 'Revenue');
            expect(revenue).toMatchObject({ value: { before: 85, after: 104 }, status: { before: 'red', after: 'green' } });
            expect(edited.tables.find(t => t.section === 'kpis')?.rows).toContainEqual({ cells: ['Revenue Monthly revenue', 'red', 'green'] });
            // the OKR's key result measures Nps: its progress (and the OKR's score) moved with it
            expect(edited.cards.find(c => c.kind === 'okr')).toMatchObject({ name: 'Win', score: { before: 0, after: expect.any(Number) as number } });
            expect(edited.hasSyntaxErrors).toBe(false);

            // the scope of one file compares that file's elements
            const file = await compare(s, 'v1', 'file');
            expect(file.diff.base.label).toBe('v1');
            expect(file.diff.values).toHaveLength(2);
        } finally {
            repo.git('checkout', '--', 'strategy/data/finance.csv');
        }
    });

    it('withholds for everyone what is confidential on both sides: no before or after of a confidential KPI', async () => {
        const s = server = await startServer(repo.path('strategy'));
        const uri = s.uri('strategy.strat');
        // Nps becomes confidential in the editor, and its June value moves from 21 to 27
        const text = STRATEGY.replace('    every month\n    actual 2026-05 18', '    confidential\n    every month\n    actual 2026-05 18').replace('actual 2026-06 21', 'actual 2026-06 27');
        await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'strat', version: 1, text } });
        const internal = await compare(s, 'HEAD');
        expect(JSON.stringify(internal)).toMatch(/27/);
        for (const scope of ['workspace', 'file'] as const) {
            const everyone = await s.connection.sendRequest<ScorecardComparisonResult>(SCORECARD_COMPARISON_REQUEST, { scope, ref: 'HEAD', uri, audience: 'public' });
            const shown = JSON.stringify(everyone);
            expect(shown, `the ${scope} comparison for everyone`).not.toMatch(/\b(18|21|27)\b/);
            expect(everyone.diff.values.map(v => v.element)).not.toContain('Nps');
            expect(everyone.cards.filter(c => c.kind === 'kpi' && c.name === 'Nps').map(c => c.kind === 'kpi' ? c.value : null)).toEqual([]);
        }
    });

    it('offers HEAD, the branch, the tag and the recent commits', async () => {
        const s = server = await startServer(repo.path('strategy'));
        const { refs } = await s.connection.sendRequest<ComparisonRefsResult>(COMPARISON_REFS_REQUEST, {});
        expect(refs[0]).toMatchObject({ ref: 'HEAD', kind: 'head' });
        expect(refs.map(r => [r.ref, r.kind])).toEqual(expect.arrayContaining([['main', 'branch'], ['v1', 'tag']]));
        expect(refs.filter(r => r.kind === 'commit').map(r => r.detail)).toEqual([expect.stringContaining('the strategy')]);
    });

    it('refuses an unknown revision, a folder outside a repository and a malformed revision with one line', async () => {
        const s = server = await startServer(repo.path('strategy'));
        const unknown = await refusal(compare(s, 'no-such-branch'));
        expect(unknown.message).toMatch(/^Unknown git revision: no-such-branch \(not a branch, tag or commit of .+\)$/);
        const blank = await refusal(s.connection.sendRequest(SCORECARD_COMPARISON_REQUEST, { scope: 'workspace', ref: ' ' }));
        expect(blank.message).toMatch(/params\.ref must be a git revision/);

        const outside = mkdtempSync(path.join(tmpdir(), 'strat-no-git-'));
        writeFileSync(path.join(outside, 'strategy.strat'), STRATEGY);
        try {
            const t = await startServer(outside);
            try {
                const refused = await refusal(t.connection.sendRequest(SCORECARD_COMPARISON_REQUEST, { scope: 'workspace', ref: 'HEAD' }));
                expect(refused.message).toBe(`Not a git repository: ${outside}`);
                expect(refused.message).not.toMatch(/\n|at .*\.js/);
            } finally {
                await t.close();
            }
        } finally {
            rmSync(outside, { recursive: true, force: true });
        }
    });
});

describe('comparing a workspace whose projects pin different reference dates', () => {
    const project = datedProject;
    let repo: ScriptedRepo;
    let server: StdioServer | undefined;

    beforeAll(() => {
        repo = ScriptedRepo.create('strat-compare-dates-');
        repo.write({
            'north/strat.json': '{ "asOf": "2026-08-17" }\n',
            'north/north.strat': project('North'),
            'south/strat.json': '{ "asOf": "2026-09-20" }\n',
            'south/south.strat': project('South')
        });
        repo.commit('two projects');
    });
    afterAll(async () => {
        await server?.close();
        repo.remove();
    });

    it('judges each committed file on the day its project has in the working tree, also after that day changes', async () => {
        const s = server = await startServer(repo.path('.'));
        const compare = () => s.connection.sendRequest<ScorecardComparisonResult>(SCORECARD_COMPARISON_REQUEST, { scope: 'workspace', ref: 'HEAD', uri: s.uri('north/north.strat') });
        const unchanged = await compare();
        expect(unchanged.diff.changed).toBe(false);
        expect(unchanged.diff.diagnostics).toEqual({ introduced: [], fixed: [] });

        // South's date moves on a month: both sides of South follow it, North keeps its own.
        writeFileSync(repo.path('south/strat.json'), '{ "asOf": "2026-10-20" }\n');
        try {
            await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: s.uri('south/strat.json'), type: FileChangeType.Changed }] });
            const moved = await compare();
            expect(moved.diff.changed).toBe(false);
        } finally {
            repo.git('checkout', '--', 'south/strat.json');
        }
    });
});
