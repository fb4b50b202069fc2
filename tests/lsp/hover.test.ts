/** Reading a file: hovering a name, a reference or a keyword explains it with the scorecard's numbers. */
import { MarkupContent, type Hover } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS } from '../../packages/language/src/catalogue/element-kinds.js';
import { BANK, lspWorkspace, positionOf, type LspWorkspace } from './lsp-workspace.js';

async function hoverAt(ws: LspWorkspace, file: string, text: string, shift = 1, occurrence = 0): Promise<string | undefined> {
    const document = ws.doc(file);
    const hover: Hover | undefined = await ws.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: positionOf(document, text, shift, occurrence)
    });
    return hover && MarkupContent.is(hover.contents) ? hover.contents.value : undefined;
}

describe('hover', () => {
    it('on an amber KPI: status word and emoji, latest value vs target and alert, trend, time frame, addressing OKR', async () => {
        const ws = await lspWorkspace(BANK);
        const text = await hoverAt(ws, 'test.strat', 'kpi Nps', 5);
        expect(text).toContain('**Net Promoter Score**');
        expect(text).toContain('🟠 **amber**');
        expect(text).toContain('21 (2026-06) · target ≥ 30 · alert 20');
        expect(text).toContain('improving ↑');
        expect(text).toContain('monthly');
        expect(text).toContain('**Rewarded:** no');
        expect(text).toContain('**Addressed by:** OKR `WinNewClients`');
        expect(text).toContain('**Measured by:** `NpsUp`');
    });

    it('on a red, rewarded, confidential KPI: says red, with units', async () => {
        const ws = await lspWorkspace(BANK);
        const text = await hoverAt(ws, 'test.strat', 'kpi NewToBank', 5);
        expect(text).toContain('🔴 **red**');
        expect(text).not.toContain('amber');
        expect(text).toContain('9,400 clients (2026-Q2) · target ≥ 12,000 clients · alert 10,000 clients');
        expect(text).toContain('**Rewarded:** yes');
        expect(text).toContain('**Confidential:** yes');
        expect(text).toContain('**Addressed by:** no OKR');
    });

    it('on a reference: the same content as on the element it names', async () => {
        const ws = await lspWorkspace(BANK);
        const onName = await hoverAt(ws, 'test.strat', 'kpi Nps', 5);
        const onReference = await hoverAt(ws, 'test.strat', 'addresses Nps', 11);
        const onMeasures = await hoverAt(ws, 'test.strat', 'measures Nps', 10);
        expect(onReference).toBe(onName);
        expect(onMeasures).toBe(onName);
    });

    it('on an OKR: objective, cycle, status, commitment, score and grade, addressed KPIs', async () => {
        const ws = await lspWorkspace(BANK);
        const text = await hoverAt(ws, 'test.strat', 'okr WinNewClients', 5);
        expect(text).toContain('**Become the bank new clients choose first** — OKR `WinNewClients`');
        expect(text).toContain('**Score:** 43% · 🟠 **amber** (aspirational)');
        expect(text).toContain('**Cycle:** 2026-Q3');
        expect(text).toContain('**Status:** active');
        expect(text).toContain('**Addresses:** 🟠 `Nps` amber');
        expect(text).toContain('**Key results:** 2');
    });

    it('on a key result: progress, value vs target, confidence, latest check-in', async () => {
        const ws = await lspWorkspace(BANK);
        const npsUp = await hoverAt(ws, 'test.strat', 'NpsUp');
        expect(npsUp).toContain('**Progress:** `▮▮▯▯▯ 36%`');
        expect(npsUp).toContain('**Value:** 26 · from 21 to 35');
        expect(npsUp).toContain('**Confidence:** 60%');
        expect(npsUp).toContain('of OKR `WinNewClients`');
        const fast = await hoverAt(ws, 'test.strat', 'FastOpening');
        expect(fast).toContain('50%');
        expect(fast).toContain('**Latest check-in:** 2026-08-15: 3 days');
        expect(fast).toContain('**Confidence:** —'); // the latest check-in states none (docs/language.md#the-scorecard)
    });

    it('on a key result without data: "no data" with the reason, never 0%; unnamed key results by their title', async () => {
        const ws = await lspWorkspace(`okr O "Grow" {
    key result "Win more clients" { target 30 }
    key result "Keep them" { from 1 to 2 current 1 }
}`);
        const text = await hoverAt(ws, 'test.strat', 'Win more', 2);
        expect(text).toContain('**Win more clients** — key result');
        expect(text).toContain('**Progress:** no data (no baseline, no value)');
        expect(text).not.toContain('0%');
    });

    it('on an ambition and a strategy: horizon, perspective, realizing strategies and monitoring KPIs', async () => {
        const ws = await lspWorkspace(BANK);
        const ambition = await hoverAt(ws, 'test.strat', 'ambition Appealing', 10);
        expect(ambition).toContain('**Horizon:** 2030');
        expect(ambition).toContain('**Realized by:** strategy `DigitalFirst`');
        const strategy = await hoverAt(ws, 'test.strat', 'strategy DigitalFirst', 10);
        expect(strategy).toContain('**Perspective:** Customer');
        expect(strategy).toContain('**Realizes:** ambition `Appealing`');
        expect(strategy).toContain('🔴 `NewToBank` red');
        expect(strategy).toContain('🟠 `Nps` amber');
    });

    it('across files: a reference shows the KPI of the other file, and the KPI lists OKRs of other files', async () => {
        const ws = await lspWorkspace({
            'kpis.strat': 'kpi Churn "Monthly churn" { target <= 2 alert 3 actual 2026-05 4 }',
            'okrs.strat': 'okr Keep "Keep our clients" { addresses Churn key result "a" { from 4 to 2 } key result "b" { from 1 to 2 } }'
        });
        const onReference = await hoverAt(ws, 'okrs.strat', 'Churn');
        expect(onReference).toContain('**Monthly churn** — KPI `Churn`');
        expect(onReference).toContain('🔴 **red**');
        expect(onReference).toContain('target ≤ 2');
        expect(onReference).toContain('**Addressed by:** OKR `Keep`');
    });

    it('on a keyword: a one-line explanation that depends on where the keyword is', async () => {
        const ws = await lspWorkspace(BANK + '\nokr Other "x" { key result "t" { target 3 } }\n');
        const { Kpi, KeyResult } = ELEMENT_KINDS;
        expect(await hoverAt(ws, 'test.strat', 'alert 20')).toBe(`\`alert\` — ${Kpi.properties.alert.doc}`);
        expect(await hoverAt(ws, 'test.strat', 'target >= 30')).toBe(`\`target\` — ${Kpi.properties.target.doc}`);
        expect(await hoverAt(ws, 'test.strat', 'target 3')).toBe(`\`target\` — ${KeyResult.properties.target.doc}`);
        expect(Kpi.properties.target.doc).toContain('higher is better');
        expect(KeyResult.properties.target.doc).toContain('without a baseline');
        // A value explains itself, a keyword inside a property shares its explanation, a nested element has its kind's.
        expect(await hoverAt(ws, 'test.strat', 'every month')).toBe(`\`every\` — ${Kpi.properties.every.doc}`);
        expect(await hoverAt(ws, 'test.strat', 'month')).toBe(`\`month\` — ${Kpi.properties.every.values?.month}`);
        expect(await hoverAt(ws, 'test.strat', 'to 35\n')).toBe(`\`to\` — ${KeyResult.properties.from.doc}`);
        expect(await hoverAt(ws, 'test.strat', 'checkin 2026-07-15')).toBe(`\`checkin\` — ${ELEMENT_KINDS.Checkin.doc}`);
        expect(await hoverAt(ws, 'test.strat', 'confidence 70%')).toBe(`\`confidence\` — ${ELEMENT_KINDS.Checkin.properties.confidence.doc}`);
        expect(await hoverAt(ws, 'test.strat', 'confidence 60%')).toBe(`\`confidence\` — ${KeyResult.properties.confidence.doc}`);
    });

    it('nothing on a comment or between elements', async () => {
        const ws = await lspWorkspace(BANK);
        expect(await hoverAt(ws, 'test.strat', 'Acme Bank')).toBeUndefined();
    });
});

describe('hover, judged as of the reference date (docs/language.md#time)', () => {
    it('says a KPI is stale, since when and how often it is measured', async () => {
        const ws = await lspWorkspace(BANK, '2026-08-17');
        expect(await hoverAt(ws, 'test.strat', 'kpi Nps', 5)).toContain('**Measured:** stale: no value since 2026-06; monthly');
        expect(await hoverAt(ws, 'test.strat', 'kpi NewToBank', 5)).toContain('**Measured:** fresh until 2026-09-30; quarterly');
    });

    it('says where an OKR is in its cycle and its pace, with the grade provisional', async () => {
        const ws = await lspWorkspace(BANK, '2026-08-17');
        const text = await hoverAt(ws, 'test.strat', 'okr WinNewClients', 5);
        expect(text).toContain('**Cycle:** 2026-Q3 — day 48 of 92, on track');
        expect(text).toContain('43% · 🟠 **amber** (provisional)');
    });

    it('gives a key result its pace', async () => {
        const ws = await lspWorkspace(BANK, '2026-08-17');
        expect(await hoverAt(ws, 'test.strat', 'key result NpsUp', 12)).toMatch(/\*\*Progress:\*\* `[▮▯]+ 36%` · behind/);
    });

    it('says nothing of time without a reference date', async () => {
        const ws = await lspWorkspace(BANK);
        const text = await hoverAt(ws, 'test.strat', 'okr WinNewClients', 5);
        expect(text).toContain('**Cycle:** 2026-Q3\n');
        expect(await hoverAt(ws, 'test.strat', 'kpi Nps', 5)).toContain('**Measured:** monthly');
    });
});

