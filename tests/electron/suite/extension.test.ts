/**
 * The Strat extension inside a real VS Code (desktop via @vscode/test-electron, or code-server):
 * activation, diagnostics with their codes, and the language features through VS Code's own
 * command API. The workspace is a temporary copy of examples/ plus the probe file of
 * tests/e2e/harness/fixtures.ts, written by the runner.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PROBE_FILE, PROBE_KPI } from '../../e2e/harness/fixtures.ts';

const EXTENSION_ID = 'strat.strat';
const TIMEOUT_MS = 30_000;

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
        await openStrat('software-company-okrs.strat');
        const uri = workspaceFile('software-company-okrs.strat');
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
        const editor = await openStrat('software-company-okrs.strat');
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
        const text = hovers.flatMap((hover) => hover.contents).map((content) => typeof content === 'string' ? content : content.value).join('\n');
        assert.ok(text.trim().length > 0, 'no hover on a KPI name');
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
