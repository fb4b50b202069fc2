/** `--audience internal|public` on `strat scorecard` and `strat diff` (docs/language.md#audiences). */
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardDiff } from '../../packages/language/src/scorecard/diff/diff-model.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { AUDIENCE_STRAT } from '../scorecard/audience-fixture.js';
import { ScriptedRepo } from '../support/git-repo.js';
import { EXAMPLES_DIR } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const BANK = path.join(EXAMPLES_DIR, 'bank');

describe('strat scorecard --audience', () => {
    it('is internal unless given: the same bytes as --audience internal, in every format', async () => {
        for (const format of ['json', 'md', 'html']) {
            const plain = await runCli(['scorecard', BANK, '--format', format]);
            const internal = await runCli(['scorecard', BANK, '--format', format, '--audience', 'internal']);
            expect(plain.status).toBe(0);
            expect(internal.stdout, format).toBe(plain.stdout);
        }
    });

    it('public JSON: confidential KPIs keep their names and withhold every figure (null, empty)', async () => {
        const { status, stdout } = await runCli(['scorecard', BANK, '--format', 'json', '--audience', 'public']);
        expect(status).toBe(0);
        const scorecard = JSON.parse(stdout) as Scorecard;
        expect(scorecard.audience).toBe('public');
        const newToBank = scorecard.kpis.find(k => k.name === 'NewToBank');
        expect(newToBank).toMatchObject({ status: 'confidential', withheld: true, value: null, target: null, alert: null, actuals: [], period: null });
        expect(scorecard.kpis.find(k => k.name === 'Nps')).toMatchObject({ status: 'amber', value: 21 });
        // its actuals (an initiative's title says "12,000 clients": the leak tests tell such words from figures)
        expect(stdout).not.toMatch(/\b9[,_]?[14]00\b|\b57\.2\b|\b56\.1\b|\b63\.4\b/);
    });

    it('public Markdown and HTML say who they are for and "confidential" where a figure was', async () => {
        const md = await runCli(['scorecard', BANK, '--format', 'md', '--audience', 'public']);
        expect(md.stdout).toContain('> 🔒 Shown to everyone');
        expect(md.stdout).toMatch(/New-to-bank clients\*\* `NewToBank` \| 🔒 confidential/);
        const html = await runCli(['scorecard', BANK, '--format', 'html', '--audience', 'public']);
        expect(html.stdout).toContain('class="audience-banner audience-public"');
        expect(html.stdout).toMatch(/class="card kpi-card s-confidential/);
        for (const output of [md.stdout, html.stdout]) {
            expect(output).not.toMatch(/9,[14]00|57\.2|56\.1|63\.4/);
        }
    });

    it('says what it takes, in one line, with exit 2', async () => {
        const { status, stdout, stderr } = await runCli(['scorecard', BANK, '--audience', 'everyone']);
        expect(status).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toBe("strat: option '--audience <audience>' argument 'everyone' is invalid. Allowed choices are internal, public.\n");
    });
});

describe('strat diff --audience', () => {
    let repo: ScriptedRepo;
    let base: string;
    let head: string;

    beforeAll(() => {
        repo = ScriptedRepo.create('strat-audience-');
        base = repo.write({ 'strategy/bank.strat': AUDIENCE_STRAT }).commit('base');
        head = repo.write({ 'strategy/bank.strat': AUDIENCE_STRAT.replace('actual 2026-07 36.875', 'actual 2026-07 36.625\n    actual 2026-08 39.75').replace('actual 2026-07 24', 'actual 2026-07 27') }).commit('new actuals');
    });

    afterAll(() => repo.remove());

    const diff = async (...extra: string[]): Promise<ScorecardDiff> => {
        const { status, stdout, stderr } = await runCli(['diff', base, head, repo.path('strategy'), '--format', 'json', '--as-of', '2026-08-17', ...extra]);
        expect(status, stderr).toBe(0);
        return JSON.parse(stdout) as ScorecardDiff;
    };

    it('internal: every changed value, the confidential ones too', async () => {
        const changes = await diff();
        expect(changes.values.map(v => `${v.element} ${v.period} ${v.before} → ${v.after}`)).toEqual([
            'Margin 2026-07 36.875 → 36.625', 'Margin 2026-08 null → 39.75', 'Nps 2026-07 24 → 27'
        ]);
    });

    it('public: the values and statuses of confidential KPIs, and the scores they make, are not compared', async () => {
        const changes = await diff('--audience', 'public');
        expect(changes.values.map(v => v.element)).toEqual(['Nps']);
        expect(changes.kpis.map(k => k.name)).not.toContain('Margin');
        expect(changes.okrs.find(o => o.name === 'WinMargin')?.score ?? { before: null, after: null }).toEqual({ before: null, after: null });
        for (const format of ['json', 'md', 'text']) {
            const { stdout } = await runCli(['diff', base, head, repo.path('strategy'), '--format', format, '--as-of', '2026-08-17', '--audience', 'public']);
            expect(stdout, format).not.toMatch(/36\.875|36\.625|39\.75|41\.5|38\.25/);
        }
    });

    it('takes only internal or public', async () => {
        const { status, stderr } = await runCli(['diff', base, head, repo.path('strategy'), '--audience', 'board']);
        expect(status).toBe(2);
        expect(stderr).toBe("strat: option '--audience <audience>' argument 'board' is invalid. Allowed choices are internal, public.\n");
    });
});
