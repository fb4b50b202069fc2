/**
 * docs/ci.md's workflows do what the page says: their `run:` steps are run, as GitHub's runner
 * would run them (bash -e, in the repository's top folder, with the step's env), in a temporary
 * git repository with `.strat` files — a push and a pull request. This repository's own CLI
 * (packages/cli/bin/strat.js) stands in for `npx strat`, and it stands in for `npm ci` too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GIT_ENV, ScriptedRepo } from '../support/git-repo.js';
import { CLI_BIN, REPO_ROOT } from '../support/paths.js';
import { sarifValidator } from '../support/sarif.js';

interface Step {
    name?: string;
    uses?: string;
    run?: string;
    if?: string;
    env?: Record<string, string>;
    with?: Record<string, string | number>;
}

interface Workflow {
    name: string;
    on: Record<string, unknown>;
    jobs: Record<string, { if?: string; steps: Step[] }>;
}

/** What GitHub would put in `${{ … }}` for the events these tests play. */
interface Context {
    'github.event_name': 'push' | 'pull_request';
    'github.base_ref': string;
}

/** The install step the page asks a team to adapt: here the CLI is already built. */
const INSTALL_STEPS = new Set(['npm ci']);
/** The actions the page uses, and the input that names a file the run steps must have written. */
const KNOWN_ACTIONS: Record<string, string | undefined> = {
    'actions/checkout@v4': undefined,
    'actions/setup-node@v4': undefined,
    'marocchino/sticky-pull-request-comment@v2': 'path',
    'github/codeql-action/upload-sarif@v3': 'sarif_file'
};

function workflows(): Workflow[] {
    const page = readFileSync(path.join(REPO_ROOT, 'docs', 'ci.md'), 'utf8');
    return [...page.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(match => parse(match[1]) as Workflow);
}

/** `${{ github.base_ref }}` and the like; anything the tests do not know fails the test. */
function expand(text: string, context: Context): string {
    return text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_all, name: string) => {
        if (!(name in context)) throw new Error(`docs/ci.md uses \${{ ${name} }}, which this test does not provide`);
        return context[name as keyof Context];
    });
}

/** The conditions the page uses; anything else fails the test, so the page cannot outgrow it. */
function holds(condition: string | undefined, context: Context): boolean {
    if (condition === undefined || condition.trim() === '${{ !cancelled() }}') return true;
    const event = /^github\.event_name == '(\w+)'$/.exec(condition.trim());
    if (!event) throw new Error(`docs/ci.md uses the condition "${condition}", which this test cannot evaluate`);
    return context['github.event_name'] === event[1];
}

interface StepResult {
    step: string;
    status: number;
    stdout: string;
    stderr: string;
}

/** Runs the job's steps in order; a failing run step stops the job, as on GitHub (later steps run only if their `if` says so). */
function runJob(workflow: Workflow, jobName: string, repo: ScriptedRepo, context: Context): StepResult[] {
    const job = workflow.jobs[jobName];
    expect(job, `${workflow.name} has a job ${jobName}`).toBeDefined();
    const results: StepResult[] = [];
    let failed = false;
    for (const step of job.steps) {
        if (step.uses !== undefined) {
            expect(Object.keys(KNOWN_ACTIONS), `an action docs/ci.md uses`).toContain(step.uses);
            const fileInput = KNOWN_ACTIONS[step.uses];
            if (fileInput !== undefined && (!failed || step.if !== undefined) && holds(step.if, context)) {
                const file = String(step.with?.[fileInput]);
                expect(existsSync(repo.path(file)), `${step.uses} reads ${file}, which the steps before it wrote`).toBe(true);
            }
            continue;
        }
        const script = step.run ?? '';
        if (INSTALL_STEPS.has(script.trim()) || failed) continue;
        expect(script, 'every other run step is a strat command').toContain('npx strat');
        const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value, context)]));
        const command = expand(script, context).replace(/\bnpx strat\b/g, `node ${JSON.stringify(CLI_BIN)}`);
        const done = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', command], { cwd: repo.root, env: { ...GIT_ENV, ...env, CI: 'true' }, encoding: 'utf8' });
        results.push({ step: step.name ?? script, status: done.status ?? -1, stdout: done.stdout, stderr: done.stderr });
        failed = done.status !== 0;
    }
    return results;
}

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

okr WinClients "Become the bank new clients choose first" {
    cycle 2026-Q3
    addresses Nps
    key result "Increase NPS from 21 to 35" { measures Nps from 21 to 35 current 26 }
    key result "Cut opening time from 5 days to 1 day" { from 5 to 1 current 4 }
    plan { initiative "Redesign onboarding" }
}
`;

/** The pull request: a new actual turns the KPI green, and a key result is lost (kr-count, an error). */
const BANK_IN_PR = BANK
    .replace('actual 2026-06 21\n', 'actual 2026-06 21\n    actual 2026-07 32\n')
    .replace('    key result "Cut opening time from 5 days to 1 day" { from 5 to 1 current 4 }\n', '');

describe('docs/ci.md', () => {
    const [main, codeScanning] = workflows();
    let repo: ScriptedRepo;

    beforeAll(() => {
        repo = ScriptedRepo.create('strat-ci-');
        // The team pins the reference date in strat.json, so the checks do not change with the day CI runs.
        repo.write({ 'strategy/bank.strat': BANK, 'strat.json': '{ "asOf": "2026-07-20" }\n', 'package.json': '{ "private": true }\n' });
        const base = repo.commit('the strategy');
        repo.git('update-ref', 'refs/remotes/origin/main', base);
        repo.git('switch', '--quiet', '-c', 'july-actuals');
        repo.write({ 'strategy/bank.strat': BANK_IN_PR });
        repo.commit('July actuals');
    });
    afterAll(() => repo.remove());

    it('holds two workflows: annotations and the pull-request comment, and code scanning', () => {
        expect(main.name).toBe('Strategy');
        expect(Object.keys(main.on).sort()).toEqual(['pull_request', 'push']);
        expect(Object.keys(main.jobs)).toEqual(['check', 'scorecard-change']);
        expect(codeScanning.name).toBe('Strategy code scanning');
    });

    it('on a push, annotates every finding and fails on errors', () => {
        const [check] = runJob(main, 'check', repo, { 'github.event_name': 'push', 'github.base_ref': '' });
        expect(check.stderr).toBe('');
        expect(check.status).toBe(1);
        expect(check.stdout).toMatch(/^::error file=strategy\/bank\.strat,line=15,col=5,endLine=15,endColumn=14,title=kr-count::Objective 'WinClients' has 1 key result/m);
        expect(check.stdout.trimEnd().split('\n').every(line => /^::(error|warning|notice) file=strategy\/bank\.strat,line=\d+,/.test(line))).toBe(true);
    });

    it('on a push of a strategy without errors, passes', () => {
        repo.write({ 'strategy/bank.strat': BANK });
        try {
            const [check] = runJob(main, 'check', repo, { 'github.event_name': 'push', 'github.base_ref': '' });
            expect(check.status).toBe(0);
        } finally {
            repo.write({ 'strategy/bank.strat': BANK_IN_PR });
        }
    });

    it('on a push, does not run the pull-request job', () => {
        expect(holds(main.jobs['scorecard-change'].if, { 'github.event_name': 'push', 'github.base_ref': '' })).toBe(false);
    });

    it('on a pull request, writes the scorecard change as the comment', () => {
        const context: Context = { 'github.event_name': 'pull_request', 'github.base_ref': 'main' };
        expect(holds(main.jobs['scorecard-change'].if, context)).toBe(true);
        const [diff] = runJob(main, 'scorecard-change', repo, context);
        expect(diff.stderr).toBe('');
        expect(diff.status).toBe(0);
        const comment = readFileSync(repo.path('scorecard-change.md'), 'utf8');
        // As of strat.json's 2026-07-20 the removed key result had no check-in for 19 days (checkin-stale): fixed with it.
        expect(comment.split('\n')[0]).toBe('**Scorecard change** `origin/main` → `HEAD`: 1 KPI status change · 1 new or changed value · 1 OKR change · 2 findings introduced · 1 finding fixed');
        expect(comment).toContain('checkin-stale');
        expect(comment).toContain('| `Nps` Net Promoter Score | 🟠 amber | 🟢 green |');
        expect(comment).toContain('| introduced | error | `kr-count` | `WinClients` | strategy/bank.strat:15 |');
        expect(comment).toContain('| introduced | warning | `okr-on-green-kpi` | `WinClients` |');
    });

    it('uploads valid SARIF for code scanning, and still fails the check on errors', () => {
        const [check] = runJob(codeScanning, 'check', repo, { 'github.event_name': 'push', 'github.base_ref': '' });
        expect(check.status).toBe(1);
        const validate = sarifValidator();
        const log = JSON.parse(readFileSync(repo.path('strat.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
        expect(validate(log)).toBe(true);
        expect(log.runs[0].results.map(r => r.ruleId)).toContain('kr-count');
        expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('strategy/bank.strat');
    });
});
