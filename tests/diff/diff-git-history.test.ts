/**
 * `strat diff` on a scripted git history: a repository in a temporary folder, committed step by
 * step with fixed authors and dates, then compared revision to revision as a reviewer would.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardDiff } from '../../packages/language/src/scorecard/diff/diff-model.js';
import { datedProject } from '../support/dated-project.js';
import { ScriptedRepo } from '../support/git-repo.js';
import { CLI_BIN } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const BANK = `ambition Appealing "Become the most appealing bank" { horizon 2030 }

strategy DigitalFirst "Serve clients digital-first" { realizes Appealing perspective customer }

kpi Nps "Net Promoter Score" {
    monitors DigitalFirst
    target >= 30
    alert 20
    every month
    actual 2026-05 18
    actual 2026-06 21
}

kpi Churn "Client churn" {
    monitors DigitalFirst
    target <= 5
    alert 8
    every quarter
    actual 2026-Q1 6
}
`;

const OKRS = `okr WinClients "Become the bank new clients choose first" {
    cycle 2026-Q3
    addresses Nps
    owner "Retail"
    key result NpsUp "Increase NPS from 21 to 35" { measures Nps from 21 to 35 current 26 }
    key result FastOpening "Cut opening time from 5 days to 1 day" { from 5 to 1 checkin 2026-07-15 4 }
}

okr KeepClients "Keep the clients we have" {
    cycle 2026-Q3
    addresses Churn
    key result "Cut churn from 6% to 4%" { measures Churn from 6 to 4 current 5 }
    key result "Call every lost client" { from 0 to 100 current 10 }
    plan { initiative "Exit interviews" }
}

okr Legacy "Retire the old branch network" {
    cycle 2026-Q3
    addresses Churn
    key result "Close branches" { from 10 to 0 current 5 }
    key result "Move clients online" { from 0 to 100 current 40 }
    plan { initiative "Branch plan" }
}
`;

/** Every kind of change at once: two comment lines above everything move every line down. */
const BANK_CHANGED = `// Acme Bank
// strategy 2026–2030, reviewed in July

${BANK.replace('kpi Nps', 'kpi NetPromoter')
        .replace('alert 20', 'alert 15')
        .replace('actual 2026-06 21\n', 'actual 2026-06 21\n    actual 2026-07 31\n')
        .replace('target <= 5', 'target <= 4')
        .replace('actual 2026-Q1 6', 'actual 2026-Q1 7')}
strategy Branches "Keep a branch in every town" { realizes Appealing perspective customer }
`;

const OKRS_CHANGED = OKRS
    .replace(/\bNps\b/g, 'NetPromoter')
    .replace('cycle 2026-Q3\n    addresses NetPromoter', 'cycle 2026-Q4\n    addresses NetPromoter')
    .replace('checkin 2026-07-15 4 }', 'checkin 2026-07-15 4 checkin 2026-08-15 2 }\n    plan { initiative "Redesign onboarding" }')
    .replace('cycle 2026-Q3\n    addresses Churn\n    key result "Cut', 'cycle 2026-Q3\n    status closed\n    addresses Churn\n    key result "Cut')
    .replace(/okr Legacy[\s\S]*$/, `okr GrowDeposits "Grow deposits" {
    cycle 2026-Q4
    addresses Churn
    key result "Raise deposits" { from 100 to 150 current 110 }
    key result "Open savings online" { from 0 to 1000 current 100 }
    plan { initiative "Savings app" }
}
`);

const run = promisify(execFile);

/** Temporary folders made by the tests, deleted at the end. */
const folders: string[] = [];
function tempFolder(prefix: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), prefix));
    folders.push(folder);
    return folder;
}

async function diffJson(...args: string[]): Promise<ScorecardDiff> {
    // No reference date: the changes these tests make are about values and definitions, not time.
    const { status, stdout, stderr } = await runCli(['diff', '--format', 'json', '--as-of', 'none', ...args]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    return JSON.parse(stdout) as ScorecardDiff;
}

let repo: ScriptedRepo;
const commits: Record<'base' | 'changed' | 'moved' | 'deleted' | 'broken', string> = { base: '', changed: '', moved: '', deleted: '', broken: '' };

beforeAll(() => {
    repo = ScriptedRepo.create();
    repo.write({ 'strategy/bank.strat': BANK, 'strategy/okrs/q3.strat': OKRS, 'README.md': 'not strategy\n' });
    commits.base = repo.commit('base');
    repo.write({ 'strategy/bank.strat': BANK_CHANGED, 'strategy/okrs/q3.strat': OKRS_CHANGED });
    commits.changed = repo.commit('a quarter of changes');
    repo.move('strategy/okrs/q3.strat', 'strategy/plans/q3.strat');
    commits.moved = repo.commit('move the OKRs to plans/');
    repo.write({ 'strategy/plans/q3.strat': null });
    commits.deleted = repo.commit('delete the OKRs');
    repo.write({ 'strategy/bank.strat': `${BANK_CHANGED}\nkpi Broken "Half written" { target >= }\n` });
    commits.broken = repo.commit('a syntax error');
});

afterAll(() => {
    repo.remove();
    folders.forEach(folder => rmSync(folder, { recursive: true, force: true }));
});

describe('strat diff with a reference date', () => {
    it('reports staleness and pace before → after, both sides judged as of the same day', async () => {
        const { status, stdout, stderr } = await runCli(['diff', '--format', 'json', '--as-of', '2026-08-17', commits.base, commits.changed, repo.path('strategy')]);
        expect(stderr).toBe('');
        expect(status).toBe(0);
        const dated = JSON.parse(stdout) as ScorecardDiff;
        expect(dated.asOf).toBe('2026-08-17');
        // Monthly, latest June: stale since 1 August; a July actual makes it fresh again.
        expect(dated.kpis.find(k => k.name === 'NetPromoter')).toMatchObject({ stale: { before: true, after: false } });
        // WinClients moved from Q3 (day 48 of 92) to Q4 (not started).
        expect(dated.okrs.find(o => o.name === 'WinClients')).toMatchObject({ pace: { before: 'behind', after: 'not-started' } });
    });
});

describe('strat diff between two revisions', () => {
    let diff: ScorecardDiff;
    beforeAll(async () => {
        diff = await diffJson(commits.base, commits.changed, repo.path('strategy'));
    });

    it('names both sides by the revisions given and the commits they resolve to', () => {
        expect(diff.base).toEqual({ label: commits.base, commit: commits.base, files: 2 });
        expect(diff.head).toEqual({ label: commits.changed, commit: commits.changed, files: 2 });
        expect(diff.changed).toBe(true);
    });

    it('reports KPIs whose status changed, under their new name', () => {
        expect(diff.kpis).toEqual([{ name: 'NetPromoter', title: 'Net Promoter Score', before: 'amber', after: 'green' }]);
    });

    it('reports new actuals, changed values and new check-ins', () => {
        expect(diff.values).toEqual([
            { kind: 'actual', element: 'NetPromoter', okr: null, period: '2026-07', before: null, after: 31, unit: null },
            { kind: 'actual', element: 'Churn', okr: null, period: '2026-Q1', before: 6, after: 7, unit: null },
            { kind: 'checkin', element: 'FastOpening', okr: 'WinClients', period: '2026-08-15', before: null, after: 2, unit: null }
        ]);
    });

    it('reports OKRs re-scored, closed, added and removed, with score and grade before → after', () => {
        const byName = new Map(diff.okrs.map(o => [o.name, o]));
        expect([...byName.keys()].sort()).toEqual(['GrowDeposits', 'KeepClients', 'Legacy', 'WinClients']);
        expect(byName.get('WinClients')).toMatchObject({
            change: 'rescored', status: { before: 'active', after: 'active' }, grade: { before: 'red', after: 'amber' },
            keyResults: [{ name: 'FastOpening', change: 'changed', progress: { before: 0.25, after: 0.75 } }]
        });
        expect(byName.get('WinClients')!.score.before).toBeCloseTo(0.3);
        expect(byName.get('WinClients')!.score.after).toBeCloseTo(0.55);
        expect(byName.get('KeepClients')).toMatchObject({ change: 'closed', status: { before: 'active', after: 'closed' }, keyResults: [] });
        expect(byName.get('GrowDeposits')).toMatchObject({ change: 'added', status: { before: null, after: 'active' }, score: { before: null } });
        expect(byName.get('Legacy')).toMatchObject({ change: 'removed', status: { before: 'active', after: null }, grade: { before: 'amber', after: null } });
        // No reference date (--as-of none): no pace in the diff.
        expect(diff.okrs.some(o => 'pace' in o)).toBe(false);
    });

    it('reports targets, alerts and cycles changed — and no link changed by the rename', () => {
        expect(diff.definitions).toEqual([
            { kind: 'kpi', element: 'NetPromoter', okr: null, property: 'alert', before: 20, after: 15 },
            { kind: 'kpi', element: 'Churn', okr: null, property: 'target', before: 5, after: 4 },
            { kind: 'okr', element: 'WinClients', okr: null, property: 'cycle', before: '2026-Q3', after: '2026-Q4' }
        ]);
    });

    it('reports a strategy added', () => {
        expect(diff.elements).toEqual([{ kind: 'strategy', name: 'Branches', title: 'Keep a branch in every town', change: 'added' }]);
    });

    it('reports a KPI renamed with the same title and strategies as one rename, not a removal and an addition', () => {
        expect(diff.renames).toEqual([{ kind: 'kpi', before: 'Nps', after: 'NetPromoter', title: 'Net Promoter Score', okr: null }]);
        expect(diff.kpis.some(k => k.before === null || k.after === null)).toBe(false);
    });

    it('matches diagnostics by code and element, not by line: lines moved down report nothing', () => {
        const codes = (list: ScorecardDiff['diagnostics']['introduced']) => list.map(d => `${d.code} ${d.element}`).sort();
        // WinClients moved to Q4 keeps its July and August check-ins: they now lie outside its cycle.
        expect(codes(diff.diagnostics.introduced)).toEqual(['checkin-outside-cycle FastOpening', 'checkin-outside-cycle FastOpening', 'closed-okr-kpi-not-green KeepClients', 'okr-on-green-kpi WinClients', 'strategy-no-kpi Branches']);
        expect(codes(diff.diagnostics.fixed)).toEqual(['okr-no-plan WinClients']);
        // kr-activity on "Call every lost client" moved a line down and is still there: neither fixed nor introduced.
        expect(diff.diagnostics.introduced.concat(diff.diagnostics.fixed).some(d => d.code === 'kr-activity')).toBe(false);
        const introduced = diff.diagnostics.introduced.find(d => d.code === 'strategy-no-kpi')!;
        expect(introduced.path.endsWith('strategy/bank.strat')).toBe(true);
        expect(introduced.line).toBe(BANK_CHANGED.split('\n').findIndex(l => l.startsWith('strategy Branches')) + 1);
    });

    it('prints a pull-request comment: a summary line first, then one table per section in order', async () => {
        const { status, stdout } = await runCli(['diff', commits.base, commits.changed, repo.path('strategy'), '--format', 'md', '--as-of', 'none']);
        expect(status).toBe(0);
        const lines = stdout.split('\n');
        expect(lines[0]).toBe(`**Scorecard change** \`${commits.base}\` → \`${commits.changed}\`: 1 KPI status change · 3 new or changed values · ` +
            '4 OKR changes · 3 definition changes · 1 ambition or strategy added or removed · 1 rename · 5 findings introduced · 1 finding fixed');
        const headings = lines.filter(l => l.startsWith('### '));
        expect(headings).toEqual(['### KPI status', '### Actuals and check-ins', '### OKRs', '### Targets, alerts, cycles and links',
            '### Ambitions and strategies added or removed', '### Renamed', '### Diagnostics']);
        expect(stdout).toContain('| `NetPromoter` Net Promoter Score | 🟠 amber | 🟢 green |');
        expect(stdout).toContain('| KPI | `Nps` | `NetPromoter` | Net Promoter Score |');
    });

    it('prints text for a terminal', async () => {
        const { stdout } = await runCli(['diff', commits.base, commits.changed, repo.path('strategy'), '--as-of', 'none']);
        expect(stdout.split('\n')[0]).toMatch(/^Scorecard change \w+ → \w+: 1 KPI status change, /);
        expect(stdout).toContain('  NetPromoter  "Net Promoter Score"  amber → green');
        expect(stdout).toContain('  KPI Nps → NetPromoter  "Net Promoter Score"');
    });
});

describe('strat diff on other histories', () => {
    it('reads each revision\'s data files and strat.json as committed, not as they are on disk', async () => {
        const history = ScriptedRepo.create();
        try {
            history.write({
                'a.strat': 'kpi K "Sales" { target >= 15 alert 5 every month actuals from "data/k.csv" }\n',
                'data/k.csv': 'period,K\n2026-06,10\n2026-07,20\n',
                'strat.json': '{ "rules": { "kpi-no-strategy": "off" } }\n'
            });
            const first = history.commit('sales from the CSV');
            history.write({ 'data/k.csv': 'period,K\n2026-06,10\n2026-07,2\n', 'strat.json': '{}\n' });
            const second = history.commit('July fell; every rule back on');
            // what is on disk now must not count for either revision
            history.write({ 'data/k.csv': 'period,K\n2026-06,99\n2026-07,99\n' });
            const { status, stdout } = await runCli(['diff', '--format', 'json', '--as-of', '2026-08-17', first, second, history.path('.')]);
            expect(status).toBe(0);
            const diff = JSON.parse(stdout) as { kpis: unknown[]; values: unknown[]; diagnostics: { introduced: Array<{ code: string }> } };
            expect(diff.kpis).toEqual([expect.objectContaining({ name: 'K', before: 'green', after: 'red' })]);
            expect(diff.values).toEqual([expect.objectContaining({ element: 'K', period: '2026-07', before: 20, after: 2 })]);
            expect(diff.diagnostics.introduced.map(d => d.code)).toEqual(expect.arrayContaining(['kpi-no-strategy', 'red-kpi-no-okr']));
            // and the working tree reads the disk
            const now = JSON.parse((await runCli(['diff', '--format', 'json', '--as-of', '2026-08-17', second, history.path('.')])).stdout) as { values: Array<{ after: number }> };
            expect(now.values.map(v => v.after)).toEqual([99, 99]);
        } finally {
            history.remove();
        }
    });

    it('a file moved between folders is no change', async () => {
        const { status, stdout } = await runCli(['diff', commits.changed, commits.moved, repo.path('strategy'), '--format', 'md', '--as-of', 'none']);
        expect(status).toBe(0);
        expect(stdout).toBe('No change to the scorecard.\n');
    });

    it('identical states are no change, in every format', async () => {
        for (const format of ['md', 'text']) {
            expect((await runCli(['diff', commits.base, commits.base, repo.path('strategy'), '--format', format, '--as-of', 'none'])).stdout).toBe('No change to the scorecard.\n');
        }
        const json = await diffJson(commits.base, commits.base, repo.path('strategy'));
        expect(json.changed).toBe(false);
        expect(Object.values(json.summary).every(count => count === 0)).toBe(true);
    });

    it('a file deleted removes its OKRs and fixes its findings', async () => {
        const diff = await diffJson(commits.moved, commits.deleted, repo.path('strategy'));
        expect(diff.head.files).toBe(1);
        expect(diff.okrs.map(o => `${o.name} ${o.change}`).sort()).toEqual(['GrowDeposits removed', 'KeepClients removed', 'WinClients removed']);
        expect(diff.diagnostics.fixed.map(d => d.code)).toContain('kr-activity');
    });

    it('a syntax error on one side is reported as a finding, not a crash', async () => {
        const diff = await diffJson(commits.deleted, commits.broken, repo.path('strategy'));
        expect(diff.diagnostics.introduced).toContainEqual(expect.objectContaining({ code: 'syntax', severity: 'error', element: 'Broken' }));
        const back = await diffJson(commits.broken, commits.deleted, repo.path('strategy'));
        expect(back.diagnostics.fixed.map(d => d.code)).toContain('syntax');
    });

    it('a path that is not in both revisions counts as empty on the side without it', async () => {
        const diff = await diffJson(commits.changed, commits.moved, repo.path('strategy', 'plans'));
        expect(diff.base.files).toBe(0);
        expect(diff.okrs.every(o => o.change === 'added')).toBe(true);
    });

    it('reads no file outside PATHS: README.md and other folders stay out', async () => {
        const diff = await diffJson(commits.base, commits.changed, repo.path('strategy', 'bank.strat'));
        expect(diff.base.files).toBe(1);
        expect(diff.okrs).toEqual([]);
    });

    it('by default compares HEAD with the working tree of the current folder, and checks nothing out', async () => {
        repo.write({ 'strategy/bank.strat': `${BANK_CHANGED.replace('actual 2026-Q1 7', 'actual 2026-Q1 9')}\nkpi Broken "Half written" { target >= }\n` });
        try {
            const { stdout } = await run(process.execPath, [CLI_BIN, 'diff', '--format', 'json'], { cwd: repo.root });
            const diff = JSON.parse(stdout) as ScorecardDiff;
            expect(diff.base).toMatchObject({ label: 'HEAD', commit: commits.broken });
            expect(diff.head).toMatchObject({ label: 'working tree', commit: null });
            expect(diff.values).toEqual([{ kind: 'actual', element: 'Churn', okr: null, period: '2026-Q1', before: 7, after: 9, unit: null }]);
            expect(diff.diagnostics.introduced[0]?.path).toBe('strategy/bank.strat');
            expect(repo.git('status', '--porcelain')).toBe('M strategy/bank.strat');
        } finally {
            repo.git('checkout', '--', 'strategy/bank.strat');
        }
    });

    it('-- separates revisions from paths, so a path deleted since BASE can be named', async () => {
        const diff = await diffJson(commits.moved, commits.deleted, '--', repo.path('strategy', 'plans'));
        expect(diff.head.files).toBe(0);
        expect(diff.okrs).toHaveLength(3);
    });
});

describe('strat diff problems: one line on stderr, exit 2', () => {
    it.each([
        ['a revision that does not exist', () => ['diff', 'no-such-branch', 'HEAD', repo.path('strategy')], /^strat: Neither a git revision nor a file or folder: no-such-branch\n$/],
        ['a revision that does not exist, after --', () => ['diff', 'no-such-branch', '--', repo.path('strategy')], /^strat: Unknown revision: no-such-branch\n$/],
        ['three revisions, or a path that does not exist', () => ['diff', 'a', 'b', 'c'], /^strat: No such file or folder: c \(after two revisions, only paths; put -- before paths that do not exist\)\n$/],
        ['a revision after a path', () => ['diff', repo.path('strategy'), 'HEAD'], /^strat: No such file or folder: HEAD \(revisions come before paths; put -- before paths that do not exist\)\n$/],
        ['a bad --as-of', () => ['diff', '--as-of', '2026-13-01'], /^strat: --as-of expects YYYY-MM-DD, today or none, got '2026-13-01': months run from 01 to 12\n$/],
        ['a bad format', () => ['diff', '--format', 'html'], /^strat: option '-f, --format <format>' argument 'html' is invalid\. Allowed choices are md, json, text\.\n$/]
    ])('%s', async (_what, args, message) => {
        const { status, stdout, stderr } = await runCli(args());
        expect(stderr).toMatch(message);
        expect(stdout).toBe('');
        expect(status).toBe(2);
    });

    it('a path outside any git repository', async () => {
        const outside = tempFolder('strat-no-git-');
        writeFileSync(path.join(outside, 'k.strat'), 'kpi K "k" { target >= 1 }\n');
        const { status, stderr } = await runCli(['diff', 'HEAD', outside]);
        expect(stderr).toBe(`strat: Not in a git repository: ${outside} (to compare two folders: strat diff OLD NEW)\n`);
        expect(status).toBe(2);
    });

    it('run in a folder outside any git repository', async () => {
        const outside = tempFolder('strat-no-git-');
        const failed = await run(process.execPath, [CLI_BIN, 'diff'], { cwd: outside }).catch((error: { code: number; stdout: string; stderr: string }) => error);
        expect(failed).toMatchObject({ code: 2, stdout: '', stderr: 'strat: Not in a git repository: . (to compare two folders: strat diff OLD NEW)\n' });
    });
});

describe('strat diff between two folders', () => {
    it('compares two folders without git, matching elements across file names', async () => {
        const old = tempFolder('strat-old-');
        const now = tempFolder('strat-new-');
        writeFileSync(path.join(old, 'bank.strat'), BANK);
        writeFileSync(path.join(now, 'renamed-file.strat'), BANK.replace('actual 2026-Q1 6', 'actual 2026-Q1 9'));
        const diff = await diffJson(old, now);
        expect(diff.base).toEqual({ label: old, commit: null, files: 1 });
        expect(diff.kpis).toEqual([{ name: 'Churn', title: 'Client churn', before: 'amber', after: 'red' }]);
        expect(diff.values).toEqual([{ kind: 'actual', element: 'Churn', okr: null, period: '2026-Q1', before: 6, after: 9, unit: null }]);
        expect(diff.diagnostics.introduced.map(d => d.code)).toEqual(['red-kpi-no-okr']);
    });
});

describe('strat diff of projects that pin different reference dates', () => {
    const project = datedProject;
    // North is judged on 17 August (September is still to come: future-period), South on 20 September.
    const FILES = {
        'north/strat.json': '{ "asOf": "2026-08-17" }\n',
        'north/north.strat': project('North'),
        'south/strat.json': '{ "asOf": "2026-09-20" }\n',
        'south/south.strat': project('South'),
        'gone/strat.json': '{ "asOf": "2026-08-17" }\n',
        'gone/gone.strat': project('Gone')
    };
    let dated: ScriptedRepo;
    const at: Record<'first' | 'readme' | 'south' | 'removed', string> = { first: '', readme: '', south: '', removed: '' };

    beforeAll(() => {
        dated = ScriptedRepo.create();
        dated.write(FILES);
        at.first = dated.commit('two projects');
        dated.write({ 'README.md': 'not strategy\n' });
        at.readme = dated.commit('a README');
        dated.write({ 'south/south.strat': project('South').replace('actual 2026-09 99', 'actual 2026-09 101') });
        at.south = dated.commit('South reaches its target');
        dated.write({ 'gone/strat.json': null, 'gone/gone.strat': null });
        at.removed = dated.commit('a project removed');
    });

    afterAll(() => dated.remove());

    const diffOf = async (...args: string[]) => {
        const { status, stdout, stderr } = await runCli(['diff', '--format', 'json', ...args]);
        expect(stderr).toBe('');
        expect(status).toBe(0);
        return JSON.parse(stdout) as ScorecardDiff;
    };

    it('judges each file of BASE on the day HEAD has for it, so a commit that touches no .strat file changes nothing', async () => {
        const { stdout } = await runCli(['diff', at.first, at.readme, dated.path('.'), '--format', 'md']);
        expect(stdout).toBe('No change to the scorecard.\n');
    });

    it('reports only what changed in one project, judged on that project\'s day', async () => {
        const diff = await diffOf(at.readme, at.south, dated.path('.'));
        expect(diff.values).toEqual([{ kind: 'actual', element: 'SouthSales', okr: null, period: '2026-09', before: 99, after: 101, unit: null }]);
        expect(diff.kpis).toEqual([{ name: 'SouthSales', title: 'Sales South', before: 'amber', after: 'green', stale: { before: false, after: false } }]);
        // North's September value stays in its future on both sides: nothing introduced or fixed there.
        expect([...diff.diagnostics.introduced, ...diff.diagnostics.fixed].filter(d => d.element?.startsWith('North'))).toEqual([]);
    });

    it('judges a file of a project HEAD no longer has on that project\'s own date, not today', async () => {
        const diff = await diffOf(at.south, at.removed, dated.path('.'));
        expect(diff.kpis).toEqual([{ name: 'GoneSales', title: 'Sales Gone', before: 'amber', after: null, stale: { before: false, after: null } }]);
        // Its findings leave with it — as of its own 17 August: September's value still to come, the KPI not stale.
        const fixed = diff.diagnostics.fixed.map(d => d.code);
        expect(fixed).toContain('future-period');
        expect(fixed).not.toContain('kpi-stale');
    });

    it('two folders: each file is judged on the day its counterpart in the newer folder has', async () => {
        const old = tempFolder('strat-old-');
        const now = tempFolder('strat-new-');
        for (const folder of [old, now]) {
            for (const [name, text] of Object.entries(FILES)) {
                mkdirSync(path.join(folder, path.dirname(name)), { recursive: true });
                writeFileSync(path.join(folder, name), text);
            }
        }
        const { stdout } = await runCli(['diff', old, now, '--format', 'md']);
        expect(stdout).toBe('No change to the scorecard.\n');
    });
});
