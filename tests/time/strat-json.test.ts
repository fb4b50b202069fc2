import { describe, expect, it } from 'vitest';
import { readStratJson } from '../../packages/language/src/config/strat-json.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';

/** The problems as `text at the problem: message start`, to show where each is placed. */
function problemsOf(text: string): string[] {
    return readStratJson(text).problems.map(p => `${text.slice(p.start, p.end)}: ${p.message}`);
}

describe('strat.json', () => {
    it('reads every key', () => {
        const { settings, problems } = readStratJson('{ "asOf": "2026-08-17", "rules": { "kpi-no-frequency": "off", "kr-activity": "information" }, "maxOkrsPerOwner": 2, "checkinDays": 21 }');
        expect(problems).toEqual([]);
        expect(settings).toEqual({ asOf: parseDay('2026-08-17'), rules: { 'kpi-no-frequency': 'off', 'kr-activity': 'info' }, maxOkrsPerOwner: 2, checkinDays: 21 });
    });

    it('reads a file that starts with a byte-order mark, as Windows tools write it, with problems still in place', () => {
        expect(readStratJson('\uFEFF{ "asOf": "2026-08-17" }')).toEqual({ settings: { asOf: parseDay('2026-08-17') }, problems: [] });
        expect(problemsOf('\uFEFF{ "checkinDays": 0 }').map(problem => problem.split(':')[0])).toEqual(['0']);
    });

    it('reports an unknown key at the key, and keeps the valid parts', () => {
        const text = '{ "asof": "2026-08-17", "checkinDays": 7 }';
        expect(problemsOf(text)).toEqual(['"asof": Unknown key "asof" in strat.json. The keys are "asOf", "rules", "maxOkrsPerOwner", "checkinDays".']);
        expect(readStratJson(text).settings).toEqual({ checkinDays: 7 });
    });

    it('takes "$schema" beside the settings (editors read it), if it is a string', () => {
        expect(problemsOf('{ "$schema": "./node_modules/strat/strat.schema.json", "checkinDays": 7 }')).toEqual([]);
        expect(readStratJson('{ "$schema": "x", "checkinDays": 7 }').settings).toEqual({ checkinDays: 7 });
        expect(problemsOf('{ "$schema": 1 }')).toEqual(['1: "$schema" must be the address of a JSON schema, a string.']);
    });

    it('reports bad values at the value', () => {
        expect(problemsOf('{ "asOf": "2026-02-30" }')).toEqual(['"2026-02-30": "asOf" must be a day that exists, written YYYY-MM-DD (for example "2026-08-17"), not "2026-02-30".']);
        expect(problemsOf('{ "maxOkrsPerOwner": 0 }')).toEqual(['0: "maxOkrsPerOwner" must be a whole number of at least 1, not 0.']);
        expect(problemsOf('{ "checkinDays": "14" }')).toEqual(['"14": "checkinDays" must be a whole number of at least 1, not "14".']);
        expect(problemsOf('{ "rules": [] }')).toEqual(['[]: "rules" must be an object of rule codes and severities, for example { "kpi-no-frequency": "off" }.']);
    });

    it('reports an unknown rule at its code and a bad severity at the severity, keeping the other rules', () => {
        const text = '{ "rules": { "kpi-no-frequncy": "off", "kr-count": "loud", "okr-no-plan": "hint" } }';
        const problems = problemsOf(text);
        expect(problems[0]).toMatch(/^"kpi-no-frequncy": There is no rule 'kpi-no-frequncy'\. Rules: kr-count, /);
        expect(problems[1]).toBe('"loud": The severity of \'kr-count\' must be one of off, hint, info, warning, error, not "loud".');
        expect(problems).toHaveLength(2);
        expect(readStratJson(text).settings.rules).toEqual({ 'okr-no-plan': 'hint' });
    });

    it('reports text that is not JSON where the parser stopped, and what it could read still applies', () => {
        const text = '{ "checkinDays": 7, "asOf": "2026-08-17" ';
        expect(problemsOf(text)).toEqual([': strat.json is not valid JSON: a close brace is expected here.']);
        expect(readStratJson(text).settings).toEqual({ checkinDays: 7, asOf: parseDay('2026-08-17') });
        expect(problemsOf('// comment\n{}')[0]).toBe('// comment: strat.json is not valid JSON: invalid comment token.');
        expect(problemsOf('')).toEqual([': strat.json is not valid JSON: a value is expected here.']);
    });

    it('wants one object', () => {
        expect(problemsOf('["asOf"]')).toEqual(['["asOf"]: strat.json must hold one JSON object, for example { "asOf": "2026-08-17" }.']);
    });
});
