/** Any input yields diagnostics, never a throw or a hang. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Range } from 'vscode-languageserver';
import { isRuleCode } from '../../packages/language/src/diagnostics/rule-table.js';
import { exampleFiles } from '../support/examples.js';
import { EXAMPLES_DIR } from '../support/paths.js';
import { workspaceOf } from '../support/workspace.js';
import { BIG_INPUTS } from '../../scripts/big-inputs.mjs';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1664525 + 1013904223) % 4294967296;
        return state / 4294967296;
    };
}

/** Every diagnostic carries a code of the rule table and a range inside the text. */
function expectWellFormed(diagnostics: Array<{ code: string; range: Range }>, text: string, where: string): void {
    const lines = text.split(/\r\n|\r|\n/).length;
    const unknown = diagnostics.filter(d => !isRuleCode(d.code)).map(d => d.code);
    const outside = diagnostics.filter(d => d.range.start.line < 0 || d.range.end.line >= lines).map(d => JSON.stringify(d.range));
    expect({ unknown, outside }, where).toEqual({ unknown: [], outside: [] });
}

function examples(): Array<[string, string]> {
    return exampleFiles().map(f => [f, readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')]);
}

describe('robustness', () => {
    it('survives random bytes', async () => {
        const next = random(42);
        for (let round = 0; round < 20; round++) {
            const text = Buffer.from(Array.from({ length: 2000 }, () => Math.floor(next() * 256))).toString('latin1');
            const { diagnostics } = await workspaceOf(text);
            expect(diagnostics.map(d => d.code), `round ${round}`).toContain('syntax');
            expectWellFormed(diagnostics, text, `round ${round}`);
        }
    });

    it('survives every example cut at many points', async () => {
        const files = examples();
        expect(files.length).toBeGreaterThanOrEqual(5);
        for (const [name, text] of files) {
            for (let i = 1; i <= 25; i++) {
                const cut = Math.floor((text.length * i) / 26);
                const { diagnostics } = await workspaceOf(text.slice(0, cut));
                expectWellFormed(diagnostics, text.slice(0, cut), `${name} cut at ${cut}`);
            }
        }
    }, 120_000);

    // The big inputs of `npm run bench` (scripts/bench-big-files.mjs prints their times): here they
    // only have to finish, so the timeouts are generous and catch a hang, not a slow machine.
    it('survives a 1 MB single line', async () => {
        const line = BIG_INPUTS.oneMegabyteLine();
        expect(line.length).toBeGreaterThan(1_000_000);
        const { diagnostics } = await workspaceOf(line);
        // Hundreds of thousands of findings, every one delivered (none lost to a stack overflow).
        expect(diagnostics.filter(d => d.code === 'duplicate-name')).toHaveLength(36_000);
        expectWellFormed(diagnostics, line, 'the 1 MB line');
    }, 180_000);

    it('survives 100,000 tiny elements in one file', async () => {
        const text = BIG_INPUTS.tinyElements();
        const { documents, diagnostics } = await workspaceOf(text);
        expect(documents[0].parseResult.value.elements).toHaveLength(100_000);
        expect(diagnostics).toEqual([]);
    }, 180_000);

    it('survives 300,000 actuals on one line', async () => {
        const line = BIG_INPUTS.actualsOnOneLine();
        const { documents, scorecard } = await workspaceOf(line);
        const kpi = documents[0].parseResult.value.elements[0];
        expect(kpi.$type === 'Kpi' && kpi.actuals).toHaveLength(300_000);
        // The latest period, 2029-12-28, comes last at i = 299,879 (i ≡ −1 modulo 10, 12 and 28).
        expect(scorecard().kpis[0]).toMatchObject({ name: 'K', value: 299_879, period: '2029-12-28', status: 'green' });
    }, 180_000);

    it('survives 10 000 nested braces', async () => {
        const { diagnostics } = await workspaceOf('kpi K "k" ' + '{'.repeat(10_000) + '}'.repeat(10_000));
        expect(diagnostics.some(d => d.code === 'syntax')).toBe(true);
    }, 30_000);

    it('survives unterminated strings and comments', async () => {
        for (const text of ['kpi K "unterminated {', 'kpi K "k" { /* never closed', 'okr O "o" { key result', '}}}}', '"', '2026-13-45-99']) {
            const { diagnostics } = await workspaceOf(text);
            expect(diagnostics.map(d => d.code), text).toContain('syntax');
            expectWellFormed(diagnostics, text, text);
        }
    });
});
