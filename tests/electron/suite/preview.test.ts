/**
 * The scorecard preview through the VS Code API: the commands open a webview panel beside the
 * editor (one per document), switch its scope, and export the scorecard as the CLI does.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const SCORECARD_VIEW_TYPE = 'strat.scorecard';
const TIMEOUT_MS = 30_000;

function workspaceFile(relativePath: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder (the runner opens a copy of examples/)');
    return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** The scorecard panels' tabs, in every editor group. */
function scorecardTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(SCORECARD_VIEW_TYPE));
}

/** Polls `probe` until it returns a value (no fixed sleep: a deadline). */
async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
        const value = probe();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() > deadline) {
            const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => `${group.viewColumn}:${tab.label}`));
            throw new Error(`Timed out waiting for ${what}; tabs: ${tabs.join(', ') || '(none)'}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

suite('Scorecard preview', () => {
    let editor: vscode.TextEditor;

    suiteSetup(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('bank/bank.strat')));
    });

    suiteTeardown(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('"Open Scorecard to the Side" opens one panel beside the editor and keeps the focus there', async () => {
        await vscode.commands.executeCommand('strat.openScorecardToSide');
        const tab = await waitFor(() => scorecardTabs()[0], 'the scorecard panel');
        assert.equal(tab.label, 'Scorecard: bank.strat');
        assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the panel is in another editor group');
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
        // asked again for the same document: the same panel, not a second one
        await vscode.commands.executeCommand('strat.openScorecardToSide');
        assert.equal(scorecardTabs().length, 1);
    });

    test('"Toggle Scorecard Scope" switches the panel to the whole workspace and back', async () => {
        await vscode.commands.executeCommand('strat.toggleScorecardScope');
        await waitFor(() => scorecardTabs().find((tab) => tab.label === 'Scorecard: workspace'), 'the workspace scorecard');
        await vscode.commands.executeCommand('strat.toggleScorecardScope');
        await waitFor(() => scorecardTabs().find((tab) => tab.label === 'Scorecard: bank.strat'), 'the file scorecard again');
        assert.equal(scorecardTabs().length, 1);
    });

    test('the OKR code lens command opens the scorecard of its document beside the editor', async () => {
        const okrs = workspaceFile('software-company/software-company-okrs.strat');
        // the code lens' arguments: the document URI as a string, the OKR name
        await vscode.commands.executeCommand('strat.openScorecard', okrs.toString(), 'KeepEveryCustomer');
        const tab = await waitFor(() => scorecardTabs().find((candidate) => candidate.label === 'Scorecard: software-company-okrs.strat'),
            'the scorecard of software-company-okrs.strat');
        assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');
        await vscode.window.tabGroups.close(tab);
        assert.deepEqual(scorecardTabs().map((candidate) => candidate.label), ['Scorecard: bank.strat']);
    });

    test('"Open Scorecard" shows the scorecard in the editor\'s own group', async () => {
        const okrs = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('software-company/software-company-okrs.strat')),
            { viewColumn: editor.viewColumn });
        try {
            await vscode.commands.executeCommand('strat.openScorecard');
            const tab = await waitFor(() => scorecardTabs().find((candidate) => candidate.label === 'Scorecard: software-company-okrs.strat'
                && candidate.group.viewColumn === okrs.viewColumn && candidate.isActive), 'the scorecard of software-company-okrs.strat in the editor\'s group');
            assert.equal(scorecardTabs().length, 1, 'the preview that followed the editor, not a second one');
            await vscode.window.tabGroups.close(tab);
        } finally {
            await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn });
        }
    });

    test('"Export Scorecard…" writes the self-contained HTML page (no script, strict CSP)', async () => {
        const destination = workspaceFile('bank/bank-scorecard.html');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('strat.exportScorecard',
            { format: 'html', destination: destination.toString() });
        assert.equal(written?.toString(), destination.toString());
        const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(destination));
        assert.match(html, /^<!DOCTYPE html>/);
        assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`), 'the export CSP');
        assert.ok(!html.toLowerCase().includes('<script'), 'no script in an exported page');
        assert.ok(html.includes('<title>Scorecard — bank.strat — Strategy scorecard</title>'), 'titled like `strat scorecard`');
        assert.ok(html.includes('Net fee &amp; commission income'), 'the KPIs of bank.strat, escaped');
        await vscode.workspace.fs.delete(destination);
    });

    test('"Export Scorecard…" writes JSON: the scorecard model', async () => {
        const destination = workspaceFile('bank/bank-scorecard.json');
        await vscode.commands.executeCommand('strat.exportScorecard', { format: 'json', destination: destination.toString() });
        const scorecard = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(destination))) as { kpis: Array<{ name: string; status: string }> };
        assert.deepEqual(scorecard.kpis.find((kpi) => kpi.name === 'FeeIncome')?.status, 'green');
        await vscode.workspace.fs.delete(destination);
    });
});
