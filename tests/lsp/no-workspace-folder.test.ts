/**
 * A client that gives no workspace root (Neovim outside a repository, Helix started outside one):
 * the folder of each file opened outside the roots so far joins the workspace
 * (docs/architecture.md#workspace-roots), and a client that gives only `rootUri` has it loaded.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolderOf } from '../support/temp-folder.js';
import { startStdioClient, type StdioClient } from './stdio-client.js';

const KPI = (name: string) => `kpi ${name} "Revenue" { target >= 100 alert 80 every month }\n`;
const OKR = (kpi: string) => `okr Grow${kpi} "Grow revenue" { addresses ${kpi} key result "Reach 100" { measures ${kpi} from 50 to 100 } }\n`;

const folderOf = (files: Record<string, string>): string => tempFolderOf(files, 'strat-roots-');

let client: StdioClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

async function codesOf(file: string): Promise<string[]> {
    const uri = pathToFileURL(file).toString();
    await client!.open(uri, readFileSync(file, 'utf8'));
    return (await client!.diagnosticsFor(uri)).diagnostics.map(d => String(d.code));
}

describe('a client without a workspace folder', () => {
    it('gets the files beside the opened one, not those of its subfolders, when there is no strat.json', async () => {
        // sub/ repeats the KPI's name: were it loaded, the name would be a duplicate.
        const folder = folderOf({ 'okrs.strat': OKR('Revenue'), 'kpis.strat': KPI('Revenue'), 'sub/old.strat': KPI('Revenue') });
        client = await startStdioClient({ profile: 'minimal' });
        expect(await codesOf(path.join(folder, 'okrs.strat'))).not.toContain('unresolved');
        const kpis = await client.waitFor(() => client!.published.find(p => p.uri === pathToFileURL(path.join(folder, 'kpis.strat')).toString()), 'the diagnostics of kpis.strat');
        expect(kpis.diagnostics.map(d => d.code)).not.toContain('duplicate-name');
        expect(client.published.map(p => p.uri)).not.toContain(pathToFileURL(path.join(folder, 'sub', 'old.strat')).toString());
    }, 30_000);

    it('gets the whole project of a strat.json above the opened file, and its settings', async () => {
        const folder = folderOf({ 'strat.json': '{ "rules": { "kpi-no-strategy": "error" } }', 'kpis.strat': KPI('Revenue'), 'okrs/q3.strat': OKR('Revenue') });
        client = await startStdioClient({ profile: 'minimal' });
        expect(await codesOf(path.join(folder, 'okrs', 'q3.strat'))).not.toContain('unresolved');
        // kpis.strat, not opened, is checked too, with the project's settings.
        const kpis = await client.waitFor(() => client!.published.find(p => p.uri === pathToFileURL(path.join(folder, 'kpis.strat')).toString()), 'the diagnostics of kpis.strat');
        expect(kpis.diagnostics.find(d => d.code === 'kpi-no-strategy')?.severity).toBe(1);
    }, 30_000);

    it('adds the folder of a later file opened elsewhere', async () => {
        const first = folderOf({ 'okrs.strat': OKR('Revenue'), 'kpis.strat': KPI('Revenue') });
        const second = folderOf({ 'okrs.strat': OKR('Margin'), 'kpis.strat': KPI('Margin') });
        client = await startStdioClient({ profile: 'minimal' });
        expect(await codesOf(path.join(first, 'okrs.strat'))).not.toContain('unresolved');
        expect(await codesOf(path.join(second, 'okrs.strat'))).not.toContain('unresolved');
    }, 30_000);

    it('answers the requests sent right after the file is opened, once its folder is loaded (as Neovim asks for tokens and hints)', async () => {
        const folder = folderOf({ 'okrs.strat': OKR('Revenue'), 'kpis.strat': KPI('Revenue') });
        client = await startStdioClient({ profile: 'minimal' });
        const uri = pathToFileURL(path.join(folder, 'okrs.strat')).toString();
        await client.open(uri, readFileSync(path.join(folder, 'okrs.strat'), 'utf8'));
        const textDocument = { uri };
        const [tokens, hints, definition] = await Promise.all([
            client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument }),
            client.connection.sendRequest('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } }),
            // `measures Revenue`: the KPI is in kpis.strat, which comes with the folder
            client.connection.sendRequest('textDocument/definition', { textDocument, position: { line: 0, character: OKR('Revenue').lastIndexOf('Revenue') + 1 } })
        ]) as [{ data: number[] }, unknown[], Array<{ uri?: string; targetUri?: string }>];
        expect(tokens.data.length).toBeGreaterThan(0);
        expect(hints.length).toBeGreaterThan(0);
        expect(definition.map(d => d.targetUri ?? d.uri)).toEqual([pathToFileURL(path.join(folder, 'kpis.strat')).toString()]);
    }, 30_000);

    it('a lone file whose references resolve nowhere still says so', async () => {
        const folder = folderOf({ 'okrs.strat': OKR('Revenue') });
        client = await startStdioClient({ profile: 'minimal' });
        expect(await codesOf(path.join(folder, 'okrs.strat'))).toContain('unresolved');
    }, 30_000);
});

describe('a client that gives only rootUri', () => {
    it('gets the files of that folder, subfolders too', async () => {
        const folder = folderOf({ 'okrs.strat': OKR('Revenue'), 'kpis/all.strat': KPI('Revenue') });
        client = await startStdioClient({ profile: 'minimal', rootUri: pathToFileURL(folder).toString() });
        expect(await codesOf(path.join(folder, 'okrs.strat'))).not.toContain('unresolved');
    }, 30_000);
});
