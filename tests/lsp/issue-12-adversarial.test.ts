/**
 * Issue 12, tried the hard way through the real stdio server: clients with no workspace root and
 * files from odd places, settings in odd shapes, the server-run code lens command with bad
 * arguments or on an OKR just edited away, and requests that arrive while the text is changing.
 * No answer may be about an older text than the client had sent, or about another document, and
 * the server never writes a stack trace.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
    CompletionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
    DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest, type CompletionItem, type CompletionList, type DocumentSymbol
} from 'vscode-languageserver-protocol';
import { tempFolderOf } from '../support/temp-folder.js';
import { startStdioClient, type StdioClient } from './stdio-client.js';

const KPI = (name: string, extra = '') => `kpi ${name} "Revenue ${name}" { target >= 100 alert 80 every month ${extra}}\n`;
const OKR = (kpi: string) => `okr Grow${kpi} "Grow revenue" { addresses ${kpi} key result "Reach 100" { measures ${kpi} from 50 to 100 } }\n`;

const folderOf = (files: Record<string, string>): string => tempFolderOf(files, 'strat-issue-12-');
const uriOf = (file: string) => pathToFileURL(file).toString();
const STACK_TRACE = /\n\s+at /;

let client: StdioClient | undefined;
afterEach(async () => {
    const stderr = client?.stderr() ?? '';
    await client?.stop();
    client = undefined;
    expect(stderr).not.toMatch(STACK_TRACE);
});

const codesOf = async (uri: string) => (await client!.diagnosticsFor(uri)).diagnostics.map(d => String(d.code));
const symbolNames = async (uri: string) => ((await client!.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[]).map(s => s.name);

describe('a client without a root, files from odd places', () => {
    it('workspaceFolders [] (Helix) and rootPath alone (older clients) both get the neighbours', async () => {
        const bare = folderOf({ 'okrs.strat': OKR('Revenue'), 'kpis.strat': KPI('Revenue') });
        client = await startStdioClient({ profile: 'minimal', workspaceFolders: [] });
        await client.open(uriOf(path.join(bare, 'okrs.strat')), OKR('Revenue'));
        expect(await codesOf(uriOf(path.join(bare, 'okrs.strat')))).not.toContain('unresolved');
        await client.stop();

        const rooted = folderOf({ 'okrs.strat': OKR('Revenue'), 'deep/er/kpis.strat': KPI('Revenue') });
        client = await startStdioClient({ profile: 'minimal', rootPath: rooted });
        await client.open(uriOf(path.join(rooted, 'okrs.strat')), OKR('Revenue'));
        expect(await codesOf(uriOf(path.join(rooted, 'okrs.strat')))).not.toContain('unresolved');
    }, 30_000);

    it('a strat.json in the home folder: its folder is not scanned, but its settings apply, as strat check applies them', async () => {
        const home = folderOf({
            'strat.json': '{ "rules": { "kpi-no-strategy": "error" } }',
            'notes/kpis.strat': KPI('Revenue'),
            'elsewhere/old.strat': KPI('Revenue')
        });
        client = await startStdioClient({ profile: 'minimal', env: { ...process.env, HOME: home } });
        const kpis = uriOf(path.join(home, 'notes', 'kpis.strat'));
        await client.open(kpis, KPI('Revenue'));
        const diagnostics = (await client.diagnosticsFor(kpis)).diagnostics;
        expect(diagnostics.map(d => d.code)).not.toContain('duplicate-name');
        expect(diagnostics.find(d => d.code === 'kpi-no-strategy')?.severity).toBe(1);
        expect(client.published.map(p => p.uri)).not.toContain(uriOf(path.join(home, 'elsewhere', 'old.strat')));
    }, 30_000);

    it('an untitled buffer and a git: buffer are checked alone and answered', async () => {
        client = await startStdioClient({ profile: 'minimal' });
        for (const uri of ['untitled:Untitled-1', 'git:/some/where/okrs.strat?%7B%22ref%22%3A%22HEAD%22%7D']) {
            await client.open(uri, KPI('Revenue') + OKR('Revenue'));
            expect(await codesOf(uri)).not.toContain('unresolved');
            expect(await symbolNames(uri)).toEqual(['Revenue', 'GrowRevenue']);
        }
    }, 30_000);

    it('a request about a file closed right after it was opened is answered, not left waiting', async () => {
        const folder = folderOf({ 'okrs.strat': OKR('Revenue') });
        client = await startStdioClient({ profile: 'minimal' });
        for (const uri of [uriOf(path.join(folder, 'okrs.strat')), 'untitled:Untitled-2']) {
            await client.open(uri, OKR('Revenue'));
            const symbols = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
            await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
            const outcome = await Promise.race([symbols.then(() => 'answered', () => 'refused'), new Promise(resolve => setTimeout(() => resolve('no answer'), 5_000))]);
            expect(outcome, uri).not.toBe('no answer');
        }
    }, 30_000);
});

/** kpis.strat: Revenue, and Bonus (rewarded); okrs.strat: a key result with the cursor after `measures`. */
const KPIS = 'strategy S "s" { }\n' + KPI('Revenue', 'monitors S ') + KPI('Bonus', 'monitors S rewarded ');
const OKRS = 'okr O "x" { key result K "y" { measures  } }\n';

const opened = new WeakSet<StdioClient>();
async function bonusAfterMeasures(folder: string): Promise<CompletionItem | undefined> {
    const uri = uriOf(path.join(folder, 'okrs.strat'));
    if (!opened.has(client!)) await client!.open(uri, OKRS);
    opened.add(client!);
    const position = { line: 0, character: OKRS.indexOf('measures') + 'measures '.length };
    const list = await client!.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }) as CompletionList | CompletionItem[];
    return (Array.isArray(list) ? list : list.items).find(item => item.label === 'Bonus');
}

describe('settings in odd shapes', () => {
    it('pushes that are null, of the wrong type or for unknown rules break nothing, and the next good push counts', async () => {
        const folder = folderOf({ 'kpis.strat': KPIS, 'okrs.strat': OKRS });
        client = await startStdioClient({ profile: 'minimal', initializationOptions: { strat: { rules: { 'reward-kpi-in-okr': 'off' } } } });
        expect((await bonusAfterMeasures(folder))?.labelDetails).toBeUndefined();
        const odd = [null, {}, 5, 'strat', [], { strat: 5 }, { strat: [] }, { strat: { rules: 'off' } }, { strat: { rules: { nope: 'off', 'kr-count': 42 } } }, { strat: { checkinDays: 'x', maxActiveOkrsPerOwner: -1 } }, { other: { a: 1 } }];
        for (const settings of odd) {
            await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
        }
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { strat: { rules: { 'reward-kpi-in-okr': 'off' } } } });
        expect((await bonusAfterMeasures(folder))?.labelDetails).toBeUndefined();
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { strat: { rules: {} } } });
        expect((await bonusAfterMeasures(folder))?.labelDetails).toEqual({ description: 'rewarded' });
        expect(client.serverRequests).toEqual([]);
    }, 30_000);

    it('clients that declare little or nothing are never asked to register anything', async () => {
        const folder = folderOf({ 'okrs.strat': OKR('Revenue'), 'kpis.strat': KPI('Revenue') });
        for (const capabilities of [{}, { workspace: { didChangeConfiguration: {} } }, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } }]) {
            client = await startStdioClient({ capabilities, initializationOptions: {} });
            await client.open(uriOf(path.join(folder, 'okrs.strat')), OKR('Revenue'));
            expect(await codesOf(uriOf(path.join(folder, 'okrs.strat')))).not.toContain('unresolved');
            expect(client.serverRequests.map(r => r.method)).not.toContain('client/registerCapability');
            const stderr = client.stderr();
            await client.stop();
            client = undefined;
            expect(stderr).not.toMatch(STACK_TRACE);
        }
    }, 60_000);
});

describe('strat.showOkrDetails', () => {
    const run = (args: unknown[] | undefined) => client!.connection.sendRequest(ExecuteCommandRequest.type, { command: 'strat.showOkrDetails', ...(args ? { arguments: args } : {}) })
        .then(() => 'ran', (error: Error & { code?: number }) => `refused ${error.code}`);
    /** A minimal client with `okrs.strat` (OKR GrowRevenue) open and checked, beside `kpis.strat`. */
    const openedOkrs = async (): Promise<{ folder: string; uri: string; opened: StdioClient }> => {
        const folder = folderOf({ 'okrs.strat': OKR('Revenue'), 'kpis.strat': KPI('Revenue') });
        client = await startStdioClient({ profile: 'minimal' });
        const uri = uriOf(path.join(folder, 'okrs.strat'));
        await client.open(uri, OKR('Revenue'));
        await client.diagnosticsFor(uri);
        return { folder, uri, opened: client };
    };

    it('refuses arguments that name no OKR of a known document, and runs for one', async () => {
        const { folder, uri, opened } = await openedOkrs();
        const bad = [undefined, [], [42], [uri], [uri, 42], [uri, 'Nope'], ['file:///nowhere/x.strat', 'GrowRevenue'], ['::::', 'x'], [null, null], [{}, {}], ['untitled:Untitled-9', 'GrowRevenue'], [uriOf(path.join(folder, 'kpis.strat')), 'GrowRevenue']];
        for (const args of bad) {
            expect(await run(args), JSON.stringify(args)).toBe('refused -32602');
        }
        expect(opened.messages).toEqual([]);
        expect(await run([uri, 'GrowRevenue'])).toBe('ran');
        expect(opened.messages.map(m => m.message)).toEqual([expect.stringMatching(/^OKR GrowRevenue — Grow revenue: /)]);
    }, 30_000);

    it('on an OKR that an edit just removed: refused, no details of the OKR that was', async () => {
        const { uri, opened } = await openedOkrs();
        await opened.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: '// nothing left\n' }] });
        expect(await run([uri, 'GrowRevenue'])).toBe('refused -32602');
        expect(opened.messages).toEqual([]);
    }, 30_000);
});

describe('requests while the text changes', () => {
    it('a file opened with unsaved text while the workspace is first built is answered about that text, not the file on disk', async () => {
        const files: Record<string, string> = { 'a.strat': KPI('OnDisk') };
        // Enough files that the first build is still running when the file is opened.
        for (let i = 0; i < 300; i++) files[`k${i}.strat`] = KPI(`K${i}`);
        const folder = folderOf(files);
        client = await startStdioClient({ profile: 'full', folders: [uriOf(folder)] });
        const uri = uriOf(path.join(folder, 'a.strat'));
        await client.open(uri, KPI('Unsaved'));
        expect(await symbolNames(uri)).toEqual(['Unsaved']);
    }, 30_000);

    it.each(['minimal', 'full'] as const)('a %s client editing one file while asking about two: every answer is about the text sent before it or later, of its own file', async profile => {
        const folder = folderOf({ 'a.strat': KPI('Alpha'), 'b.strat': KPI('Beta') + OKR('Beta') });
        client = await startStdioClient({ profile, ...(profile === 'full' ? { folders: [uriOf(folder)] } : {}) });
        const a = uriOf(path.join(folder, 'a.strat'));
        const b = uriOf(path.join(folder, 'b.strat'));
        await client.open(a, KPI('Alpha'));
        await client.open(b, KPI('Beta') + OKR('Beta'));
        /** Edit `i` of a.strat holds KPIs `A<i>x0`…: the edit an answer is about, from the first name in it. */
        const editOf = (text: string) => Number(/A(\d+)x0/.exec(text)?.[1] ?? -1);
        const problems: Array<Promise<string | undefined>> = [];
        for (let i = 0; i < 60; i++) {
            const names = Array.from({ length: (i % 4) + 1 }, (_, k) => `A${i}x${k}`);
            void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: a, version: i + 2 }, contentChanges: [{ text: names.map(name => KPI(name)).join('') }] });
            problems.push(symbolNames(a).then(got => {
                const edit = editOf(got.join(','));
                const expected = Array.from({ length: (edit % 4) + 1 }, (_, k) => `A${edit}x${k}`);
                return edit >= i && got.join(',') === expected.join(',') ? undefined : `symbols of a.strat after edit ${i}: ${got.join(',')}`;
            }));
            problems.push(symbolNames(b).then(got => got.join(',') === 'Beta,GrowBeta' ? undefined : `symbols of b.strat: ${got.join(',')}`));
            problems.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: a }, position: { line: 0, character: 5 } })
                .then(hover => editOf(JSON.stringify(hover)) >= i ? undefined : `hover on a.strat after edit ${i}: ${JSON.stringify(hover).slice(0, 80)}`));
        }
        expect((await Promise.all(problems)).filter(problem => problem !== undefined)).toEqual([]);
    }, 60_000);
});
