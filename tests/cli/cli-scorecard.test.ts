/** Sharing the scorecard from the CLI: JSON with every field of docs/language.md#command-line, Markdown, HTML, files. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkspace, workspaceScorecard } from '../../packages/language/src/node.js';
import { SCORECARD_FORMATS } from '../../packages/language/src/scorecard/render/index.js';
import { exportFormat, exportText } from '../../packages/extension/src/commands/export-formats.js';
import { documentName } from '../../packages/extension/src/preview/preview-target.js';
import { scorecardSubject } from '../../packages/cli/src/scorecard-command.js';
import { exampleFiles } from '../support/examples.js';
import { EXAMPLES_DIR } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

/** Every example file (`bank/bank.strat`, …): each is judged against its folder's strat.json. */
const EXAMPLES = exampleFiles();

describe('strat scorecard', () => {
    it('prints the scorecard model as JSON with the fields of docs/language.md#command-line', async () => {
        const { status, stdout } = await runCli(['scorecard', EXAMPLES_DIR, '--format', 'json']);
        expect(status).toBe(0);
        const card = JSON.parse(stdout);
        expect(Object.keys(card.ambitions[0])).toEqual(expect.arrayContaining(['name', 'title', 'strategies']));
        expect(Object.keys(card.kpis[0])).toEqual(expect.arrayContaining(['name', 'title', 'status', 'value', 'target', 'direction', 'trend', 'rewarded']));
        expect(Object.keys(card.okrs[0])).toEqual(expect.arrayContaining(['name', 'objective', 'status', 'score', 'grade', 'addresses', 'keyResults']));
        expect(Object.keys(card.okrs[0].keyResults[0])).toEqual(expect.arrayContaining(['name', 'title', 'progress', 'confidence']));
        expect(card.kpis.find((k: { name: string }) => k.name === 'Nps')).toMatchObject({ status: 'amber', value: 21, target: 30, direction: 'up', trend: 'improving' });
    });

    it('judges each example against the reference date its strat.json pins, whatever today is', async () => {
        const { stdout } = await runCli(['scorecard', EXAMPLES_DIR, '--format', 'json']);
        const card = JSON.parse(stdout);
        const kpi = (name: string) => card.kpis.find((k: { name: string }) => k.name === name);
        const okr = (name: string) => card.okrs.find((o: { name: string }) => o.name === name);
        // bank/strat.json: 2026-08-17, the date docs/language.md works its example through
        expect(card.asOf).toBe('2026-08-17');
        expect(kpi('Nps')).toMatchObject({ stale: true });
        expect(okr('WinNewClients')).toMatchObject({ running: true, pace: 'on-track' });
        // each folder its own date: the manufacturer's 2026-09-10, the hospital's 2026-09-03
        expect(okr('EAxleWins')).toMatchObject({ running: true, pace: 'at-risk' });
        expect(okr('BalanceTheBooks')).toMatchObject({ status: 'active', running: false });
        expect(okr('ReadyForWinter')).toMatchObject({ running: true, elapsed: 0, pace: 'not-started' });
    });

    it('writes Markdown and a self-contained HTML page to files', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'strat-scorecard-'));
        const md = path.join(folder, 'scorecard.md');
        const html = path.join(folder, 'scorecard.html');
        expect((await runCli(['scorecard', EXAMPLES_DIR, '--format', 'md', '-o', md])).status).toBe(0);
        const result = await runCli(['scorecard', EXAMPLES_DIR, '--format', 'html', '--output', html]);
        expect(result.status).toBe(0);
        expect(result.stderr).toMatch(/^Wrote .*scorecard\.html\n$/);
        expect(readFileSync(md, 'utf8')).toMatch(/^# /);
        const page = readFileSync(html, 'utf8');
        expect(page).toMatch(/^<!doctype html>/i);
        expect(page).not.toMatch(/<(link|script|img|iframe)[^>]+(src|href)=["']https?:/i);
    });

    it('says so, with exit 2, when it cannot write the file', async () => {
        const { status, stderr } = await runCli(['scorecard', EXAMPLES_DIR, '--format', 'html', '-o', '/no/such/folder/out.html']);
        expect(status).toBe(2);
        expect(stderr).toBe('strat: Cannot write /no/such/folder/out.html: ENOENT\n');
    });
});

describe('strat scorecard and "Export Scorecard…" write the same bytes', () => {
    it.each(EXAMPLES.flatMap((file) => SCORECARD_FORMATS.map((format) => [file, format] as const)))('%s as %s', async (file, format) => {
        const example = path.join(EXAMPLES_DIR, file);
        const cli = await runCli(['scorecard', example, '--format', format]);
        expect(cli.status).toBe(0);
        // The editor exports the scorecard of the open file under the file's name, judged
        // against the reference date of the file's strat.json, as the CLI judges it.
        const loaded = await loadWorkspace([example]);
        expect(loaded.services.config.Settings.projectFileOf(loaded.documents[0].uri)?.settings.asOf,
            `the strat.json beside ${file} pins its reference date`).toBeTypeOf('number');
        const chosen = exportFormat(format);
        expect(chosen, `the editor offers ${format}`).toBeDefined();
        const exported = chosen && exportText(workspaceScorecard(loaded), chosen, documentName(pathToFileURL(example).toString()));
        expect(exported === cli.stdout, `the ${format} export of ${file} differs from the CLI's`).toBe(true);
        if (format !== 'json') expect(cli.stdout).toContain(`Scorecard — ${path.basename(file)}`);
    });

    it('titles a page by the names of the files and folders, not the path to them', () => {
        expect(scorecardSubject([path.join(EXAMPLES_DIR, 'bank', 'bank.strat'), EXAMPLES_DIR])).toBe('bank.strat, examples');
        expect(scorecardSubject(['.'])).toBe(path.basename(process.cwd()));
    });
});
