/** Changing settings in the editor: severities and the OKR limit apply to open files at once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { readEditorSettings } from '../../packages/language/src/config/editor-settings.js';
import { RULES } from '../../packages/language/src/diagnostics/rule-table.js';
import { lspWorkspace, type LspWorkspace } from './lsp-workspace.js';

/** The too-many-okrs limit when no setting gives one (the rule table's). */
const DEFAULT_LIMIT = RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner;

const FILE = `ambition A "a" {
    horizon 2030
}

strategy S "s" {
    realizes A
}

kpi K "k" {
    monitors S
}
` + Array.from({ length: DEFAULT_LIMIT }, (_, index) => index + 1).map(i => `
okr O${i} "o" {
    owner "Ann"
    cycle 2026-Q1
    addresses K
    key result "a" {
        from 0 to 1
    }
    key result "b" {
        from 0 to 1
    }
    plan {
        initiative "x"
    }
}
`).join('');

/** What VS Code sends on a settings change: `strat.rules.<code>` arrive nested under `rules`. */
function changeSettings(ws: LspWorkspace, strat: unknown): void {
    ws.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { strat } });
}

function severityOf(ws: LspWorkspace, code: string): DiagnosticSeverity | undefined | 'absent' {
    const diagnostic = (ws.doc('test.strat').diagnostics ?? []).find(d => d.code === code);
    return diagnostic ? diagnostic.severity : 'absent';
}

afterEach(() => {
    vi.restoreAllMocks();
});

describe('editor settings', () => {
    it('changes severities, turns rules off and re-validates the open files at once', async () => {
        const ws = await lspWorkspace(FILE);
        expect(severityOf(ws, 'kpi-no-target')).toBe(DiagnosticSeverity.Warning);
        expect(severityOf(ws, 'kpi-no-actuals')).toBe(DiagnosticSeverity.Information);
        changeSettings(ws, { rules: { 'kpi-no-target': 'error', 'kpi-no-actuals': 'off', 'kpi-no-frequency': 'hint' } });
        await vi.waitFor(() => {
            expect(severityOf(ws, 'kpi-no-target')).toBe(DiagnosticSeverity.Error);
            expect(severityOf(ws, 'kpi-no-actuals')).toBe('absent');
            expect(severityOf(ws, 'kpi-no-frequency')).toBe(DiagnosticSeverity.Hint);
        });
    });

    it('goes back to the defaults when a setting is removed', async () => {
        const ws = await lspWorkspace(FILE);
        changeSettings(ws, { rules: { 'kpi-no-target': 'off' } });
        await vi.waitFor(() => {
            expect(severityOf(ws, 'kpi-no-target')).toBe('absent');
            expect(severityOf(ws, 'kpi-no-actuals')).toBe(DiagnosticSeverity.Information);
        });
        changeSettings(ws, { rules: {} });
        await vi.waitFor(() => expect(severityOf(ws, 'kpi-no-target')).toBe(DiagnosticSeverity.Warning));
    });

    it('applies strat.maxActiveOkrsPerOwner', async () => {
        const ws = await lspWorkspace(FILE);
        expect(severityOf(ws, 'too-many-okrs')).toBe('absent');
        changeSettings(ws, { maxActiveOkrsPerOwner: DEFAULT_LIMIT - 1 });
        await vi.waitFor(() => expect(severityOf(ws, 'too-many-okrs')).toBe(DiagnosticSeverity.Warning));
    });

    it('ignores invalid values with a log line, keeping the defaults', async () => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        const ws = await lspWorkspace(FILE);
        changeSettings(ws, { rules: { 'kpi-no-target': 'loud', 'kpi-no-actuals': 'off', 'no-such-rule': 'error' }, maxActiveOkrsPerOwner: 0 });
        // All at once: while the build runs, the document's findings are briefly empty, which
        // "kpi-no-actuals absent" alone cannot tell from the rebuilt ones.
        await vi.waitFor(() => {
            expect(severityOf(ws, 'kpi-no-actuals')).toBe('absent');
            expect(severityOf(ws, 'kpi-no-target')).toBe(DiagnosticSeverity.Warning);
            expect(severityOf(ws, 'too-many-okrs')).toBe('absent');
        });
        const logged = warn.mock.calls.map(call => String(call[0]));
        expect(logged).toContain('Setting strat.rules.kpi-no-target: "loud" is not one of off, hint, info, warning, error; using the default (warning).');
        expect(logged).toContain("Setting strat.rules.no-such-rule: there is no rule 'no-such-rule'; ignored.");
        expect(logged).toContain(`Setting strat.maxActiveOkrsPerOwner: 0 is not a whole number of at least 1; using the default (${DEFAULT_LIMIT}).`);
    });

    it('only listens to its own section', async () => {
        const ws = await lspWorkspace(FILE);
        ws.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { other: { rules: { 'kpi-no-target': 'off' } } } });
        await new Promise(resolve => setTimeout(resolve, 50));
        expect(severityOf(ws, 'kpi-no-target')).toBe(DiagnosticSeverity.Warning);
    });
});

describe('reading the strat settings section', () => {
    it('reads nested and dotted rule keys and `information`, and falls back on anything else', () => {
        const warnings: string[] = [];
        expect(readEditorSettings({ rules: { 'kr-count': 'warning', 'kpi-no-target': 'information' }, 'rules.okr-no-plan': 'off', maxActiveOkrsPerOwner: 5, checkinDays: 21 }, w => warnings.push(w)))
            .toEqual({ rules: { 'kr-count': 'warning', 'kpi-no-target': 'info', 'okr-no-plan': 'off' }, maxOkrsPerOwner: 5, checkinDays: 21 });
        // What is not set, or not valid, is left to the next layer (strat.json above, the defaults below).
        expect(readEditorSettings(undefined, w => warnings.push(w))).toEqual({});
        expect(readEditorSettings({ rules: 'error', maxActiveOkrsPerOwner: 2.5, checkinDays: 0 }, w => warnings.push(w))).toEqual({});
        expect(warnings).toEqual([
            'Setting strat.rules should map rule codes to off, hint, info, warning or error; ignored.',
            `Setting strat.maxActiveOkrsPerOwner: 2.5 is not a whole number of at least 1; using the default (${DEFAULT_LIMIT}).`,
            'Setting strat.checkinDays: 0 is not a whole number of at least 1; using the default (14).'
        ]);
    });
});
