/** Fixing a problem: each quick fix removes its diagnostic without causing a new error. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { StratCodeActionProvider } from '../../packages/language/src/lsp/strat-code-actions.js';
import { edited } from '../language/edited.js';
import { OWN_CONFORMANCE_DIR } from '../support/paths.js';
import { applyTextEdits, applyWorkspaceEdit } from './apply-edits.js';
import { lspWorkspace, type LspWorkspace } from './lsp-workspace.js';

const FRAMEWORK = `ambition A "Be the best" {
    horizon 2030
}

strategy S "Grow" {
    realizes A
}

kpi K "Revenue" {
    monitors S
    target >= 100
    alert 80
    every month
    actual 2026-01 70
}
`;

const kr = (title: string, from = 0, to = 10): string => `    key result "${title}" {\n        from ${from} to ${to}\n    }\n`;

function diagnosticsOf(ws: LspWorkspace, file: string, code: string): Diagnostic[] {
    return (ws.doc(file).diagnostics ?? []).filter(d => d.code === code);
}

async function actionsFor(ws: LspWorkspace, file: string, diagnostic: Diagnostic, provider = ws.services.lsp.CodeActionProvider!): Promise<CodeAction[]> {
    const document = ws.doc(file);
    const actions = await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    });
    return (actions ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

function errorCounts(ws: LspWorkspace): Map<string, number> {
    const counts = new Map<string, number>();
    for (const document of ws.documents.values()) {
        for (const d of document.diagnostics ?? []) {
            if (d.severity === 1) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
        }
    }
    return counts;
}

/**
 * Applies the action titled `title` for the first `code` diagnostic in `file`, rebuilds the
 * workspace and checks that there is one `code` diagnostic fewer and no new error.
 */
async function applyFix(files: Record<string, string>, file: string, code: string, title: string | RegExp, provider?: (ws: LspWorkspace) => StratCodeActionProvider, asOf: string | null = null) {
    const before = await lspWorkspace(files, asOf);
    const [diagnostic] = diagnosticsOf(before, file, code);
    expect(diagnostic, `no ${code} diagnostic in ${file} to fix`).toBeDefined();
    const actions = await actionsFor(before, file, diagnostic, provider?.(before));
    const action = actions.find(a => typeof title === 'string' ? a.title === title : title.test(a.title));
    expect(action, `no action "${title}" among ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    const edited = applyWorkspaceEdit(files, action!.edit);
    const after = await lspWorkspace(edited, asOf);
    expect(diagnosticsOf(after, file, code).length, `${code} is still reported after "${action!.title}"`).toBe(diagnosticsOf(before, file, code).length - 1);
    const errorsBefore = errorCounts(before);
    for (const [errorCode, count] of errorCounts(after)) {
        expect(count, `"${action!.title}" caused a new ${errorCode} error`).toBeLessThanOrEqual(errorsBefore.get(errorCode) ?? 0);
    }
    return { action: action!, actions, files: edited, after };
}

/** Whether the formatter would leave the text as it is (the fix wrote canonical layout). */
async function isCanonical(ws: LspWorkspace, file: string): Promise<string> {
    const document = ws.doc(file);
    const edits = await ws.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return applyTextEdits(document.textDocument.getText(), edits);
}

describe('quick fix: reward-kpi-in-okr', () => {
    const files = {
        'kpis.strat': FRAMEWORK + '\nkpi Pay "Sales bonus base" {\n    monitors S\n    target >= 100\n    alert 80\n    every month\n    rewarded\n    actual 2026-01 90\n}\n',
        'okrs.strat': `okr O "Sell more" {\n    cycle 2026-Q1\n    addresses K\n    key result "Grow sales" {\n        measures Pay\n        from 90 to 120\n    }\n${kr('Grow margin')}    plan {\n        initiative "Price review"\n    }\n}\n`
    };

    it('offers removing the link (preferred) and un-rewarding the KPI with a warning about pay', async () => {
        const ws = await lspWorkspace(files);
        const actions = await actionsFor(ws, 'okrs.strat', diagnosticsOf(ws, 'okrs.strat', 'reward-kpi-in-okr')[0]);
        expect(actions.map(a => a.title)).toEqual([
            'Remove the measures link',
            "Stop marking KPI 'Pay' as rewarded (affects pay: check with HR)",
            'Ignore reward-kpi-in-okr here'
        ]);
        expect(actions.filter(a => a.isPreferred).map(a => a.title)).toEqual(['Remove the measures link']);
    });

    it('removes the measures line', async () => {
        const { files: edited } = await applyFix(files, 'okrs.strat', 'reward-kpi-in-okr', 'Remove the measures link');
        expect(edited['okrs.strat']).toContain('    key result "Grow sales" {\n        from 90 to 120\n    }');
    });

    it("un-rewards the KPI in the KPI's own file", async () => {
        const { action, files: edited } = await applyFix(files, 'okrs.strat', 'reward-kpi-in-okr', /^Stop marking KPI 'Pay'/);
        expect(Object.keys(action.edit?.changes ?? {})).toEqual(['file:///ws/kpis.strat']);
        expect(edited['kpis.strat']).toContain('    every month\n    actual 2026-01 90\n');
        expect(edited['okrs.strat']).toBe(files['okrs.strat']);
    });
});

describe('quick fix: kr-count', () => {
    it('adds a key result after the last one, indented like its siblings', async () => {
        const files = { 'a.strat': FRAMEWORK + `\nokr O "Grow" {\n    cycle 2026-Q1\n    addresses K\n${kr('Grow sales')}    plan {\n        initiative "Price review"\n    }\n}\n` };
        const { action, after } = await applyFix(files, 'a.strat', 'kr-count', 'Add a key result');
        expect(action.isPreferred).toBe(true);
        expect(after.doc('a.strat').textDocument.getText()).toContain(`${kr('Grow sales')}    key result "…" {\n        from 0 to 1\n    }\n    plan {`);
        expect(await isCanonical(after, 'a.strat')).toBe(after.doc('a.strat').textDocument.getText());
    });

    it('adds two key results to an OKR with none, before its plan', async () => {
        const files = { 'a.strat': FRAMEWORK + '\nokr O "Grow" {\n    cycle 2026-Q1\n    addresses K\n    plan {\n        initiative "Price review"\n    }\n}\n' };
        const { after } = await applyFix(files, 'a.strat', 'kr-count', 'Add two key results');
        const text = after.doc('a.strat').textDocument.getText();
        expect(text).toContain('    addresses K\n    key result "…" {\n        from 0 to 1\n    }\n    key result "…" {\n        from 0 to 1\n    }\n    plan {');
        expect(await isCanonical(after, 'a.strat')).toBe(text);
    });

    it('adds key results to a one-line OKR', async () => {
        await applyFix({ 'a.strat': FRAMEWORK + '\nokr O "Grow" { cycle 2026-Q1 addresses K }\n' }, 'a.strat', 'kr-count', 'Add two key results');
    });

    it('splits six key results 4 + 2 into a new OKR <Name>Part2 with the same cycle and KPIs', async () => {
        const krs = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map(t => kr(`Grow ${t}`)).join('');
        const files = { 'a.strat': FRAMEWORK + `\nokr Big "Own the market" {\n    cycle 2026-Q2\n    addresses K\n    owner "Sales"\n${krs}    plan {\n        initiative "Price review"\n    }\n}\n` };
        const { action, after } = await applyFix(files, 'a.strat', 'kr-count', "Split off 2 key results into a new OKR 'BigPart2'");
        expect(action.isPreferred).toBe(true);
        const text = after.doc('a.strat').textDocument.getText();
        expect(text).toContain(`${kr('Grow Four')}    plan {`);
        expect(text.endsWith(`}\n\nokr BigPart2 "Own the market (continued)" {\n    cycle 2026-Q2\n    addresses K\n    owner "Sales"\n${kr('Grow Five')}${kr('Grow Six')}}\n`)).toBe(true);
        expect(await isCanonical(after, 'a.strat')).toBe(text);
        expect(diagnosticsOf(after, 'a.strat', 'kr-count')).toEqual([]);
    });

    it('moves the key results past the fifth and picks a free name', async () => {
        const krs = Array.from({ length: 8 }, (_, i) => kr(`Grow ${String.fromCharCode(65 + i)}`)).join('');
        const taken = `\nokr BigPart2 "Taken" {\n    cycle 2026-Q2\n    addresses K\n${kr('X')}${kr('Y')}}\n`;
        const files = { 'a.strat': FRAMEWORK + `\nokr Big "Own the market" {\n    cycle 2026-Q2\n    addresses K\n${krs}}\n` + taken };
        const { after } = await applyFix(files, 'a.strat', 'kr-count', "Split off 3 key results into a new OKR 'BigPart3'");
        const model = after.doc('a.strat').parseResult.value;
        expect(model.elements.map(e => [e.name, 'keyResults' in e ? e.keyResults.length : 0])).toContainEqual(['Big', 5]);
        expect(model.elements.map(e => [e.name, 'keyResults' in e ? e.keyResults.length : 0])).toContainEqual(['BigPart3', 3]);
    });
});

describe('quick fixes that insert a missing property', () => {
    const okr = (body: string) => FRAMEWORK + `\nokr O "Grow" {\n${body}${kr('Grow sales')}${kr('Grow margin')}}\n`;

    it('okr-no-plan: adds a plan with one initiative before the closing brace', async () => {
        const { after } = await applyFix({ 'a.strat': okr('    cycle 2026-Q1\n    addresses K\n') }, 'a.strat', 'okr-no-plan', 'Add an improvement plan');
        const text = after.doc('a.strat').textDocument.getText();
        expect(text).toContain(`${kr('Grow margin')}    plan {\n        initiative "…"\n    }\n}`);
        expect(await isCanonical(after, 'a.strat')).toBe(text);
    });

    it('kpi-no-target: adds target >= 0 after monitors', async () => {
        const files = { 'a.strat': FRAMEWORK + '\nkpi H "Headcount" {\n    monitors S\n    every month\n    actual 2026-01 7\n}\n' };
        const { after } = await applyFix(files, 'a.strat', 'kpi-no-target', 'Add a target (target >= 0)');
        const text = after.doc('a.strat').textDocument.getText();
        expect(text).toContain('    monitors S\n    target >= 0\n    every month');
        expect(await isCanonical(after, 'a.strat')).toBe(text);
    });

    it('kpi-no-target: with an alert, puts the placeholder target on the passing side (no alert-side error)', async () => {
        const files = { 'a.strat': FRAMEWORK + '\nkpi H "Headcount" { monitors S alert 10% every month actual 2026-01 7% }\n' };
        const { files: edited } = await applyFix(files, 'a.strat', 'kpi-no-target', 'Add a target (target >= 11%)');
        expect(edited['a.strat']).toContain('monitors S\n    target >= 11%\n    alert 10%');
    });

    it('okr-no-cycle: proposes the latest cycle of the other OKRs', async () => {
        const other = `\nokr P "Keep" {\n    cycle 2026-Q3\n    addresses K\n${kr('a')}${kr('b')}    plan {\n        initiative "x"\n    }\n}\n`;
        const { after } = await applyFix({ 'a.strat': okr('    addresses K\n    plan {\n        initiative "x"\n    }\n') + other }, 'a.strat', 'okr-no-cycle', 'Add cycle 2026-Q3');
        const text = after.doc('a.strat').textDocument.getText();
        expect(text).toContain('okr O "Grow" {\n    cycle 2026-Q3\n    addresses K\n');
        expect(await isCanonical(after, 'a.strat')).toBe(text);
    });

    it('okr-no-cycle: else the quarter of the latest measured value', async () => {
        await applyFix({ 'a.strat': okr('    addresses K\n') }, 'a.strat', 'okr-no-cycle', 'Add cycle 2026-Q1');
    });

    it('okr-no-cycle: in a workspace without any period, the current quarter from the injected clock', async () => {
        const text = `okr O "Grow" {\n${kr('a')}${kr('b')}}\n`;
        await applyFix({ 'a.strat': text }, 'a.strat', 'okr-no-cycle', 'Add cycle 2027-Q4',
            ws => new StratCodeActionProvider(ws.services, () => new Date(Date.UTC(2027, 10, 3))));
    });
});

describe('quick fix: ignore here', () => {
    it('writes // strat-ignore <code> on the line before, at that line\'s indentation', async () => {
        const files = { 'a.strat': FRAMEWORK + `\nokr O "Grow" {\n    cycle 2026-Q1\n    addresses K\n    key result "Call customers" {\n        from 0 to 10\n        confidence 120%\n    }\n${kr('b')}    plan {\n        initiative "x"\n    }\n}\n` };
        const activity = await applyFix(files, 'a.strat', 'kr-activity', 'Ignore kr-activity here');
        expect(activity.action.isPreferred).toBeUndefined();
        expect(activity.files['a.strat']).toContain('    // strat-ignore kr-activity\n    key result "Call customers" {');
        const confidence = await applyFix(files, 'a.strat', 'confidence-range', 'Ignore confidence-range here');
        expect(confidence.files['a.strat']).toContain('        // strat-ignore confidence-range\n        confidence 120%');
    });

    it('adds the code to a strat-ignore comment already on the line before', async () => {
        const files = { 'a.strat': edited(FRAMEWORK, ['kpi K', '// strat-ignore kpi-no-frequency\nkpi H "Headcount" { monitors S }\n\nkpi K']) };
        const { files: fixed } = await applyFix(files, 'a.strat', 'kpi-no-target', 'Ignore kpi-no-target here');
        expect(fixed['a.strat']).toContain('// strat-ignore kpi-no-frequency kpi-no-target\nkpi H');
    });

    it('is offered for every diagnostic of the conformance cases, and silences it', async () => {
        const cases = readdirSync(OWN_CONFORMANCE_DIR).filter(name => name.endsWith('.strat'));
        let checked = 0;
        for (const name of cases) {
            const files = { [name]: readFileSync(path.join(OWN_CONFORMANCE_DIR, name), 'utf8') };
            const ws = await lspWorkspace(files);
            // Syntax errors are never silenced (tested below).
            for (const diagnostic of (ws.doc(name).diagnostics ?? []).filter(d => d.code !== 'syntax')) {
                const code = String(diagnostic.code);
                const action = (await actionsFor(ws, name, diagnostic)).find(a => a.title === `Ignore ${code} here`);
                expect(action, `no "Ignore ${code} here" in ${name}`).toBeDefined();
                const after = await lspWorkspace(applyWorkspaceEdit(files, action!.edit));
                const line = diagnostic.range.start.line + 1;
                const remaining = (after.doc(name).diagnostics ?? []).filter(d => d.code === code && d.range.start.line === line);
                expect(remaining, `${code} at ${name}:${line} is still reported`).toEqual([]);
                checked++;
            }
        }
        expect(checked).toBeGreaterThan(20);
    });

    it('is not offered for syntax errors', async () => {
        const ws = await lspWorkspace({ 'a.strat': 'kpi K {\n}\n' });
        const [syntax] = diagnosticsOf(ws, 'a.strat', 'syntax');
        expect((await actionsFor(ws, 'a.strat', syntax)).map(a => a.title)).toEqual([]);
    });
});

describe('quick fixes of the strategy cycle (docs/language.md#time)', () => {
    const OVER = `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi K "Revenue" {
    monitors S
    target >= 100
    alert 80
    every quarter
    actual 2026-Q3 70
}
okr O "Win back our buyers" {
    cycle 2026-Q3
    addresses K
    key result "Raise sales from 70 to 100" { from 70 to 100 current 75 }
    key result "Raise orders from 2 to 3" { from 2 to 3 current 2 }
    plan { initiative "Sales sprint" done }
}
`;

    it('closes an OKR whose cycle is over, after its cycle line', async () => {
        const { files, actions } = await applyFix({ 'a.strat': OVER }, 'a.strat', 'okr-cycle-over', "Close the OKR 'O' (status closed)", undefined, '2026-10-05');
        expect(files['a.strat']).toContain('    cycle 2026-Q3\n    status closed\n    addresses K');
        expect(actions.map(a => a.title)).toEqual(["Close the OKR 'O' (status closed)", 'Move to the next cycle (2026-Q4)', 'Ignore okr-cycle-over here']);
        expect(actions[0].isPreferred).toBe(true);
    });

    it('replaces a status already given', async () => {
        const active = OVER.replace('    addresses K\n', '    addresses K\n    status active\n');
        expect(active).not.toBe(OVER);
        const { files } = await applyFix({ 'a.strat': active }, 'a.strat', 'okr-cycle-over', "Close the OKR 'O' (status closed)", undefined, '2026-10-05');
        expect(files['a.strat']).toContain('    addresses K\n    status closed\n');
        expect(files['a.strat']).not.toContain('status active');
    });

    it('moves an OKR to the next cycle of the same shape, across year ends', async () => {
        const cases: Array<[string, string, string]> = [
            ['2026-Q3', '2026-Q4', '2026-10-05'],
            ['2026-Q4', '2027-Q1', '2027-01-05'],
            ['2026-W53', '2027-W01', '2027-01-05'],
            ['2026-12', '2027-01', '2027-01-05'],
            ['2026-H2', '2027-H1', '2027-01-05'],
            ['2026', '2027', '2027-01-05']
        ];
        for (const [cycle, next, asOf] of cases) {
            const text = OVER.replace('cycle 2026-Q3', `cycle ${cycle}`);
            const { files } = await applyFix({ 'a.strat': text }, 'a.strat', 'okr-cycle-over', `Move to the next cycle (${next})`, undefined, asOf);
            expect(files['a.strat'], cycle).toContain(`    cycle ${next}\n`);
        }
    });

    it('closes an OKR whose KPIs are all green', async () => {
        const green = OVER.replace('actual 2026-Q3 70', 'actual 2026-Q3 120');
        const { files } = await applyFix({ 'a.strat': green }, 'a.strat', 'okr-on-green-kpi', "Close the OKR 'O' (status closed)");
        expect(files['a.strat']).toContain('    cycle 2026-Q3\n    status closed\n');
    });

    it('writes a fractional confidence as the percentage meant', async () => {
        const fraction = OVER.replace('current 75 }', 'current 75 confidence 0.75 }');
        const { files } = await applyFix({ 'a.strat': fraction }, 'a.strat', 'confidence-fraction', 'Write the confidence as 75%');
        expect(files['a.strat']).toContain('current 75 confidence 75% }');
    });
});

