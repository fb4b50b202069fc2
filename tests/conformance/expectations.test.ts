/**
 * The conformance harness itself (expectations.ts): reading a case's header lines and
 * annotations (docs/language.md#conformance-cases), matching the scorecard, and the reference-date arguments. If
 * these were lenient, every case would pass whatever the language does.
 */
import { describe, expect, it } from 'vitest';
import {
    caseCommand, diagnosticDifferences, readExpectations, referenceDateArguments,
    roundTo2, scorecardMismatches
} from './expectations.js';

const lines = (...text: string[]) => text.join('\n');

describe('header lines (docs/language.md#conformance-cases)', () => {
    it('reads scorecard and as-of lines at the top in either order, and they are not annotations', () => {
        const asOfFirst = readExpectations(lines('//! as-of: 2026-08-17', '//! scorecard: {"kpis":[]}', 'kpi K "x" {}'));
        const scorecardFirst = readExpectations(lines('//! scorecard: {"kpis":[]}', '//! as-of: 2026-08-17', 'kpi K "x" {}'));
        for (const read of [asOfFirst, scorecardFirst]) {
            expect(read.headers.asOf).toBe('2026-08-17');
            expect(read.headers.scorecards.map(s => s.expected)).toEqual([{ kpis: [] }]);
            expect(read.diagnostics).toEqual([]);
        }
        expect(asOfFirst.headers.scorecards[0].line).toBe(2);
        expect(scorecardFirst.headers.scorecards[0].line).toBe(1);
    });

    it('keeps every scorecard line, not only the first one', () => {
        const read = readExpectations(lines('//! scorecard: {"kpis":[{"name":"A"}]}', '//! as-of: 2026-01-31', '//! scorecard: {"okrs":[{"name":"O"}]}', ''));
        expect(read.headers.scorecards).toEqual([
            { line: 1, expected: { kpis: [{ name: 'A' }] } },
            { line: 3, expected: { okrs: [{ name: 'O' }] } }
        ]);
    });

    it('has no header when the file starts with code or an ordinary comment', () => {
        const read = readExpectations(lines('// A case: no header here.', 'kpi K "x" {   //! kpi-no-target', '}'));
        expect(read.headers).toEqual({ scorecards: [] });
        expect(read.diagnostics).toEqual(['2: kpi-no-target']);
    });

    it('reads CRLF files and a byte-order mark', () => {
        const read = readExpectations('\uFEFF//! as-of: 2024-02-29\r\n//! scorecard: {"okrs":[]}\r\nkpi K "x" {   //! kpi-no-target\r\n}\r\n');
        expect(read.headers.asOf).toBe('2024-02-29');
        expect(read.headers.scorecards).toHaveLength(1);
        expect(read.diagnostics).toEqual(['3: kpi-no-target']);
    });

    it('refuses a header line below the top of the file, naming the line', () => {
        expect(() => readExpectations(lines('kpi K "x" {}', '//! scorecard: {"kpis":[]}'))).toThrow(/line 2: 'scorecard:' is not a diagnostic code \(header lines belong at the top/);
        expect(() => readExpectations(lines('// comment', '//! as-of: 2026-08-17'))).toThrow(/line 2: 'as-of:' is not a diagnostic code/);
    });

    it('refuses an unknown header, invalid JSON, a scorecard that is not an object, and a date that does not exist', () => {
        expect(() => readExpectations('//! asof: 2026-08-17')).toThrow(/line 1: unknown header 'asof:'/);
        expect(() => readExpectations('//! scorecard: {"kpis":[}')).toThrow(/line 1: the scorecard header is not valid JSON/);
        expect(() => readExpectations('//! scorecard: [1, 2]')).toThrow(/line 1: the scorecard header must be a JSON object/);
        expect(() => readExpectations('//! as-of: 2026-02-29')).toThrow(/line 1: as-of must be a day written YYYY-MM-DD, not '2026-02-29'/);
        expect(() => readExpectations('//! as-of: 17.08.2026')).toThrow(/as-of must be a day/);
        expect(() => readExpectations(lines('//! as-of: 2026-08-17', '//! as-of: 2026-08-18'))).toThrow(/line 2: as-of is given twice/);
    });
});

describe('annotations (docs/language.md#conformance-cases)', () => {
    it('reads several codes on one line, each as its own expected diagnostic, sorted by line then code', () => {
        const read = readExpectations(lines(
            'strategy S "x" {   //! strategy-no-kpi strategy-no-ambition',
            '}',
            'kpi K "y" {   //!  kpi-no-target   kpi-no-actuals',
            '}'
        ));
        expect(read.diagnostics).toEqual(['1: strategy-no-ambition', '1: strategy-no-kpi', '3: kpi-no-actuals', '3: kpi-no-target']);
    });

    it('keeps a code given twice on one line twice (two diagnostics with that code)', () => {
        expect(readExpectations('okr O "x" { supports O }   //! support-cycle support-cycle').diagnostics).toEqual(['1: support-cycle', '1: support-cycle']);
    });

    it('orders line 10 after line 9', () => {
        const text = [...Array.from({ length: 8 }, () => ''), 'a   //! kr-count', 'b   //! alert-side'].join('\n');
        expect(readExpectations(text).diagnostics).toEqual(['9: kr-count', '10: alert-side']);
    });

    it('refuses an empty annotation and a code that is not written like one', () => {
        expect(() => readExpectations(lines('', 'kpi K "x" {   //!'))).toThrow(/line 2: '\/\/!' without a diagnostic code/);
        expect(() => readExpectations(lines('', 'kpi K "x" {   //! kpi-no-target,'))).toThrow(/line 2: 'kpi-no-target,' is not a diagnostic code/);
    });
});

describe('diagnostic differences', () => {
    it('is empty when the entries agree, whatever their order', () => {
        expect(diagnosticDifferences(['1: a', '2: b'], ['2: b', '1: a'])).toEqual([]);
    });

    it('names what is missing and what is unexpected, counting repeats', () => {
        expect(diagnosticDifferences(['1: a', '3: c', '3: c'], ['1: a', '2: b', '3: c'])).toEqual(['missing    3: c', 'unexpected 2: b']);
    });
});

describe('scorecard matching (docs/language.md#conformance-cases)', () => {
    const actual = {
        kpis: [
            { name: 'Nps', status: 'amber', value: 21, target: 30, trend: 'improving', rewarded: false },
            { name: 'NewToBank', status: 'red', value: 9400, target: 12000, trend: 'improving', rewarded: true }
        ],
        okrs: [{
            name: 'Win', score: 0.4285714, grade: 'amber', addresses: ['Nps'],
            keyResults: [{ name: null, title: 'unnamed', progress: 0.5 }, { name: 'NpsUp', progress: 0.357142, confidence: 60 }, { name: 'Fast', progress: null, confidence: null }]
        }]
    };

    it('matches an object by the keys it gives, ignoring the others', () => {
        expect(scorecardMismatches({ kpis: [{ name: 'Nps', status: 'amber' }] }, actual)).toEqual([]);
        expect(scorecardMismatches({}, actual)).toEqual([]);
    });

    it('matches a list of named objects by name, ignoring named and unnamed extras and their order', () => {
        expect(scorecardMismatches({ kpis: [{ name: 'NewToBank', status: 'red' }, { name: 'Nps', status: 'amber' }] }, actual)).toEqual([]);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', keyResults: [{ name: 'Fast', progress: null }] }] }, actual)).toEqual([]);
    });

    it('matches numbers after rounding both to two decimals', () => {
        expect(scorecardMismatches({ okrs: [{ name: 'Win', score: 0.43, keyResults: [{ name: 'NpsUp', progress: 0.36 }] }] }, actual)).toEqual([]);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', score: 0.4286 }] }, actual)).toEqual([]);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', score: 0.42 }] }, actual)).toEqual(['$.okrs[Win].score: expected 0.42, got 0.4285714']);
        expect(roundTo2(0.355)).toBe(0.36);
        expect(roundTo2(-0.355)).toBe(-0.36);
        expect(roundTo2(0.6999999999999998)).toBe(0.7);
        expect(roundTo2(12_400_000)).toBe(12_400_000);
    });

    it('matches null only with null', () => {
        expect(scorecardMismatches({ okrs: [{ name: 'Win', keyResults: [{ name: 'Fast', progress: null }] }] }, actual)).toEqual([]);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', keyResults: [{ name: 'NpsUp', progress: null }] }] }, actual))
            .toEqual(['$.okrs[Win].keyResults[NpsUp].progress: expected null, got 0.357142']);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', keyResults: [{ name: 'Fast', progress: 0 }] }] }, actual))
            .toEqual(['$.okrs[Win].keyResults[Fast].progress: expected 0, got null']);
        expect(scorecardMismatches({ kpis: [{ name: 'Nps', owner: null }] }, actual)).toEqual(['$.kpis[Nps].owner: expected null, but the key is missing']);
        expect(scorecardMismatches({ okrs: null }, actual)).toEqual([expect.stringMatching(/^\$\.okrs: expected null, got \[/)]);
    });

    it('reports a wrong expectation as a mismatch, with its path: a value, a type, a missing name', () => {
        expect(scorecardMismatches({ kpis: [{ name: 'Nps', status: 'green' }] }, actual)).toEqual(['$.kpis[Nps].status: expected "green", got "amber"']);
        expect(scorecardMismatches({ kpis: [{ name: 'Nps', rewarded: true }] }, actual)).toEqual(['$.kpis[Nps].rewarded: expected true, got false']);
        expect(scorecardMismatches({ kpis: [{ name: 'Nps', value: '21' }] }, actual)).toEqual(['$.kpis[Nps].value: expected "21", got 21']);
        expect(scorecardMismatches({ kpis: [{ name: 'Churn' }] }, actual)).toEqual(["$.kpis: no entry named 'Churn' (names: Nps, NewToBank)"]);
        expect(scorecardMismatches({ kpis: { name: 'Nps' } }, actual)).toEqual([expect.stringMatching(/^\$\.kpis: expected \{"name":"Nps"\}, got \[/)]);
    });

    it('reports every mismatch, not only the first', () => {
        expect(scorecardMismatches({ kpis: [{ name: 'Nps', status: 'red', value: 20 }, { name: 'NewToBank', status: 'green' }] }, actual)).toHaveLength(3);
    });

    it('matches a list of plain values item by item, in order and length', () => {
        expect(scorecardMismatches({ okrs: [{ name: 'Win', addresses: ['Nps'] }] }, actual)).toEqual([]);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', addresses: ['NewToBank'] }] }, actual)).toEqual(['$.okrs[Win].addresses[0]: expected "NewToBank", got "Nps"']);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', addresses: [] }] }, actual)).toEqual(['$.okrs[Win].addresses: expected [], got ["Nps"]']);
        expect(scorecardMismatches({ okrs: [{ name: 'Win', addresses: ['Nps', 'NewToBank'] }] }, actual)).toHaveLength(1);
    });
});

describe('the reference date of a case (docs/language.md#conformance-cases)', () => {
    const file = { isFolder: false, hasStratJson: false };
    const folder = { isFolder: true, hasStratJson: false };
    const configured = { isFolder: true, hasStratJson: true };

    it('runs a case with an as-of header with --as-of <date>, a strat.json or not', () => {
        for (const shape of [file, folder, configured]) {
            expect(referenceDateArguments({ ...shape, asOf: '2026-08-17' })).toEqual(['--as-of', '2026-08-17']);
        }
    });

    it('runs a case without it with --as-of none, unless it is a folder with a strat.json: then with no --as-of', () => {
        expect(referenceDateArguments(file)).toEqual(['--as-of', 'none']);
        expect(referenceDateArguments(folder)).toEqual(['--as-of', 'none']);
        expect(referenceDateArguments(configured)).toEqual([]);
    });

    it('builds the strat command line of a case in JSON', () => {
        expect(caseCommand('check', 'cases/a.strat', ['--as-of', 'none'])).toEqual(['check', 'cases/a.strat', '--format', 'json', '--as-of', 'none']);
        expect(caseCommand('scorecard', 'cases/b', [])).toEqual(['scorecard', 'cases/b', '--format', 'json']);
    });
});
