/** Any input yields diagnostics, never a throw or a hang. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../support/paths.js';
import { workspaceOf } from '../support/workspace.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1664525 + 1013904223) % 4294967296;
        return state / 4294967296;
    };
}

function examples(): Array<[string, string]> {
    return readdirSync(EXAMPLES_DIR).filter(f => f.endsWith('.strat')).map(f => [f, readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')]);
}

describe('robustness', () => {
    it('survives random bytes', async () => {
        const next = random(42);
        for (let round = 0; round < 20; round++) {
            const bytes = Buffer.from(Array.from({ length: 2000 }, () => Math.floor(next() * 256)));
            const { diagnostics } = await workspaceOf(bytes.toString('latin1'));
            expect(diagnostics.length).toBeGreaterThan(0);
        }
    });

    it('survives every example cut at many points', async () => {
        const files = examples();
        expect(files.length).toBeGreaterThanOrEqual(5);
        for (const [, text] of files) {
            for (let i = 1; i <= 25; i++) {
                const cut = Math.floor((text.length * i) / 26);
                const { documents } = await workspaceOf(text.slice(0, cut));
                expect(documents[0].diagnostics).toBeDefined();
            }
        }
    }, 120_000);

    it('survives a 1 MB single line', async () => {
        const line = 'kpi K "k" { actual 2026-01 1 '.repeat(36_000) + '}';
        expect(line.length).toBeGreaterThan(1_000_000);
        const started = performance.now();
        const { documents } = await workspaceOf(line);
        expect(documents[0].diagnostics).toBeDefined();
        expect(performance.now() - started).toBeLessThan(20_000);
    }, 30_000);

    it('survives 10 000 nested braces', async () => {
        const { diagnostics } = await workspaceOf('kpi K "k" ' + '{'.repeat(10_000) + '}'.repeat(10_000));
        expect(diagnostics.some(d => d.code === 'syntax')).toBe(true);
    }, 30_000);

    it('survives unterminated strings and comments', async () => {
        for (const text of ['kpi K "unterminated {', 'kpi K "k" { /* never closed', 'okr O "o" { key result', '}}}}', '"', '2026-13-45-99']) {
            const { diagnostics } = await workspaceOf(text);
            expect(diagnostics.length, text).toBeGreaterThan(0);
        }
    });
});
