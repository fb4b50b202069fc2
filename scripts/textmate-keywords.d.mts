/** Types of scripts/textmate-keywords.mjs (for the TypeScript tests). */
import type { GrammarAST } from 'langium';
import type { GrammarElement } from '../packages/language/src/catalogue/grammar-elements.js';

export interface KeywordClasses {
    declarations: string[];
    compounds: string[][];
    properties: string[];
    references: string[];
    periods: string[];
    modifiers: string[];
    closedLists: Array<{ name: string; values: string[] }>;
    operators: string[];
}

export declare function keywordClasses(grammar: GrammarAST.Grammar, elements: GrammarElement[]): KeywordClasses;
export declare function allKeywords(classes: KeywordClasses): string[];
