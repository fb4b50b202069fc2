/** Types of scripts/textmate-grammar.mjs (for the TypeScript tests). */
import type { GrammarAST } from 'langium';
import type { GrammarElement } from '../packages/language/src/catalogue/grammar-elements.js';

export declare const TEMPLATE_PATH: string;
export declare const GRAMMAR_PATH: string;
export declare function textmateGrammarText(templateText: string, grammar: GrammarAST.Grammar, elements: GrammarElement[]): string;
