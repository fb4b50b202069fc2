import { GrammarUtils, type AstNode } from 'langium';

/** Whether a number property was written as a percentage (`60%`). */
export function isPercent(node: AstNode, property: string, index?: number): boolean {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text.endsWith('%') ?? false;
}

/** The source text of a property (e.g. `12_000` or `60%`), for messages that quote the file. */
export function propertyText(node: AstNode, property: string, index?: number): string | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text;
}

/** The 0-based line a property or keyword starts on. */
export function propertyLine(node: AstNode, property: string): number | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range.start.line;
}

export function keywordLine(node: AstNode, keyword: string): number | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)?.range.start.line;
}
