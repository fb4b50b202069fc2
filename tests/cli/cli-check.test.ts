/** Running the CLI: `strat check`, its formats, exit codes and error messages. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exampleFolders } from '../support/examples.js';
import { CLI_BIN, EXAMPLES_DIR, OWN_CONFORMANCE_DIR } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { tempFolderOf } from '../support/temp-folder.js';

const KR_COUNT_CASE = path.join(OWN_CONFORMANCE_DIR, 'kr-count.strat');

const tempFolder = (files: Record<string, string>): string => tempFolderOf(files, 'strat-cli-');

describe('strat check', () => {
    it('passes on examples/ (exit 0) and prints a summary', async () => {
        const { status, stdout, stderr } = await runCli(['check', EXAMPLES_DIR]);
        expect(stderr).toBe('');
        expect(status).toBe(0);
        expect(stdout.trim().split('\n').at(-1)).toMatch(/^0 errors, \d+ warnings?, \d+ info, 0 hints in \d+ files\.$/);
    });

    it('reports on examples/ exactly the deliberate findings examples/README.md lists, whatever today is', async () => {
        // Each example pins its reference date in its folder's strat.json.
        for (const folder of exampleFolders()) {
            const config = path.join(EXAMPLES_DIR, folder, 'strat.json');
            expect(existsSync(config), `${folder}/strat.json`).toBe(true);
            expect(JSON.parse(readFileSync(config, 'utf8')).asOf, `the asOf of ${folder}/strat.json`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        const { stdout } = await runCli(['check', EXAMPLES_DIR, '--format', 'json']);
        const report = JSON.parse(stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string }> }> };
        const found = report.files.flatMap(file => file.diagnostics.map(d =>
            `${path.relative(EXAMPLES_DIR, path.resolve(file.path)).split(path.sep).join('/')} ${d.code} ${d.severity}`)).sort();
        // The README's summary table: | `code` | severity | element | file |
        const readme = readFileSync(path.join(EXAMPLES_DIR, 'README.md'), 'utf8');
        const listed = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info|hint) \| .+ \| ([\w/.-]+\.strat) \|$/gm)]
            .map(([, code, severity, file]) => `${file} ${code} ${severity}`).sort();
        expect(listed.length).toBeGreaterThan(0);
        expect(found).toEqual(listed);
        // …and quotes the summary line `strat check examples/` prints
        const summary = (await runCli(['check', EXAMPLES_DIR])).stdout.trim().split('\n').at(-1);
        expect(readme).toContain(`(\`${summary}\`)`);
    });

    it('exits 1 with errors, in the JSON shape of docs/language.md#command-line', async () => {
        const { status, stdout } = await runCli(['check', KR_COUNT_CASE, '--format', 'json', '--as-of', 'none']);
        expect(status).toBe(1);
        const report = JSON.parse(stdout);
        expect(Object.keys(report).sort()).toEqual(['files', 'summary']);
        expect(report.summary).toEqual({ errors: 3, warnings: 0, infos: 0, hints: 0 });
        const first = report.files[0].diagnostics[0];
        expect(Object.keys(first).sort()).toEqual(['code', 'message', 'range', 'severity']);
        expect(first).toMatchObject({ code: 'kr-count', severity: 'error', range: { start: { line: 18, character: 4 }, end: { line: 18, character: 12 } } });
    });

    it('prints path:line:col  severity  code  message, 1-based, without colour off a terminal', async () => {
        const { stdout } = await runCli(['check', KR_COUNT_CASE, '--as-of', 'none']);
        const line = stdout.split('\n')[0];
        expect(line).toMatch(/kr-count\.strat:19:5 {2}error {4}kr-count {2}Objective 'Boarding' has 1 key result/);
        expect(stdout).not.toContain('\u001b[');
        expect(stdout).toContain('3 errors, 0 warnings, 0 info, 0 hints in 1 file.');
    });

    it('reads a file named explicitly whatever its extension', async () => {
        const folder = tempFolder({ 'strategy.txt': 'kpi K "k" { }' });
        const { status, stdout } = await runCli(['check', path.join(folder, 'strategy.txt'), '--format', 'json']);
        expect(status).toBe(0);
        expect(JSON.parse(stdout).files[0].diagnostics.map((d: { code: string }) => d.code)).toContain('kpi-no-target');
    });

    it('colours on a terminal', async () => {
        const { stdout } = await runCli(['check', KR_COUNT_CASE, '--as-of', 'none'], true);
        expect(stdout).toContain('\u001b[31m');
    });

    it('takes --rule code=severity and turns rules off', async () => {
        const folder = tempFolder({ 'k.strat': 'kpi K "k" { }' });
        const before = JSON.parse((await runCli(['check', folder, '--format', 'json'])).stdout);
        const after = JSON.parse((await runCli(['check', folder, '--format', 'json', '--rule', 'kpi-no-target=off', '--rule', 'kpi-no-actuals=error'])).stdout);
        const codes = (report: { files: Array<{ diagnostics: Array<{ code: string; severity: string }> }> }) => report.files[0].diagnostics.map(d => `${d.code}:${d.severity}`);
        expect(codes(before)).toContain('kpi-no-target:warning');
        expect(codes(after)).not.toContain('kpi-no-target:warning');
        expect(codes(after)).toContain('kpi-no-actuals:error');
    });

    it('takes --checkin-days over strat.json, as the limit options do', async () => {
        const folder = tempFolder({
            'strat.json': '{ "asOf": "2026-08-20", "checkinDays": 30 }',
            'o.strat': [
                'kpi K "k" { target >= 10 alert 5 every month actual 2026-07 4 }',
                'okr O "Win back the clients we lost" { cycle 2026-Q3 addresses K',
                '  key result A "Raise it" { from 0 to 10 checkin 2026-07-01 3 }',
                '  key result B "Raise that" { from 0 to 10 checkin 2026-08-10 3 }',
                '  plan { initiative "Do it" } }'
            ].join('\n')
        });
        const stale = async (...extra: string[]) => JSON.parse((await runCli(['check', folder, '--format', 'json', ...extra])).stdout)
            .files.flatMap((file: { diagnostics: Array<{ code: string }> }) => file.diagnostics).filter((d: { code: string }) => d.code === 'checkin-stale').length;
        expect(await stale(), 'strat.json: 30 days, A checked in 50 days ago').toBe(1);
        expect(await stale('--checkin-days', '60'), 'the option wins: 60 days').toBe(0);
        expect(await stale('--checkin-days', '5'), 'the option wins: 5 days, B checked in 10 days ago').toBe(2);
    });

    it('changes the severity of config like any rule\'s: in strat.json, and with --rule over it', async () => {
        const folder = tempFolder({
            'strat.json': '{ "asOf": "2026-08-20", "colour": "blue", "rules": { "config": "warning" } }',
            'a.strat': 'ambition A "Be the best" { horizon 2030 }'
        });
        const config = async (...extra: string[]) => JSON.parse((await runCli(['check', folder, '--format', 'json', ...extra])).stdout)
            .files.flatMap((file: { diagnostics: Array<{ code: string; severity: string }> }) => file.diagnostics)
            .filter((d: { code: string }) => d.code === 'config').map((d: { severity: string }) => d.severity);
        expect(await config(), 'strat.json turns the unknown key into a warning').toEqual(['warning']);
        expect(await config('--rule', 'config=error')).toEqual(['error']);
        expect(await config('--rule', 'config=off')).toEqual([]);
    });

    it.each([
        [['check', '/no/such/place.strat'], /^strat: No such file or folder: \/no\/such\/place\.strat\n$/],
        [['check', tempFolder({ 'notes.txt': 'x' })], /^strat: No \.strat files in folder: .*\n$/],
        [['check', EXAMPLES_DIR, '--bogus'], /^strat: unknown option '--bogus'\n$/],
        [['check', EXAMPLES_DIR, '--format', 'xml'], /^strat: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are text, json, sarif, github\.\n$/],
        [['check', EXAMPLES_DIR, '--rule', 'nonsense=off'], /^strat: Unknown rule 'nonsense'\. Rules: kr-count, /],
        [['check', EXAMPLES_DIR, '--rule', 'kr-count=loud'], /^strat: Unknown severity 'loud' for kr-count; use one of off, hint, info, warning, error\n$/],
        [['check'], /^strat: missing required argument 'paths'\n$/],
        [['frobnicate'], /^strat: unknown command 'frobnicate'\n$/]
    ])('%j is a usage or I/O problem: one line on stderr, exit 2', async (args, message) => {
        const { status, stderr, stdout } = await runCli(args as string[]);
        expect(status).toBe(2);
        expect(stderr).toMatch(message);
        expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
        expect(stdout).toBe('');
    });

    it('answers --help and --version with exit 0', async () => {
        const help = await runCli(['--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('check [options] <paths...>');
        expect(help.stdout).toContain('scorecard [options] <paths...>');
        const checkHelp = await runCli(['check', '--help']);
        expect(checkHelp.stdout).toContain('--rule <code=severity>');
        const version = await runCli(['--version']);
        expect(version).toMatchObject({ status: 0, stdout: '0.1.0\n' });
    });

    it('runs as a real process from bin/strat.js', async () => {
        const run = promisify(execFile);
        const result = await run(process.execPath, [CLI_BIN, 'check', KR_COUNT_CASE, '--format', 'json', '--as-of', 'none']).catch((error: { code: number; stdout: string }) => error);
        expect('code' in result ? result.code : 0).toBe(1);
        expect(JSON.parse(result.stdout).summary.errors).toBe(3);
    });
});
