/**
 * `strat check` for CI: `--format sarif` (valid SARIF 2.1.0, against the official schema) and
 * `--format github` (workflow-command annotations, escaped as the runner expects).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_CODES, RULES, ruleDocUrl } from '../../packages/language/src/diagnostics/rule-table.js';
import type { CheckReport } from '../../packages/cli/src/check-report.js';
import { escapeData, escapeProperty, formatGithub } from '../../packages/cli/src/format-github.js';
import { EXAMPLES_DIR, OWN_CONFORMANCE_DIR } from '../support/paths.js';
import { sarifValidator } from '../support/sarif.js';
import { runCli } from '../support/run-cli.js';

interface SarifLog {
    version: string;
    runs: Array<{
        tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string }; helpUri: string; defaultConfiguration: { level: string } }> } };
        results: Array<{
            ruleId: string; ruleIndex: number; level: string; message: { text: string };
            locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
        }>;
    }>;
}

const folders: string[] = [];
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })));

function tempFolder(files: Record<string, string>): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'strat-ci-'));
    folders.push(folder);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
    return folder;
}

describe('strat check --format sarif', () => {
    const validate = sarifValidator();

    it('the validator rejects what the schema forbids (a line 0, a missing version)', () => {
        const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] };
        expect(validate(bad)).toBe(false);
        expect(validate({ runs: [] })).toBe(false);
        expect(validate({ version: '2.1.0', runs: [] })).toBe(true);
    });

    it('is valid SARIF 2.1.0 for the examples and for a file with errors', async () => {
        for (const target of [EXAMPLES_DIR, path.join(OWN_CONFORMANCE_DIR, 'kr-count.strat')]) {
            const { stdout } = await runCli(['check', target, '--format', 'sarif']);
            const log = JSON.parse(stdout) as unknown;
            const valid = validate(log);
            expect(validate.errors ?? [], `schema errors for ${target}`).toEqual([]);
            expect(valid).toBe(true);
        }
    });

    it('has one rule per code of the rule table, with its text, rationale as help and documentation link', async () => {
        const { stdout } = await runCli(['check', EXAMPLES_DIR, '--format', 'sarif']);
        const driver = (JSON.parse(stdout) as SarifLog).runs[0].tool.driver;
        expect(driver.name).toBe('strat');
        expect(driver.rules.map(r => r.id)).toEqual(RULE_CODES);
        const krCount = driver.rules.find(r => r.id === 'kr-count')!;
        expect(krCount.shortDescription.text).toBe('An OKR has fewer than 2 or more than 5 key results.');
        expect(krCount.help.text).toBe(RULES['kr-count'].rationale);
        expect(krCount.helpUri).toBe(ruleDocUrl('kr-count'));
        expect(krCount.defaultConfiguration.level).toBe('error');
        expect(driver.rules.find(r => r.id === 'kpi-no-actuals')!.defaultConfiguration.level).toBe('note');
    });

    it('has one result per finding, placed 1-based where the JSON report places it 0-based; exit 1 with errors', async () => {
        const file = path.join(OWN_CONFORMANCE_DIR, 'kr-count.strat');
        // Conformance cases are checked with no reference date (docs/language.md#conformance-cases).
        const json = JSON.parse((await runCli(['check', file, '--format', 'json', '--as-of', 'none'])).stdout) as CheckReport;
        const { status, stdout } = await runCli(['check', file, '--format', 'sarif', '--as-of', 'none']);
        expect(status).toBe(1);
        const run = (JSON.parse(stdout) as SarifLog).runs[0];
        const findings = json.files.flatMap(f => f.diagnostics.map(d => ({ path: f.path, ...d })));
        expect(run.results).toHaveLength(findings.length);
        run.results.forEach((result, i) => {
            const d = findings[i];
            expect(result).toMatchObject({ ruleId: d.code, level: 'error', message: { text: d.message } });
            expect(run.tool.driver.rules[result.ruleIndex].id).toBe(d.code);
            expect(result.locations[0].physicalLocation).toEqual({
                artifactLocation: { uri: d.path },
                region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 }
            });
        });
    });

    it('writes file names as URI references', async () => {
        const folder = tempFolder({ 'q3 plan #1.strat': 'kpi K "k" { }\n' });
        const { stdout } = await runCli(['check', folder, '--format', 'sarif']);
        const log = JSON.parse(stdout) as SarifLog;
        expect(validate(log)).toBe(true);
        expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*\/q3%20plan%20%231\.strat$/);
    });
});

describe('strat check --format github', () => {
    it('escapes %, CR and LF in messages', () => {
        expect(escapeData('100% done\r\nnext\rline\nend')).toBe('100%25 done%0D%0Anext%0Dline%0Aend');
        expect(escapeData('a: b, c')).toBe('a: b, c');
    });

    it('escapes :, , as well in property values (file names, titles)', () => {
        expect(escapeProperty('plans/q3: draft, 50%.strat')).toBe('plans/q3%3A draft%2C 50%25.strat');
        expect(escapeProperty('two\nlines')).toBe('two%0Alines');
    });

    it('writes one command per finding, with its severity, place and code', () => {
        const report: CheckReport = {
            files: [{
                path: 'plans/q3: draft, v2.strat',
                diagnostics: [
                    { code: 'kr-count', severity: 'error', message: "Objective 'O' has 1 key result: 100%\nfix it", range: { start: { line: 4, character: 4 }, end: { line: 4, character: 5 } } },
                    { code: 'kpi-no-target', severity: 'warning', message: 'no target', range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } } },
                    { code: 'kpi-no-actuals', severity: 'info', message: 'no actuals', range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } } },
                    { code: 'kr-activity', severity: 'hint', message: 'a task', range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } } }
                ]
            }],
            summary: { errors: 1, warnings: 1, infos: 1, hints: 1 }
        };
        expect(formatGithub(report).split('\n')).toEqual([
            "::error file=plans/q3%3A draft%2C v2.strat,line=5,col=5,endLine=5,endColumn=5,title=kr-count::Objective 'O' has 1 key result: 100%25%0Afix it",
            '::warning file=plans/q3%3A draft%2C v2.strat,line=1,col=5,endLine=1,endColumn=9,title=kpi-no-target::no target',
            '::notice file=plans/q3%3A draft%2C v2.strat,line=2,col=1,endLine=3,endColumn=1,title=kpi-no-actuals::no actuals',
            '::notice file=plans/q3%3A draft%2C v2.strat,line=4,col=3,endLine=4,endColumn=3,title=kr-activity::a task',
            ''
        ]);
    });

    it('prints only the commands, one per finding, and exits as the text format does', async () => {
        const file = path.join(OWN_CONFORMANCE_DIR, 'kr-count.strat');
        const { status, stdout } = await runCli(['check', file, '--format', 'github', '--as-of', 'none']);
        expect(status).toBe(1);
        const lines = stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(3);
        expect(lines[0]).toMatch(/^::error file=[^,]*kr-count\.strat,line=19,col=5,endLine=19,endColumn=12,title=kr-count::Objective 'Boarding' has 1 key result/);
        expect((await runCli(['check', tempFolder({ 'ok.strat': '// nothing yet\n' }), '--format', 'github'])).stdout).toBe('');
    });
});
