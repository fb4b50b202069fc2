/**
 * Every feature through the real stdio server, for the two kinds of client it meets
 * (stdio-client.ts): `full`, as the VS Code extension, with the example's folder as workspace
 * folder; `minimal`, as Helix and older Neovim, with no workspace folder at all — the server then
 * loads the opened file's project itself (docs/architecture.md#workspace-roots). Both must answer
 * the same, except what only the extension handles (semantic tokens, the preview's command and
 * notification), and the minimal client must never be asked for what it cannot do.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification, DocumentFormattingRequest,
    DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest, InlayHintRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest,
    SemanticTokensRequest, type CompletionItem, type CompletionList, type Diagnostic, type DocumentSymbol, type Location, type Position
} from 'vscode-languageserver-protocol';
import { EXAMPLES_DIR } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { applyTextEdits } from './apply-edits.js';
import { PROFILES, startStdioClient, type ClientProfileName, type StdioClient } from './stdio-client.js';

const FOLDER = path.join(EXAMPLES_DIR, 'software-company');
const OKRS = path.join(FOLDER, 'software-company-okrs.strat');
const OKRS_URI = pathToFileURL(OKRS).toString();
const OKRS_TEXT = readFileSync(OKRS, 'utf8');
const STRATEGY_URI = pathToFileURL(path.join(FOLDER, 'software-company.strat')).toString();
const STRATEGY_TEXT = readFileSync(path.join(FOLDER, 'software-company.strat'), 'utf8');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** The position of the first `needle` in `text`, `shift` characters on. */
function positionIn(text: string, needle: string, shift = 0): Position {
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`'${needle}' not found`);
    const before = text.slice(0, index + shift).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

/** A cross-file reference in the OKRs file: `SaasNrr`, a KPI of software-company.strat. */
const REFERENCE = positionIn(OKRS_TEXT, 'addresses SaasArr, SaasNrr', 'addresses SaasArr, '.length + 2);

/** What `strat check examples/ --format json` reports for the OKRs file, in the CLI's terms. */
async function cliFindings(): Promise<unknown[]> {
    const result = await runCli(['check', EXAMPLES_DIR, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string; message: string; range: unknown }> }> };
    const file = report.files.find(entry => path.resolve(entry.path) === OKRS);
    if (!file) throw new Error('the CLI did not report on the OKRs file');
    return file.diagnostics.map(({ code, severity, message, range }) => ({ code, severity, message, range }));
}

function inCliTerms(diagnostics: Diagnostic[]): unknown[] {
    return diagnostics.map(d => ({ code: d.code, severity: SEVERITY[d.severity ?? 1], message: d.message, range: d.range }));
}

describe.each<ClientProfileName>(['minimal', 'full'])('a %s client', profile => {
    let client: StdioClient;
    let diagnostics: Diagnostic[];
    const textDocument = { uri: OKRS_URI };

    beforeAll(async () => {
        client = await startStdioClient({ profile, folders: profile === 'full' ? [pathToFileURL(FOLDER).toString()] : [] });
        await client.open(OKRS_URI, OKRS_TEXT);
        // The first publication must already be right: the file's project is loaded before it is checked.
        diagnostics = (await client.diagnosticsFor(OKRS_URI)).diagnostics;
    }, 60_000);

    afterAll(async () => {
        await client?.stop();
    });

    it('reports exactly what `strat check examples/` reports for the file', async () => {
        const expected = await cliFindings();
        expect(expected.length).toBeGreaterThan(0);
        expect(inCliTerms(diagnostics)).toEqual(expected);
    });

    it('hovers over a KPI of the other file', async () => {
        const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument, position: REFERENCE });
        expect(JSON.stringify(hover?.contents)).toContain('Net revenue retention');
    });

    it('goes to the definition in the other file', async () => {
        const found = await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position: REFERENCE });
        const locations = (Array.isArray(found) ? found : [found]) as Array<Location | { targetUri: string; targetSelectionRange: Location['range'] }>;
        const target = locations.map(l => 'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l)[0];
        expect(target.uri).toBe(STRATEGY_URI);
        expect(target.range.start.line).toBe(positionIn(STRATEGY_TEXT, 'kpi SaasNrr').line);
    });

    it('finds references in both files', async () => {
        const found = await client.connection.sendRequest(ReferencesRequest.type, { textDocument, position: REFERENCE, context: { includeDeclaration: true } });
        expect(new Set(found?.map(location => location.uri))).toEqual(new Set([OKRS_URI, STRATEGY_URI]));
    });

    it('renames across files', async () => {
        const range = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position: REFERENCE });
        expect(range).toBeTruthy();
        const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument, position: REFERENCE, newName: 'SaasNetRetention' });
        const changes = edit?.changes ?? {};
        expect(Object.keys(changes).sort()).toEqual([OKRS_URI, STRATEGY_URI].sort());
        const renamed = applyTextEdits(OKRS_TEXT, changes[OKRS_URI]);
        expect(renamed).not.toMatch(/\bSaasNrr\b/);
        expect(renamed.match(/\bSaasNetRetention\b/g)).toHaveLength(OKRS_TEXT.match(/\bSaasNrr\b/g)!.length);
    });

    it('completes the KPIs of the other file after `addresses`', async () => {
        const position = positionIn(OKRS_TEXT, 'addresses SaasArr', 'addresses '.length);
        const answer = await client.connection.sendRequest(CompletionRequest.type, { textDocument, position });
        const items = (Array.isArray(answer) ? answer : (answer as CompletionList | null)?.items ?? []) as CompletionItem[];
        const kpis = [...STRATEGY_TEXT.matchAll(/^kpi (\w+)/gm)].map(match => match[1]);
        expect(items.length).toBeGreaterThan(0);
        expect(kpis).toEqual(expect.arrayContaining(items.map(item => item.label)));
    });

    it('offers code actions for a finding', async () => {
        const finding = diagnostics.find(d => d.code === 'okr-on-green-kpi')!;
        const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range: finding.range, context: { diagnostics: [finding] } });
        expect(actions?.map(action => action.title)).toContain('Ignore okr-on-green-kpi here');
    });

    it('lists the document\'s OKRs as symbols', async () => {
        const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }) as DocumentSymbol[];
        const okrs = [...OKRS_TEXT.matchAll(/^okr (\w+)/gm)].map(match => match[1]);
        expect(okrs.length).toBeGreaterThan(0);
        expect(symbols.map(symbol => symbol.name)).toEqual(expect.arrayContaining(okrs));
    });

    it('gives an inlay hint after each key result', async () => {
        const lines = OKRS_TEXT.split('\n');
        const hints = await client.connection.sendRequest(InlayHintRequest.type, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
        expect(hints).toHaveLength(OKRS_TEXT.match(/\bkey result\b/g)!.length);
    });

    it('puts a code lens on each OKR, with a command this client can run', async () => {
        const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument });
        expect(lenses).toHaveLength(OKRS_TEXT.match(/^okr /gm)!.length);
        const commands = client.initialized.capabilities.executeCommandProvider?.commands ?? [];
        for (const lens of lenses ?? []) {
            // The extension runs strat.openScorecard itself; any other command must be one the server runs.
            expect(lens.command!.command === 'strat.openScorecard' ? profile : commands.includes(lens.command!.command)).toBe(profile === 'full' ? 'full' : true);
        }
        if (profile === 'minimal') {
            const lens = lenses![0];
            await client.connection.sendRequest(ExecuteCommandRequest.type, { command: lens.command!.command, arguments: lens.command!.arguments });
            const shown = await client.waitFor(() => client.messages.find(message => message.message.startsWith(`OKR ${lens.command!.arguments![1]} — `)), 'the OKR details');
            expect(shown.message).toContain(lens.command!.title);
        } else {
            expect(commands).toEqual([]);
        }
    });

    it('formats a document', async () => {
        // Another example, its indentation lost (but inside block comments, which are the writer's), formatted back to the example.
        const bank = readFileSync(path.join(EXAMPLES_DIR, 'bank', 'bank.strat'), 'utf8');
        const unindented = bank.replace(/^[ \t]+(?!\*)/gm, '');
        const uri = 'untitled:Unindented-1';
        await client.open(uri, unindented);
        const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits?.length).toBeGreaterThan(0);
        expect(applyTextEdits(unindented, edits ?? [])).toBe(bank);
    });

    if (profile === 'full') {
        it('colours the document with semantic tokens', async () => {
            expect(client.initialized.capabilities.semanticTokensProvider).toBeTruthy();
            const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument });
            expect(tokens?.data.length).toBeGreaterThan(0);
            expect(tokens!.data.length % 5).toBe(0);
        });

        it('registers for configuration and file changes, asks for the settings and is told of validations', () => {
            const registered = client.serverRequests.filter(r => r.method === 'client/registerCapability')
                .flatMap(r => (r.params as { registrations: Array<{ method: string }> }).registrations.map(registration => registration.method));
            expect(registered).toEqual(expect.arrayContaining(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']));
            expect(client.serverRequests.map(r => r.method)).toContain('workspace/configuration');
            expect(client.validated.length).toBeGreaterThan(0);
        });
    } else {
        it('is never asked to register anything or for its configuration, and never told of validations', () => {
            expect(client.serverRequests.map(r => r.method)).not.toContain('client/registerCapability');
            expect(client.serverRequests.map(r => r.method)).not.toContain('workspace/configuration');
            expect(client.validated).toEqual([]);
            expect(client.stderr()).not.toMatch(/error/i);
        });
    }
});

describe('settings for clients as Neovim and Helix send them', () => {
    it('are asked for when the client answers `workspace/configuration` (Neovim, Helix), and nothing is registered', async () => {
        const minimal = PROFILES.minimal.capabilities;
        const client = await startStdioClient({
            profile: 'minimal',
            capabilities: { ...minimal, workspace: { ...minimal.workspace, configuration: true } },
            configuration: { strat: { rules: { 'okr-on-green-kpi': 'off' } } }
        });
        try {
            await client.open(OKRS_URI, OKRS_TEXT);
            await client.waitFor(() => client.serverRequests.find(r => r.method === 'workspace/configuration'), 'the configuration request');
            const published = await client.waitFor(() => client.published.filter(p => p.uri === OKRS_URI && !p.diagnostics.some(d => d.code === 'okr-on-green-kpi')).at(-1), 'diagnostics with the settings');
            expect(published.diagnostics.map(d => d.code)).toContain('initiative-overdue');
            expect(client.serverRequests.map(r => r.method)).not.toContain('client/registerCapability');
        } finally {
            await client.stop();
        }
    }, 60_000);

    it('come from `initializationOptions` (Helix: `config = { strat = … }`)', async () => {
        const client = await startStdioClient({ profile: 'minimal', initializationOptions: { strat: { rules: { 'okr-on-green-kpi': 'off' } } } });
        try {
            await client.open(OKRS_URI, OKRS_TEXT);
            const codes = (await client.diagnosticsFor(OKRS_URI)).diagnostics.map(d => d.code);
            expect(codes).toContain('initiative-overdue');
            expect(codes).not.toContain('okr-on-green-kpi');
        } finally {
            await client.stop();
        }
    }, 60_000);

    it('come from `workspace/didChangeConfiguration` (Neovim: `settings = { strat = … }`)', async () => {
        const client = await startStdioClient({ profile: 'minimal' });
        try {
            await client.open(OKRS_URI, OKRS_TEXT);
            const before = (await client.diagnosticsFor(OKRS_URI)).diagnostics.find(d => d.code === 'initiative-overdue');
            expect(before?.severity).not.toBe(1);
            const published = client.published.length;
            await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { strat: { rules: { 'initiative-overdue': 'error' } } } });
            const after = await client.waitFor(() => client.published.slice(published).filter(p => p.uri === OKRS_URI).at(-1), 'diagnostics after the settings');
            expect(after.diagnostics.find(d => d.code === 'initiative-overdue')?.severity).toBe(1);
            expect(client.serverRequests).toEqual([]);
        } finally {
            await client.stop();
        }
    }, 60_000);
});
