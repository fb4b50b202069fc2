/**
 * Conformance (docs/language.md#conformance-cases): every case of the project's own corpus (tests/conformance/cases)
 * always, and every case of the shared folders beside the repository (../shared) when they are
 * there. Each case runs through the `strat` CLI in-process: `check` against its annotations,
 * line by line, and `scorecard` against its `//! scorecard:` lines. Folders are read at test
 * time, so new cases are picked up as they come.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../packages/language/src/diagnostics/rule-table.js';
import { OWN_CONFORMANCE_DIR, REPO_ROOT, SHARED_DIR } from '../support/paths.js';
import { checkProblems, hasScorecardHeaders, listCases, readCase, scorecardProblems, type ConformanceCase } from './case-runner.js';

/** The shared folders (under ../shared) whose cases run beside the own corpus, when they are there. */
const SHARED_CONFORMANCE_FOLDERS: readonly string[] = ['conformance', 'conformance-time', 'conformance-data'];

/**
 * Cases where the implementation disagrees with the language reference: the case states what the reference
 * says, and its test is expected to fail until the language is fixed. When the fix lands, that
 * test fails ("expected to fail") and the entry must go. Keep this list as short as possible.
 */
const KNOWN_DISAGREEMENTS: ReadonlyArray<{ case: string; part: 'check' | 'scorecard'; reason: string }> = [];

const OWN_SUITE = 'cases';

function knownDisagreement(caseId: string, part: 'check' | 'scorecard') {
    return KNOWN_DISAGREEMENTS.find(entry => entry.case === caseId && entry.part === part);
}

/** A folder as the test titles show it: relative to the repository, with `/`. */
function shown(folder: string): string {
    return path.relative(REPO_ROOT, folder).split(path.sep).join('/');
}

/** One test per case and output: `check` always, `scorecard` when a file states part of it. */
function runCases(suite: string, folder: string): void {
    const names = listCases(folder);
    it('holds at least one case', () => {
        expect(names, `no .strat file or case folder in ${shown(folder)}`).not.toEqual([]);
    });
    for (const name of names) {
        let kase: ConformanceCase;
        try {
            kase = readCase(path.join(folder, name));
        } catch (error) {
            it(`${name}: its header lines and annotations can be read`, () => {
                throw error;
            });
            continue;
        }
        const caseId = `${suite}/${name}`;
        const checkKnown = knownDisagreement(caseId, 'check');
        (checkKnown ? it.fails : it)(`${name}: strat check reports exactly the annotated diagnostics${checkKnown ? ` (known disagreement: ${checkKnown.reason})` : ''}`, async () => {
            expect(await checkProblems(kase)).toEqual([]);
        });
        if (hasScorecardHeaders(kase)) {
            const scorecardKnown = knownDisagreement(caseId, 'scorecard');
            (scorecardKnown ? it.fails : it)(`${name}: strat scorecard matches every scorecard line${scorecardKnown ? ` (known disagreement: ${scorecardKnown.reason})` : ''}`, async () => {
                expect(await scorecardProblems(kase)).toEqual([]);
            });
        }
    }
}

describe(`conformance: ${shown(OWN_CONFORMANCE_DIR)} (the project's own corpus)`, () => {
    runCases(OWN_SUITE, OWN_CONFORMANCE_DIR);
});

for (const name of SHARED_CONFORMANCE_FOLDERS) {
    const folder = path.join(SHARED_DIR, name);
    if (existsSync(folder)) {
        describe(`conformance: ${shown(folder)} (shared cases)`, () => {
            runCases(`shared/${name}`, folder);
        });
    } else {
        console.warn(`[conformance] ${shown(folder)} not found: its shared cases are skipped (set STRAT_SHARED_DIR to run them).`);
        describe.skip(`conformance: ${shown(folder)} not found, its shared cases skipped`, () => {
            it(`would run every case of ${shown(folder)}`, () => undefined);
        });
    }
}

/** Codes no case can annotate, and where they are tested instead. */
const NOT_ANNOTATABLE: Record<string, string> = {
    encoding: 'a case is UTF-8 text that carries its expectations; a file in another encoding cannot (tests/cli/encoding.test.ts)',
    // Reported in strat.json and in data files, which cases do not annotate (only .strat files are compared):
    config: 'reported in strat.json (tests/language/rule-cases.ts)',
    'data-value': 'reported in the data file (tests/language/rule-cases.ts)'
};

describe('the own corpus covers the language reference', () => {
    const cases = listCases(OWN_CONFORMANCE_DIR).map(name => readCase(path.join(OWN_CONFORMANCE_DIR, name)));
    const files = cases.flatMap(kase => kase.files);
    const annotated = new Set(files.flatMap(file => file.expectations.diagnostics.map(entry => entry.split(': ')[1])));

    it('annotates every diagnostic code of docs/language.md#diagnostics (errors, warnings, information, syntax, unresolved) at least once', () => {
        expect(RULE_CODES.length).toBe(45);
        expect(RULE_CODES.filter(code => !annotated.has(code) && !(code in NOT_ANNOTATABLE)), 'codes no case annotates').toEqual([]);
    });

    it('annotates no code that docs/language.md#diagnostics does not define (a misspelt code would expect nothing real)', () => {
        expect([...annotated].filter(code => !(RULE_CODES as readonly string[]).includes(code))).toEqual([]);
    });

    it('states every meaning of docs/language.md#the-scorecard in its scorecard lines: statuses, trends, directions, grades and "no data"', () => {
        const stated = new Set<string>();
        const collect = (value: unknown, key = ''): void => {
            if (Array.isArray(value)) {
                value.forEach(item => collect(item, key));
            } else if (typeof value === 'object' && value !== null) {
                Object.entries(value).forEach(([k, v]) => collect(v, k));
            } else {
                stated.add(`${key}=${JSON.stringify(value)}`);
            }
        };
        files.forEach(file => file.expectations.headers.scorecards.forEach(({ expected }) => collect(expected)));
        const meanings = [
            'status="green"', 'status="amber"', 'status="red"', 'status="unknown"',
            'trend="improving"', 'trend="worsening"', 'trend="flat"', 'trend="none"',
            'direction="up"', 'direction="down"', 'value=null',
            'progress=0', 'progress=1', 'progress=null', 'score=null',
            'grade="green"', 'grade="amber"', 'grade="red"', 'grade=null', 'confidence=null'
        ];
        expect(meanings.filter(meaning => !stated.has(meaning)), 'meanings no scorecard line states').toEqual([]);
    });

    it('lists known disagreements only for cases that exist', () => {
        const ids = new Set(cases.map(kase => `${OWN_SUITE}/${kase.name}`));
        expect(KNOWN_DISAGREEMENTS.filter(entry => !ids.has(entry.case)).map(entry => entry.case)).toEqual([]);
    });
});

describe('the runner reports a wrong expectation', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'strat-conformance-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    const chain = (statusLine: string, kpiLine: string) => `${statusLine}
// A red KPI that no OKR addresses.

ambition A "Be the best" {
    horizon 2030
}

strategy S "Grow" {
    realizes A
}

${kpiLine}
    monitors S
    target >= 100
    alert 80
    every month
    actual 2026-06 70
}
`;
    const write = (name: string, text: string): ConformanceCase => {
        writeFileSync(path.join(scratch, name), text);
        return readCase(path.join(scratch, name));
    };

    it('passes the case as it truly is', async () => {
        const kase = write('right.strat', chain('//! scorecard: {"kpis":[{"name":"K","status":"red","value":70}]}', 'kpi K "Revenue" {   //! red-kpi-no-okr'));
        expect(await checkProblems(kase)).toEqual([]);
        expect(await scorecardProblems(kase)).toEqual([]);
    });

    it('reports a missing and an unexpected diagnostic, and a scorecard value that differs', async () => {
        const kase = write('wrong.strat', chain('//! scorecard: {"kpis":[{"name":"K","status":"amber","value":70}]}', 'kpi K "Revenue" {   //! kpi-no-target'));
        const problems = await checkProblems(kase);
        expect(problems).toHaveLength(2);
        expect(problems[0]).toBe('wrong.strat: missing    12: kpi-no-target');
        expect(problems[1]).toMatch(/^wrong\.strat: unexpected 12: red-kpi-no-okr — /);
        expect(await scorecardProblems(kase)).toEqual(['wrong.strat line 1: $.kpis[K].status: expected "amber", got "red"']);
    });

    it('reports a diagnostic annotated on the wrong line', async () => {
        const kase = write('shifted.strat', chain('', 'kpi K "Revenue" {').replace('    monitors S', '    monitors S   //! red-kpi-no-okr'));
        expect(await checkProblems(kase)).toEqual([
            'shifted.strat: missing    13: red-kpi-no-okr',
            expect.stringMatching(/^shifted\.strat: unexpected 12: red-kpi-no-okr — /)
        ]);
    });
});
