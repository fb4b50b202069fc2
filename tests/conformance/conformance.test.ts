/**
 * Runs every case of the shared conformance folder through the `strat` CLI (check and scorecard,
 * JSON), line by line. The folder is read at test time: new cases are picked up as they come.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE_DIR } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { compareEntries, findMismatch, readExpectations } from './expectations.js';

function stratFilesOf(casePath: string): string[] {
    if (!statSync(casePath).isDirectory()) {
        return [casePath];
    }
    return readdirSync(casePath, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.strat'))
        .map(name => path.join(casePath, name))
        .sort();
}

describe('conformance cases', () => {
    it('finds the shared conformance folder with cases in it', () => {
        expect(existsSync(CONFORMANCE_DIR), `missing conformance folder ${CONFORMANCE_DIR}`).toBe(true);
        expect(readdirSync(CONFORMANCE_DIR).length).toBeGreaterThan(0);
    });

    const cases = existsSync(CONFORMANCE_DIR)
        ? readdirSync(CONFORMANCE_DIR).filter(name => name.endsWith('.strat') || statSync(path.join(CONFORMANCE_DIR, name)).isDirectory()).sort()
        : [];

    for (const name of cases) {
        const casePath = path.join(CONFORMANCE_DIR, name);
        it(`${name}: the diagnostics are exactly the annotated ones, line by line`, async () => {
            const { status, stdout, stderr } = await runCli(['check', casePath, '--format', 'json']);
            expect(stderr).toBe('');
            const report = JSON.parse(stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string; range: { start: { line: number } } }> }> };
            let anyError = false;
            for (const file of stratFilesOf(casePath)) {
                const expected = readExpectations(readFileSync(file, 'utf8')).diagnostics;
                const reported = report.files.find(f => path.resolve(f.path) === path.resolve(file));
                expect(reported, `no report for ${file}`).toBeDefined();
                anyError ||= reported!.diagnostics.some(d => d.severity === 'error');
                const actual = reported!.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code}`).sort(compareEntries);
                expect(actual, `${path.relative(CONFORMANCE_DIR, file)} (line: code)`).toEqual(expected);
            }
            expect(status).toBe(anyError ? 1 : 0);
        });

        const withScorecard = stratFilesOf(casePath).filter(file => readExpectations(readFileSync(file, 'utf8')).scorecard !== undefined);
        for (const file of withScorecard) {
            it(`${name}: the scorecard JSON matches ${path.basename(file)}'s scorecard line`, async () => {
                const expected = readExpectations(readFileSync(file, 'utf8')).scorecard;
                const { status, stdout } = await runCli(['scorecard', casePath, '--format', 'json']);
                expect(status).toBe(0);
                expect(findMismatch(expected, JSON.parse(stdout))).toBeUndefined();
            });
        }
    }
});
