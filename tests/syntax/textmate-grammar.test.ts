/**
 * The TextMate grammar (syntaxes/strat.tmLanguage.json, generated from its template and the Langium
 * grammar by scripts/textmate-grammar.mjs), run through the same engine VS Code uses:
 * - every line of every `.strat` file in examples/ and the conformance cases tokenizes cleanly;
 * - specific tokens of an inline sample get the expected scopes;
 * - every keyword of the Langium grammar is known to the TextMate grammar (read here from the
 *   grammar's text, independently of the generator, so that it cannot drop a kind of keyword unseen).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { OWN_CONFORMANCE_DIR, SHARED_DIR } from '../support/paths.js';
import { loadTextMateGrammar, type StateStack, type TextMateTokenizer, type Token, type Tokenized } from './textmate-engine.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const grammarPath = path.join(repoRoot, 'syntaxes', 'strat.tmLanguage.json');
const langiumGrammarPath = path.join(repoRoot, 'packages', 'language', 'src', 'strat.langium');
const examplesDir = path.join(repoRoot, 'examples');
/** The project's own conformance corpus, and the shared cases beside the repository when they are there. */
const conformanceDirs = [OWN_CONFORMANCE_DIR, path.join(SHARED_DIR, 'conformance')];

let tokenizer: TextMateTokenizer;
/** The state after an empty first line: a file must end in it (no open string, comment or name rule). */
let restingState: StateStack;

beforeAll(async () => {
    tokenizer = await loadTextMateGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
    restingState = tokenizer.restingState;
});

function tokenizeText(text: string): Tokenized {
    return tokenizer.tokenize(text);
}

function stratFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) => {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                return stratFiles(full);
            }
            return entry.isFile() && entry.name.endsWith('.strat') ? [full] : [];
        })
        .sort();
}

/** The Langium grammar's keywords, read from strat.langium (comments removed). */
function langiumKeywords(): string[] {
    const source = fs
        .readFileSync(langiumGrammarPath, 'utf8')
        .replace(/(^|\s)\/\*[\s\S]*?\*\//g, '$1')
        .replace(/(^|\s)\/\/.*$/gm, '$1');
    const keywords = new Set<string>();
    for (const match of source.matchAll(/'((?:\\.|[^'\\\r\n])+)'/g)) {
        keywords.add(match[1]);
    }
    return [...keywords].sort();
}

/** Every regex (`match`, `begin`, `end`) of the TextMate grammar. */
function grammarRegexes(): { key: string; source: string }[] {
    const found: { key: string; source: string }[] = [];
    const walk = (node: unknown): void => {
        if (Array.isArray(node)) {
            node.forEach(walk);
        } else if (node && typeof node === 'object') {
            for (const [key, value] of Object.entries(node)) {
                if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') {
                    found.push({ key, source: value });
                } else {
                    walk(value);
                }
            }
        }
    };
    walk(JSON.parse(fs.readFileSync(grammarPath, 'utf8')));
    return found;
}

describe('TextMate grammar: example and conformance files', () => {
    // A case that expects a `syntax` finding has text the language cannot read: it is not clean input.
    const files = [...stratFiles(examplesDir), ...conformanceDirs.flatMap(stratFiles)]
        .filter((file) => !/\/\/!.*\bsyntax\b/.test(fs.readFileSync(file, 'utf8')));

    it('finds .strat files to tokenize', () => {
        expect(stratFiles(OWN_CONFORMANCE_DIR).length).toBeGreaterThan(0);
    });

    for (const file of files) {
        it(`tokenizes ${path.relative(path.resolve(repoRoot, '..'), file)} without a failing line`, () => {
            const { lines, tokens, endState, stoppedEarly } = tokenizeText(fs.readFileSync(file, 'utf8'));
            expect(stoppedEarly, 'lines where tokenizing stopped early').toEqual([]);
            const problems: string[] = [];
            tokens.forEach((lineTokens, index) => {
                for (const token of lineTokens) {
                    const where = `line ${index + 1}:${token.start + 1} ${JSON.stringify(token.text)} [${token.scopes.join(' ')}]`;
                    if (token.scopes.some((scope) => scope.startsWith('invalid'))) {
                        problems.push(`invalid scope at ${where}`);
                    }
                    // A valid file has no stray text: every visible character gets a scope of its own.
                    if (token.text.trim() !== '' && token.scopes.length < 2) {
                        problems.push(`unscoped text at ${where}`);
                    }
                }
                const covered = lineTokens.reduce((end, t) => Math.max(end, t.start + t.text.length), 0);
                if (covered < lines[index].length) {
                    problems.push(`line ${index + 1} is only tokenized up to column ${covered}`);
                }
            });
            expect(problems).toEqual([]);
            expect(endState.equals(restingState), 'the file ends inside a string, comment or unfinished rule').toBe(true);
        });
    }
});

describe('TextMate grammar: scopes of an inline sample', () => {
    const sample = [
        /* 0 */ '// a line comment: kpi okr plan',
        /* 1 */ '/* a block comment',
        /* 2 */ '   kpi Nope */',
        /* 3 */ 'ambition Appealing "Become appealing" { horizon 2030 }',
        /* 4 */ 'strategy S1 "Serve kpi clients, plan ahead" { realizes Appealing perspective customer }',
        /* 5 */ 'kpi NewToBank "New clients" {',
        /* 6 */ '    monitors S1, S2 ,S3',
        /* 7 */ '    target >= 12_000',
        /* 8 */ '    alert -3',
        /* 9 */ '    every quarter',
        /* 10 */ '    actual 2026-13 9100',
        /* 11 */ '    actual 2026-Q3 60%',
        /* 12 */ '    rewarded',
        /* 13 */ '}',
        /* 14 */ 'okr Win "Win \\"them\\" back" {',
        /* 15 */ '    cycle 2026-Q3',
        /* 16 */ '    addresses NewToBank, Nps',
        /* 17 */ '    key result NpsUp "Raise NPS" {',
        /* 18 */ '        measures Nps',
        /* 19 */ '        from 21 to 0.75',
        /* 20 */ '        checkin 2026-07-15 4 confidence 60%',
        /* 21 */ '    }',
        /* 22 */ '    plan { initiative "Plan" owner "Ops" due 2026-W05 done }',
        /* 23 */ '}',
        /* 24 */ 'kpi Plan "Plan is a name" { monitors Strategy }',
        /* 25 */ 'Plan',
    ].join('\n');

    let tokenized: ReturnType<typeof tokenizeText>;
    beforeAll(() => {
        tokenized = tokenizeText(sample);
    });

    /** The token that starts at the `occurrence`-th `text` on `line`; it must span exactly `text`. */
    function token(line: number, text: string, occurrence = 0): Token {
        const lineText = tokenized.lines[line];
        let index = -1;
        for (let i = 0; i <= occurrence; i++) {
            index = lineText.indexOf(text, index + 1);
            if (index < 0) {
                throw new Error(`${JSON.stringify(text)} not found on sample line ${line}`);
            }
        }
        const found = tokenized.tokens[line].find((t) => t.start === index);
        expect(found, `a token starts at ${JSON.stringify(text)} on sample line ${line}`).toBeDefined();
        expect(found!.text, `${JSON.stringify(text)} is one token`).toBe(text);
        return found!;
    }

    /** The token that covers the first `text` on `line` (it may be part of a longer token). */
    function covering(line: number, text: string): Token {
        const index = tokenized.lines[line].indexOf(text);
        const found = tokenized.tokens[line].find((t) => t.start <= index && index < t.start + t.text.length);
        expect(found, `a token covers ${JSON.stringify(text)} on sample line ${line}`).toBeDefined();
        return found!;
    }

    function expectScope(t: Token, scope: string): void {
        expect(
            t.scopes.some((s) => s === scope || s.startsWith(scope + '.')),
            `${JSON.stringify(t.text)} has ${scope} (got ${t.scopes.join(' ')})`,
        ).toBe(true);
    }

    function expectNoKeywordScope(t: Token): void {
        expect(
            t.scopes.filter((s) => /^(keyword|storage|constant\.language|support)\b/.test(s)),
            `${JSON.stringify(t.text)} is not a keyword`,
        ).toEqual([]);
    }

    it('tokenizes the sample cleanly', () => {
        expect(tokenized.stoppedEarly).toEqual([]);
    });

    it('scopes line and block comments', () => {
        expectScope(token(0, '//'), 'comment.line.double-slash');
        expectScope(token(0, '//'), 'punctuation.definition.comment');
        for (const t of tokenized.tokens[0]) {
            expectScope(t, 'comment.line.double-slash');
        }
        expectScope(token(1, '/*'), 'comment.block');
        for (const t of tokenized.tokens[2]) {
            expectScope(t, 'comment.block');
        }
        expectScope(token(2, '*/'), 'punctuation.definition.comment');
    });

    it('scopes element keywords and the element name after them', () => {
        expectScope(token(3, 'ambition'), 'storage.type');
        expectScope(token(3, 'Appealing'), 'entity.name.type.ambition.strat');
        expectScope(token(4, 'strategy'), 'storage.type');
        expectScope(token(4, 'S1'), 'entity.name.type.strategy.strat');
        expectScope(token(5, 'kpi'), 'storage.type');
        expectScope(token(5, 'NewToBank'), 'entity.name.type.kpi.strat');
        expectScope(token(14, 'okr'), 'storage.type');
        expectScope(token(14, 'Win'), 'entity.name.type.okr.strat');
    });

    it('scopes `key result` and its name', () => {
        expectScope(token(17, 'key'), 'storage.type.key-result');
        expectScope(token(17, 'result'), 'storage.type.key-result');
        expectScope(token(17, 'NpsUp'), 'entity.name.function.key-result');
    });

    it('scopes references, including every name of a comma list', () => {
        expectScope(token(4, 'realizes'), 'keyword.other.property');
        expectScope(token(4, 'Appealing'), 'variable.other.reference');
        expectScope(token(6, 'monitors'), 'keyword.other.property');
        for (const name of ['S1', 'S2', 'S3']) {
            expectScope(token(6, name), 'variable.other.reference');
        }
        expectScope(token(6, ','), 'punctuation.separator.comma');
        expectScope(token(6, ',', 1), 'punctuation.separator.comma');
        expectScope(token(16, 'addresses'), 'keyword.other.property');
        expectScope(token(16, 'NewToBank'), 'variable.other.reference');
        expectScope(token(16, 'Nps'), 'variable.other.reference');
        expectScope(token(18, 'measures'), 'keyword.other.property');
        expectScope(token(18, 'Nps'), 'variable.other.reference');
        expectScope(token(24, 'Strategy'), 'variable.other.reference');
    });

    it('scopes property keywords, flags, enum values and operators', () => {
        for (const [line, word] of [
            [3, 'horizon'], [4, 'perspective'], [7, 'target'], [8, 'alert'], [9, 'every'], [10, 'actual'],
            [15, 'cycle'], [19, 'from'], [19, 'to'], [20, 'checkin'], [20, 'confidence'], [22, 'plan'],
            [22, 'initiative'], [22, 'owner'], [22, 'due'],
        ] as const) {
            expectScope(token(line, word), 'keyword.other.property');
        }
        expectScope(token(12, 'rewarded'), 'storage.modifier');
        expectScope(token(22, 'done'), 'storage.modifier');
        expectScope(token(4, 'customer'), 'constant.language');
        expectScope(token(9, 'quarter'), 'constant.language');
        expectScope(token(7, '>='), 'keyword.operator.comparison');
        expectScope(token(5, '{'), 'punctuation.section.block.begin');
        expectScope(token(13, '}'), 'punctuation.section.block.end');
    });

    it('keeps a period one token, valid or not, and a year after a period keyword is a period', () => {
        expectScope(token(10, '2026-13'), 'constant.numeric.date');
        expectScope(token(11, '2026-Q3'), 'constant.numeric.date');
        expectScope(token(15, '2026-Q3'), 'constant.numeric.date');
        expectScope(token(20, '2026-07-15'), 'constant.numeric.date');
        expectScope(token(22, '2026-W05'), 'constant.numeric.date');
        expectScope(token(3, '2030'), 'constant.numeric.date');
        expectScope(token(10, '9100'), 'constant.numeric');
        expect(token(10, '9100').scopes.join(' ')).not.toContain('constant.numeric.date');
    });

    it('scopes numbers: separators, negatives, decimals and percentages', () => {
        expectScope(token(7, '12_000'), 'constant.numeric');
        expectScope(token(8, '-3'), 'constant.numeric');
        expectScope(token(19, '0.75'), 'constant.numeric');
        expectScope(token(11, '60'), 'constant.numeric.percentage');
        expectScope(token(11, '%'), 'constant.numeric.percentage');
        expectScope(token(11, '%'), 'keyword.other.unit');
        expectScope(token(20, '60'), 'constant.numeric.percentage');
        expectScope(token(20, '%'), 'keyword.other.unit');
    });

    it('keeps keywords inside strings as string text, with escapes', () => {
        const title = token(4, 'Serve kpi clients, plan ahead');
        expectScope(title, 'string.quoted.double');
        expectNoKeywordScope(title);
        expectScope(token(4, '"'), 'punctuation.definition.string.begin');
        expectScope(token(14, '\\"'), 'constant.character.escape');
        expectScope(token(14, '\\"'), 'string.quoted.double');
        const plan = token(22, 'Plan');
        expectScope(plan, 'string.quoted.double');
        expectNoKeywordScope(plan);
    });

    it('treats capitalized keywords as names (`Plan` is a name, not a keyword)', () => {
        expectScope(token(24, 'Plan'), 'entity.name.type.kpi.strat');
        expectNoKeywordScope(token(24, 'Plan'));
        expectNoKeywordScope(token(25, 'Plan'));
        expectNoKeywordScope(covering(0, 'kpi'));
        expectNoKeywordScope(covering(2, 'kpi'));
        expectScope(covering(2, 'Nope'), 'comment.block');
    });

    it('ends the sample in the resting state', () => {
        expect(tokenized.endState.equals(restingState)).toBe(true);
    });
});

describe('TextMate grammar: Langium keywords', () => {
    const keywords = langiumKeywords();
    const wordKeywords = keywords.filter((k) => /^[a-z]+$/.test(k));
    const symbolKeywords = keywords.filter((k) => !/^[a-z]+$/.test(k));

    it('reads the keyword list from strat.langium', () => {
        expect(wordKeywords.length).toBeGreaterThan(40);
        expect(wordKeywords).toContain('kpi');
        expect(symbolKeywords).toEqual(expect.arrayContaining(['{', '}', ',', '>=', '<=']));
    });

    it('mentions every word keyword in a TextMate regex', () => {
        const regexes = grammarRegexes().map((r) => r.source);
        const missing = wordKeywords.filter(
            (k) => !regexes.some((source) => new RegExp(`(?:^|[^A-Za-z0-9_])${k}(?![A-Za-z0-9_])`).test(source)),
        );
        expect(missing).toEqual([]);
    });

    it('scopes every word keyword as a keyword', () => {
        const wrong: string[] = [];
        for (const keyword of wordKeywords) {
            const { tokens } = tokenizeText(`${keyword}\n`);
            const t = tokens[0].find((x) => x.text === keyword);
            if (!t || !t.scopes.some((s) => /^(keyword|storage|constant\.language|support\.constant)\./.test(s))) {
                wrong.push(`${keyword}: ${t ? t.scopes.join(' ') : 'not one token'}`);
            }
        }
        expect(wrong).toEqual([]);
    });

    it('scopes every symbol keyword as punctuation or operator', () => {
        const wrong: string[] = [];
        for (const keyword of symbolKeywords) {
            const { tokens } = tokenizeText(keyword);
            const t = tokens[0].find((x) => x.text === keyword);
            if (!t || !t.scopes.some((s) => /^(punctuation|keyword\.operator)\./.test(s))) {
                wrong.push(`${keyword}: ${t ? t.scopes.join(' ') : 'not one token'}`);
            }
        }
        expect(wrong).toEqual([]);
    });

    it('lists every word keyword in each keyword look-ahead (where a name may not start)', () => {
        // The rules that take a NAME after a keyword stop before any keyword; their lists must stay complete.
        const lists = grammarRegexes()
            .filter((r) => r.key === 'end')
            .flatMap((r) => [...r.source.matchAll(/\(\?:((?:[a-z]+\|){20,}[a-z]+)\)/g)].map((m) => m[1].split('|')));
        expect(lists.length).toBeGreaterThan(0);
        for (const list of lists) {
            expect([...list].sort()).toEqual(wordKeywords);
        }
    });
});
