/** The Strat grammar as text and as a parsed Langium grammar, to try a change to it in a test. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type GrammarAST } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { parseHelper } from 'langium/test';
import { REPO_ROOT } from '../support/paths.js';

export const GRAMMAR_TEXT = readFileSync(path.join(REPO_ROOT, 'packages', 'language', 'src', 'strat.langium'), 'utf8');

/** The last KPI property of the grammar: a new one is added after it. */
const KPI_ANCHOR = "      | 'baseline' baseline=NUMBER\n";

/** The grammar with one more KPI property (e.g. `| 'source' source=STRING`); throws if the grammar no longer has the anchor. */
export function grammarWithKpiProperty(alternative: string): string {
    if (GRAMMAR_TEXT.split(KPI_ANCHOR).length !== 2) {
        throw new Error(`strat.langium should hold ${JSON.stringify(KPI_ANCHOR)} once, in the Kpi rule`);
    }
    return GRAMMAR_TEXT.replace(KPI_ANCHOR, `${KPI_ANCHOR}      ${alternative}\n`);
}

/** Parses a grammar text with Langium's own grammar services; throws on syntax errors. */
export async function parseGrammar(text: string): Promise<GrammarAST.Grammar> {
    const document = await parseHelper<GrammarAST.Grammar>(createLangiumGrammarServices(EmptyFileSystem).grammar)(text);
    const errors = [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors];
    if (errors.length > 0) {
        throw new Error(`the grammar does not parse: ${errors.map(error => error.message).join('; ')}`);
    }
    return document.parseResult.value;
}
