/** Formatting a file: one canonical layout, comments kept, tokens and meaning never changed. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createStratServices, type StratServices } from '../../packages/language/src/strat-module.js';
import { buildScorecard } from '../../packages/language/src/scorecard/build-scorecard.js';
import { EXAMPLES_DIR, OWN_CONFORMANCE_DIR } from '../support/paths.js';
import { applyTextEdits } from './apply-edits.js';

const OPTIONS = { tabSize: 4, insertSpaces: true };

async function parsed(text: string): Promise<{ services: StratServices; document: LangiumDocument }> {
    const services = createStratServices(EmptyFileSystem).Strat;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///ws/format.strat'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { services, document };
}

async function format(text: string): Promise<string> {
    const { services, document } = await parsed(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
    return applyTextEdits(text, edits);
}

/** Every token, comments included, as the lexer reads it (a line comment without trailing blanks). */
function tokenTexts(services: StratServices, text: string): string[] {
    const { tokens, hidden } = services.parser.Lexer.tokenize(text);
    return [...tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image.trimEnd());
}

/** What a file means: its diagnostics (codes, in order) and its scorecard, without source positions. */
async function meaning(text: string): Promise<string> {
    const { document } = await parsed(text);
    const codes = (document.diagnostics ?? []).map(d => String(d.code)).sort();
    const scorecard = JSON.stringify(buildScorecard([document]), (key, value: unknown) => key === 'location' || key === 'range' ? undefined : value);
    return JSON.stringify(codes) + scorecard;
}

function stratFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        return statSync(full).isDirectory() ? stratFiles(full) : name.endsWith('.strat') ? [full] : [];
    });
}

const CORPUS = [...stratFiles(EXAMPLES_DIR), ...stratFiles(OWN_CONFORMANCE_DIR)];

const MESSY = `


   /* Acme */ ambition Appealing "Become appealing" { horizon 2030 owner "Board" }
strategy DigitalFirst "Digital" {realizes Appealing perspective customer // why
}



// KPIs
kpi Nps "Net Promoter Score" { monitors DigitalFirst,Appealing target>=30 alert 20
      every month actual 2026-05 18 actual 2026-06 21 }
okr Win "Win clients" { cycle 2026-Q3 addresses Nps key result NpsUp "Increase NPS" { measures Nps from 21 to 35 checkin 2026-07-15 4 confidence 70%
confidence 60% }
  key result "Faster" {from 5 to 1}


  plan { initiative "Redesign" owner "CX" due 2026-08-31 done initiative "Same day" }
  /* trailing
     block */
} // end
strategy Empty "e" {}`;

const CANONICAL = `/* Acme */
ambition Appealing "Become appealing" {
    horizon 2030
    owner "Board"
}

strategy DigitalFirst "Digital" {
    realizes Appealing
    perspective customer // why
}

// KPIs
kpi Nps "Net Promoter Score" {
    monitors DigitalFirst, Appealing
    target >= 30
    alert 20
    every month
    actual 2026-05 18
    actual 2026-06 21
}

okr Win "Win clients" {
    cycle 2026-Q3
    addresses Nps
    key result NpsUp "Increase NPS" {
        measures Nps
        from 21 to 35
        checkin 2026-07-15 4 confidence 70%
        confidence 60%
    }
    key result "Faster" {
        from 5 to 1
    }

    plan {
        initiative "Redesign" owner "CX" due 2026-08-31 done
        initiative "Same day"
    }
    /* trailing
     block */
} // end

strategy Empty "e" {
}
`;

describe('formatter: the canonical layout', () => {
    it('lays out a messy file: elements at column 0 one blank line apart, 4-space bodies, one property per line', async () => {
        expect(await format(MESSY)).toBe(CANONICAL);
    });

    it('is idempotent: formatting the canonical text changes nothing', async () => {
        expect(await format(CANONICAL)).toBe(CANONICAL);
        const { services, document } = await parsed(CANONICAL);
        expect(await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS })).toEqual([]);
    });

    it('keeps comments where they are: a trailing line comment stays on its line, blocks stay', async () => {
        const text = 'kpi K "k" { // why this KPI\n  /* measured by finance */ target >= 1 // the bar\n}\n';
        expect(await format(text)).toBe('kpi K "k" { // why this KPI\n    /* measured by finance */\n    target >= 1 // the bar\n}\n');
    });

    it('keeps a confidence written on its own line after a check-in on its own line (it belongs to the key result)', async () => {
        const text = 'okr O "o" { key result "a" { from 0 to 1 checkin 2026-01 3\n confidence 5 checkin 2026-02 4 confidence 6 } }';
        expect(await format(text)).toContain('        checkin 2026-01 3\n        confidence 5\n        checkin 2026-02 4 confidence 6\n');
        expect(await meaning(await format(text))).toBe(await meaning(text));
    });

    it('keeps CRLF line endings', async () => {
        expect(await format('kpi K "k" {\r\n  target >= 1 }\r\n')).toBe('kpi K "k" {\r\n    target >= 1\r\n}\r\n');
    });

    it('leaves a file with syntax errors alone, so no work is lost', async () => {
        const { services, document } = await parsed('kpi K "k" {\n  target >= \n   alert 3');
        expect(await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS })).toEqual([]);
    });

    it('formats a range as the whole elements it touches (and the blank line before them), nothing else', async () => {
        const text = 'ambition A "a" {   horizon 2030 }\nstrategy S "s" {   realizes A }\n';
        const { services, document } = await parsed(text);
        const range = { start: { line: 1, character: 3 }, end: { line: 1, character: 5 } };
        const edits = await services.lsp.Formatter!.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, range, options: OPTIONS });
        expect(applyTextEdits(text, edits)).toBe('ambition A "a" {   horizon 2030 }\n\nstrategy S "s" {\n    realizes A\n}\n');
    });
});

describe('formatter on every example and conformance file', () => {
    it('finds the files', () => {
        expect(CORPUS.length).toBeGreaterThan(10);
    });

    for (const file of CORPUS) {
        const name = path.relative(path.dirname(EXAMPLES_DIR), file);
        it(`${name}: same tokens, same meaning, idempotent`, async () => {
            const text = readFileSync(file, 'utf8');
            const formatted = await format(text);
            const { services } = await parsed('');
            expect(tokenTexts(services, formatted), 'the token sequence changed').toEqual(tokenTexts(services, text));
            expect(await meaning(formatted), 'diagnostics or scorecard changed').toBe(await meaning(text));
            expect(await format(formatted), 'formatting twice changed the text').toBe(formatted);
        });
    }

    it('the examples are already in the canonical layout', async () => {
        for (const file of stratFiles(EXAMPLES_DIR)) {
            const text = readFileSync(file, 'utf8');
            expect(await format(text), path.basename(file)).toBe(text);
        }
    });
});

/** Each top-level element of a file on one line (as people write small ones), so that formatting splits them all. */
function oneLineElements(text: string): string {
    return text.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, body => body.replace(/\s*\n\s*/g, ' ').replace(/\/\/[^\n]*/g, ''));
}

describe('formatting never changes what a strat-ignore comment silences (docs/decisions.md#editor)', () => {
    const CASES: Record<string, string> = {
        'a one-line KPI': 'strategy S "s" { }\n// strat-ignore alert-side kpi-no-frequency\nkpi K "k" { monitors S target >= 10 alert 20 actual 2026-01 5 }\n',
        'a one-line OKR': '// strat-ignore kr-activity okr-no-kpi\nokr O "Delight guests" { cycle 2026-Q3 key result "Call 100 guests" { from 1 to 100 } key result "Raise visits" { from 1 to 3 } plan { initiative "i" } }\nstrategy T "t" { }\n',
        'a one-line key result': 'okr O "Delight guests" { cycle 2026-Q3 addresses K\n    // strat-ignore kr-activity kr-not-measurable\n    key result "Call 100 guests" { current 5 } key result "Raise visits" { from 1 to 3 } plan { initiative "i" } }\nkpi K "k" { }\n',
        'an actual among others on one line': 'kpi K "k" { target >= 1 every month\n    // strat-ignore invalid-period\n    actual 2026-13 5 actual 2025-W53 4 }\n',
        'a property among others on one line': 'kpi K "k" { every month\n    // strat-ignore alert-side\n    alert 20 target >= 10 actual 2026-01 5 }\n',
        'a bare comment above a one-line element': '// strat-ignore\nkpi K "k" { alert 5 actual 2026-13 1 actual 2026-13 2 target >= 1 target >= 2 }\nstrategy T "t" { }\n',
        'a comment above the first line of a long element': '// strat-ignore alert-side invalid-period\nkpi K "k" { target >= 10 alert 20\nactual 2026-13 5 alert 30 }\n',
        'a comment trailing a top-level close': 'strategy S "s" { } // strat-ignore\nkpi K "k" { monitors S target >= 10 alert 20 every month actual 2026-01 5 }\nstrategy T "t" { }\n',
        'a kept line that closes one element and opens another': '// strat-ignore\nstrategy S "s" { } kpi K "k" {\n monitors S alert 20 target >= 10 every month actual 2026-01 5 }\n',
        'a comment above a line a formatter would join to': 'kpi K "k" { target >= 1 every month\n    // strat-ignore invalid-period\n    actual 2026-13 5 actual\n2025-W53 4 }\n',
        'a comment with a blank line below it': '// strat-ignore kpi-no-target\n\nkpi K "k" { every month actual 2026-01 1 }\n'
    };

    for (const [name, text] of Object.entries(CASES)) {
        it(`${name}: the same findings before and after formatting, and formatting twice changes nothing more`, async () => {
            const formatted = await format(text);
            expect(formatted, 'the case is formatted into another layout').not.toBe(text);
            expect(await meaning(formatted)).toBe(await meaning(text));
            expect(await format(formatted)).toBe(formatted);
        });
    }

    it('puts no blank line below an ignore comment, nor after the opening brace of an element that starts on a kept line', async () => {
        expect(await format('strategy S "s" { } // strat-ignore\nkpi K "k" { alert 20 }\n')).toBe('strategy S "s" {\n} // strat-ignore\nkpi K "k" { alert 20 }\n');
        expect(await format('// strat-ignore\nstrategy S "s" { } kpi K "k" {\n monitors S }\n')).toBe('// strat-ignore\nstrategy S "s" { } kpi K "k" {\n    monitors S\n}\n');
    });

    it('keeps the line below an ignore comment as written, and the line after it apart', async () => {
        const kept = 'kpi K "k" {\n    // strat-ignore alert-side\n    target >= 10 alert 20 actual\n2026-01 5\n}\n';
        expect(await format(kept)).toBe('kpi K "k" {\n    // strat-ignore alert-side\n    target >= 10 alert 20 actual\n        2026-01 5\n}\n');
        const plain = kept.replace('strat-ignore alert-side', 'a comment');
        expect(await format(plain)).toBe('kpi K "k" {\n    // a comment\n    target >= 10\n    alert 20\n    actual 2026-01 5\n}\n');
    });

    it('the cases do silence something (or, for the blank line, nothing)', async () => {
        for (const [name, text] of Object.entries(CASES)) {
            const without = text.replace(/\/\/ strat-ignore[^\n]*/g, '// a comment');
            const silences = (await meaning(text)) !== (await meaning(without));
            expect(silences, name).toBe(!name.includes('blank line'));
        }
    });

    it('every example and conformance file, its elements on one line under bare strat-ignore comments', async () => {
        for (const file of CORPUS) {
            const lines = oneLineElements(readFileSync(file, 'utf8')).split('\n');
            const text = lines.map((line, i) => (i % 2 === 0 && /^(ambition|strategy|kpi|okr) /.test(line) ? `// strat-ignore\n${line}` : line)).join('\n');
            expect(await meaning(await format(text)), path.basename(file)).toBe(await meaning(text));
        }
    });
});
