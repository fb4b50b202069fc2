/**
 * The Strat extension inside a real VS Code (desktop via @vscode/test-electron, or code-server):
 * activation, diagnostics with their codes, and the language features through VS Code's own
 * command API: diagnostics, hover, completion, the reward-kpi-in-okr quick fix, rename and
 * formatting. The workspace is a temporary copy of examples/ plus the files of
 * IN_EDITOR_FILES (tests/e2e/harness/fixtures.ts), written by the runner.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
    MESSY_FILE, MESSY_FORMATTED, PROBE_FILE, PROBE_KPI, REWARD_FILE, REWARD_FIX_TITLE, REWARD_KPI
} from '../../e2e/harness/fixtures.ts';

const EXTENSION_ID = 'strat.strat';
const TIMEOUT_MS = 30_000;

/** The software company's two files, in their example folder (names are unique across the examples). */
const SAAS_KPIS = 'software-company/software-company.strat';
const SAAS_OKRS = 'software-company/software-company-okrs.strat';

function workspaceFile(relativePath: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder (the runner opens a copy of examples/)');
    return vscode.Uri.joinPath(folder.uri, relativePath);
}

function codeOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : String(code ?? '');
}

/** Resolves with the document's diagnostics once `accept` holds for them. */
function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<readonly vscode.Diagnostic[]> {
    return new Promise((resolve, reject) => {
        const check = (): boolean => {
            const diagnostics = vscode.languages.getDiagnostics(uri);
            if (accept(diagnostics)) {
                clearTimeout(timer);
                listener.dispose();
                resolve(diagnostics);
                return true;
            }
            return false;
        };
        const timer = setTimeout(() => {
            listener.dispose();
            const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${codeOf(d)}] ${d.message}`);
            reject(new Error(`Timed out waiting for ${what} in ${uri.path}; diagnostics: ${seen.join(' | ') || '(none)'}`));
        }, TIMEOUT_MS);
        const listener = vscode.languages.onDidChangeDiagnostics((event) => {
            if (event.uris.some((changed) => changed.toString() === uri.toString())) {
                check();
            }
        });
        check();
    });
}

async function openStrat(relativePath: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
    return vscode.window.showTextDocument(document);
}

function positionOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
        at = document.getText().indexOf(text, at + 1);
    }
    assert.ok(at >= 0, `"${text}" not found in ${document.uri.path}`);
    return document.positionAt(at);
}

/** The text of hovers, markdown included. */
function hoverText(hovers: readonly vscode.Hover[]): string {
    return hovers.flatMap((hover) => hover.contents).map((content) => typeof content === 'string' ? content : content.value).join('\n');
}

/** The names declared with `kpi NAME` in the workspace's .strat files. */
async function workspaceKpis(): Promise<string[]> {
    const names: string[] = [];
    for (const uri of await vscode.workspace.findFiles('**/*.strat')) {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        names.push(...[...text.matchAll(/^\s*kpi\s+([_a-zA-Z]\w*)/gm)].map((match) => match[1]));
    }
    return names;
}

/** Reverts the (dirty) documents of these workspace files to what is on disk. */
async function revert(...relativePaths: string[]): Promise<void> {
    for (const relativePath of relativePaths) {
        await openStrat(relativePath);
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }
}

function labelOf(item: vscode.CompletionItem): string {
    return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('Strat in VS Code', () => {
    suiteSetup(async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
        await openStrat(PROBE_FILE);
        await extension.activate();
    });

    test('.strat files get the strat language and the extension activates', async () => {
        const editor = await openStrat(PROBE_FILE);
        assert.equal(editor.document.languageId, 'strat');
        assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    });

    test('a KPI without a target is reported as kpi-no-target at its name', async () => {
        const uri = workspaceFile(PROBE_FILE);
        const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'kpi-no-target'), 'kpi-no-target');
        const finding = diagnostics.find((d) => codeOf(d) === 'kpi-no-target');
        assert.ok(finding);
        assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(finding.source, 'strat');
        assert.equal(finding.range.start.line, 1);
        assert.equal(finding.range.start.character, 4);
        assert.equal(finding.range.end.character, 4 + PROBE_KPI.length);
    });

    test('names resolve across the files of the workspace (okr-on-green-kpi in the SaaS OKRs)', async () => {
        await openStrat(SAAS_OKRS);
        const uri = workspaceFile(SAAS_OKRS);
        const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'okr-on-green-kpi'), 'okr-on-green-kpi');
        assert.deepEqual(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf), []);
    });

    test('editing the document updates its diagnostics', async () => {
        const editor = await openStrat(PROBE_FILE);
        const uri = editor.document.uri;
        await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'kpi-no-target'), 'kpi-no-target');
        const everyLine = positionOf(editor.document, 'every month');
        await editor.edit((edit) => edit.insert(everyLine, 'target >= 10\n    '));
        try {
            await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === 'kpi-no-target'), 'kpi-no-target to disappear');
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    test('go to definition of a KPI reference lands on the KPI', async () => {
        const editor = await openStrat(SAAS_OKRS);
        const reference = positionOf(editor.document, 'addresses ');
        const target = reference.translate(0, 'addresses '.length);
        const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', editor.document.uri, target);
        assert.ok(locations.length > 0, 'no definition found for the first `addresses` reference');
    });

    test('completion after `measures` offers KPI names', async () => {
        const editor = await openStrat(PROBE_FILE);
        const document = editor.document;
        // a key result's `measures ` slot: the server completes references to KPIs
        const okr = `\nokr ProbeOkr "Probe objective" {\n    cycle 2026-Q3\n    key result "Probe" {\n        measures \n    }\n}\n`;
        await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), okr));
        try {
            const position = positionOf(document, 'measures ').translate(0, 'measures '.length);
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
            const labels = list.items.map((item) => typeof item.label === 'string' ? item.label : item.label.label);
            assert.ok(labels.includes(PROBE_KPI), `completion after "measures " offers ${labels.join(', ') || 'nothing'}`);
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    test('hover on a KPI name says something about it', async () => {
        const editor = await openStrat(PROBE_FILE);
        const position = positionOf(editor.document, PROBE_KPI).translate(0, 2);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        assert.ok(hoverText(hovers).trim().length > 0, 'no hover on a KPI name');
    });

    test('hover on a KPI reference shows its status and its value against the target', async () => {
        // SaasNps (software-company/software-company.strat): 31 in 2026-Q2, target >= 40, alert 25 → amber
        const editor = await openStrat(SAAS_OKRS);
        const position = positionOf(editor.document, 'measures SaasNps').translate(0, 'measures '.length + 2);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        const text = hoverText(hovers);
        assert.match(text, /\*\*amber\*\* — misses its target but has not passed the alert/);
        assert.match(text, /\*\*Latest:\*\* 31 \(2026-Q2\) · target ≥ 40 · alert 25/);
        assert.match(text, /\*\*Addressed by:\*\* OKR `DelightfulFirstWeek`/);
    });

    test('completion after `measures` offers exactly the KPIs of the workspace (and the snippets VS Code adds)', async () => {
        const editor = await openStrat(REWARD_FILE);
        const document = editor.document;
        const keyResult = positionOf(document, 'from 12_000 to 15_000');
        await editor.edit((edit) => edit.insert(keyResult, 'measures \n        '));
        try {
            const position = positionOf(document, 'measures ', 1).translate(0, 'measures '.length);
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
            const fromServer = list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet);
            assert.deepEqual(fromServer.map(labelOf).sort(), (await workspaceKpis()).sort());
        } finally {
            await revert(REWARD_FILE);
        }
    });

    test('the reward-kpi-in-okr quick fix "Remove the measures link" removes the link and the error', async () => {
        const editor = await openStrat(REWARD_FILE);
        const uri = editor.document.uri;
        const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'reward-kpi-in-okr'), 'reward-kpi-in-okr');
        const finding = diagnostics.find((d) => codeOf(d) === 'reward-kpi-in-okr');
        assert.ok(finding);
        assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(editor.document.getText(finding.range), REWARD_KPI);
        try {
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range,
                vscode.CodeActionKind.QuickFix.value);
            const titles = actions.map((action) => action.title);
            assert.equal(titles[0], REWARD_FIX_TITLE, `quick fixes: ${titles.join(' | ')}`);
            const fix = actions[0];
            assert.equal(fix.isPreferred, true);
            assert.ok(fix.edit, 'the quick fix carries its edit');
            assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'VS Code applied the edit');
            assert.ok(!editor.document.getText().includes(`measures ${REWARD_KPI}`), 'the measures link is gone');
            assert.ok(editor.document.getText().includes('key result ProbeArrUp "Grow ARR from €41.6 M to €48 M" {\n        from 41_600_000'));
            await waitForDiagnostics(uri, (all) => !all.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'no error after the quick fix');
        } finally {
            await revert(REWARD_FILE);
        }
    });

    test('formatting a messy file gives the canonical layout', async () => {
        const editor = await openStrat(MESSY_FILE);
        const document = editor.document;
        try {
            const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri,
                { tabSize: 4, insertSpaces: true });
            assert.ok(edits.length > 0, 'no formatting edits for a messy file');
            const edit = new vscode.WorkspaceEdit();
            edit.set(document.uri, edits);
            assert.equal(await vscode.workspace.applyEdit(edit), true, 'VS Code applied the formatting');
            assert.equal(document.getText(), MESSY_FORMATTED);
            const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri,
                { tabSize: 4, insertSpaces: true });
            assert.deepEqual(again ?? [], [], 'a formatted file formats to itself');
        } finally {
            await revert(MESSY_FILE);
        }
    });

    test('renaming a KPI changes its declaration and every reference, across files', async () => {
        const kpiEditor = await openStrat(SAAS_KPIS);
        const okrUri = workspaceFile(SAAS_OKRS);
        const position = positionOf(kpiEditor.document, 'kpi SaasNps ').translate(0, 'kpi '.length + 2);
        const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider',
            kpiEditor.document.uri, position, 'SaasPromoterScore');
        try {
            const changed = new Map(edit.entries().map(([uri, edits]) => [uri.path.split('/').pop(), edits]));
            assert.deepEqual([...changed.keys()].sort(), ['software-company-okrs.strat', 'software-company.strat']);
            assert.equal(changed.get('software-company.strat')?.length, 1);
            assert.ok((changed.get('software-company-okrs.strat')?.length ?? 0) >= 2, 'the `addresses` and `measures` references');
            assert.ok([...changed.values()].flat().every((textEdit) => textEdit.newText === 'SaasPromoterScore'));
            assert.equal(await vscode.workspace.applyEdit(edit), true, 'VS Code applied the rename');
            const okrDocument = await vscode.workspace.openTextDocument(okrUri);
            assert.ok(!/\bSaasNps\b/.test(kpiEditor.document.getText() + okrDocument.getText()), 'no SaasNps left');
            assert.ok(okrDocument.getText().includes('measures SaasPromoterScore'));
            await waitForDiagnostics(okrUri, (all) => all.some((d) => codeOf(d) === 'okr-on-green-kpi')
                && !all.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the renamed references resolving');
        } finally {
            await revert(SAAS_KPIS, SAAS_OKRS);
        }
    });

    test('rename refuses a name that another element has', async () => {
        const editor = await openStrat(SAAS_KPIS);
        const position = positionOf(editor.document, 'kpi SaasNps ').translate(0, 'kpi '.length + 2);
        await assert.rejects(
            Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', editor.document.uri, position, 'SaasChurn')),
            /already used by KPI 'SaasChurn'/);
    });

    test('severity settings reach the server (strat.rules.kpi-no-target = error)', async () => {
        const configuration = vscode.workspace.getConfiguration('strat');
        await configuration.update('rules.kpi-no-target', 'error', vscode.ConfigurationTarget.Workspace);
        try {
            await openStrat(PROBE_FILE);
            await waitForDiagnostics(workspaceFile(PROBE_FILE),
                (all) => all.some((d) => codeOf(d) === 'kpi-no-target' && d.severity === vscode.DiagnosticSeverity.Error),
                'kpi-no-target as an error');
        } finally {
            await configuration.update('rules.kpi-no-target', undefined, vscode.ConfigurationTarget.Workspace);
        }
    });
});
