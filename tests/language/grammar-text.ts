/** The Strat grammar as text and as a parsed Langium grammar, to try a change to it in a test. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type GrammarAST } from 'langium';
import { createLangiumGrammarServices } from 'langium/grammar';
import { parseHelper } from 'langium/test';
import { REPO_ROOT } from '../support/paths.js';

export const GRAMMAR_TEXT = readFileSync(path.join(REPO_ROOT, 'packages', 'language', 'src', 'strat.langium'), 'utf8');

/** The start of the Kpi rule's body of properties: a new one is added as its first alternative. */
const KPI_BODY = /\nKpi:\s*'kpi' name=ID title=STRING '\{'\s*\(/;

/**
 * The grammar with one more KPI property (`'hypothetical' hypothetical=STRING`), as a contributor
 * would write it. Throws if the Kpi rule no longer starts as expected, or already has the keyword.
 */
export function grammarWithKpiProperty(alternative: string): string {
    const keyword = /^'(\w+)'/.exec(alternative)?.[1];
    if (!keyword || GRAMMAR_TEXT.includes(`'${keyword}'`)) {
        throw new Error(`${alternative} should start with a keyword the grammar does not have yet`);
    }
    if (!KPI_BODY.test(GRAMMAR_TEXT)) {
        throw new Error(`strat.langium's Kpi rule should start with ${KPI_BODY}`);
    }
    return GRAMMAR_TEXT.replace(KPI_BODY, match => `${match}\n        ${alternative}\n      |`);
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
