/** Writing a file: completion offers what may come next, and after a reference keyword only elements of the right kind. */
import type { CompletionItem } from 'vscode-languageserver';
import { describe, expect, it, vi } from 'vitest';
import { ELEMENT_KINDS } from '../../packages/language/src/catalogue/element-kinds.js';
import { lspWorkspace, withCursor } from './lsp-workspace.js';

const FRAMEWORK = `ambition Appealing "Most appealing bank" { horizon 2030 }
ambition Efficient "Leanest bank" { horizon 2030 }
strategy DigitalFirst "Serve clients digital-first" { realizes Appealing }
strategy Branches "Fewer, better branches" { realizes Efficient }
kpi Nps "Net Promoter Score" { monitors DigitalFirst target >= 30 alert 20 actual 2026-06 21 }
kpi Churn "Monthly churn" { monitors DigitalFirst target <= 2 }
okr Parent "Be the bank clients love" { addresses Nps }
`;

/** Completion at the `<|>` of `edited`, in a workspace that also holds the framework file. */
async function complete(edited: string, rules: Record<string, 'off' | 'warning'> = {}): Promise<CompletionItem[]> {
    const { text, offset } = withCursor(edited);
    const ws = await lspWorkspace({ 'framework.strat': FRAMEWORK, 'edited.strat': text });
    ws.services.config.Settings.setEditor({ rules });
    const document = ws.doc('edited.strat');
    const list = await ws.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    return list?.items ?? [];
}

const labels = (items: CompletionItem[]): string[] => items.map(i => i.label).sort();

describe('completion', () => {
    it('after `measures`: exactly the KPIs of the workspace, with their titles', async () => {
        const items = await complete('okr O "x" { key result K "y" { measures <|> } }');
        expect(labels(items)).toEqual(['Churn', 'Nps']);
        expect(items.find(i => i.label === 'Nps')?.detail).toBe('Net Promoter Score');
        expect(items.find(i => i.label === 'Nps')?.documentation).toEqual({ kind: 'markdown', value: expect.stringContaining('🟠 **amber**') });
    });

    it('after `measures`: a rewarded KPI comes last, marked, with the reason — unless reward-kpi-in-okr is off', async () => {
        const edited = 'kpi Bonus "Bonus pool" { rewarded }\nokr O "x" { key result K "y" { measures <|> } }';
        const items = await complete(edited);
        const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
        expect(sorted.map(i => i.label)).toEqual(['Churn', 'Nps', 'Bonus']);
        const bonus = items.find(i => i.label === 'Bonus');
        expect(bonus?.labelDetails).toEqual({ description: 'rewarded' });
        expect(bonus?.detail).toBe('Bonus pool — rewarded: a key result that measures it is the error reward-kpi-in-okr');
        expect(items.find(i => i.label === 'Nps')?.labelDetails).toBeUndefined();
        // After `addresses` a rewarded KPI is a normal choice: an OKR may address it.
        const addressed = await complete('kpi Bonus "Bonus pool" { rewarded }\nokr O "x" { addresses <|> }');
        expect(addressed.find(i => i.label === 'Bonus')?.labelDetails).toBeUndefined();
        // With the rule off, nothing forbids it: a normal choice.
        const ruleOff = await complete(edited, { 'reward-kpi-in-okr': 'off' });
        expect(ruleOff.find(i => i.label === 'Bonus')).toMatchObject({ sortText: '0', detail: 'Bonus pool' });
        // Set to a warning, the reason says so: not 'the error'.
        const ruleWarning = await complete(edited, { 'reward-kpi-in-okr': 'warning' });
        expect(ruleWarning.find(i => i.label === 'Bonus')?.detail).toBe('Bonus pool — rewarded: a key result that measures it is the warning reward-kpi-in-okr');
    });

    it('after a reference spelled like a keyword (`realizes kpi`): the elements it may name, and no error', async () => {
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const withKpiNames = 'ambition kpiGrowth "Grow the KPIs" { }\nkpi kpiLeads "Leads" { }\n';
            expect(labels(await complete(`${withKpiNames}strategy S "s" { realizes kpi<|> }`))).toEqual(['kpiGrowth']);
            expect(labels(await complete(`${withKpiNames}okr O "o" { addresses kpi<|> }`))).toEqual(['kpiLeads']);
            expect(labels(await complete(`${withKpiNames}okr O "o" { key result "r" { measures plan<|> } }`))).toEqual([]);
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });

    it('after `addresses`: KPIs only, including ones from this file, not those already listed', async () => {
        expect(labels(await complete('kpi Local "Local KPI" { }\nokr O "x" { addresses <|> }'))).toEqual(['Churn', 'Local', 'Nps']);
        expect(labels(await complete('okr O "x" { addresses Nps, <|> }'))).toEqual(['Churn']);
    });

    it('after `monitors`: strategies only', async () => {
        const items = await complete('kpi K "x" { monitors <|> }');
        expect(labels(items)).toEqual(['Branches', 'DigitalFirst']);
        expect(items.find(i => i.label === 'Branches')?.detail).toBe('Fewer, better branches');
    });

    it('after `realizes`: ambitions only', async () => {
        expect(labels(await complete('strategy S "x" { realizes <|> }'))).toEqual(['Appealing', 'Efficient']);
    });

    it('after `supports`: OKRs only, never the OKR itself', async () => {
        expect(labels(await complete('okr Child "x" { supports <|> }'))).toEqual(['Parent']);
    });

    it('enum values after `perspective`, `every` and `status`', async () => {
        expect(labels(await complete('strategy S "x" { perspective <|> }'))).toEqual(['customer', 'financial', 'internal', 'learning']);
        expect(labels(await complete('kpi K "x" { every <|> }'))).toEqual(['day', 'month', 'quarter', 'week', 'year']);
        expect(labels(await complete('okr O "x" { status <|> }'))).toEqual(['active', 'closed', 'draft']);
    });

    it('after a KPI\'s `target`: the directions', async () => {
        expect(labels(await complete('kpi K "x" { target <|> }'))).toEqual(['<=', '>=']);
    });

    it('keywords that may come next, explained from the language reference', async () => {
        const items = await complete('kpi K "x" {\n    <|>\n}');
        const names = labels(items);
        for (const keyword of ['monitors', 'target', 'alert', 'every', 'rewarded', 'actual', 'baseline', 'owner']) {
            expect(names, `KPI body keyword '${keyword}'`).toContain(keyword);
        }
        expect(names).not.toContain('cycle');
        expect(items.find(i => i.label === 'alert')?.documentation).toEqual({ kind: 'markdown', value: ELEMENT_KINDS.Kpi.properties.alert.doc });
    });

    it('top level: the four element keywords', async () => {
        expect(labels(await complete('<|>'))).toEqual(['ambition', 'kpi', 'okr', 'strategy']);
    });
});
