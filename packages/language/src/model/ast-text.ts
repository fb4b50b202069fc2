import { AstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The syntax of a property of `node`: its `index`-th occurrence (the last one when there are
 * fewer), as Langium's `findNodeForProperty` finds it. It stops at the occurrence wanted instead
 * of collecting every child first: asking a KPI with 300,000 actuals for its name reads two tokens.
 */
export function propertyNode(node: AstNode, property: string, index = 0): CstNode | undefined {
    const root = node.$cstNode;
    if (!root) {
        return undefined;
    }
    let last: CstNode | undefined;
    let seen = 0;
    const search = (cst: CstNode): CstNode | undefined => {
        for (const child of isCompositeCstNode(cst) ? cst.content : []) {
            if (assignedFeature(child.grammarSource) === property) {
                last = child;
                if (seen++ === index) {
                    return child;
                }
            } else if (isCompositeCstNode(child) && child.astNode === node) {
                const found = search(child);
                if (found) {
                    return found;
                }
            }
        }
        return undefined;
    };
    return search(root) ?? last;
}

/** The feature a grammar element assigns (`name` for the ID in `name=ID`); asked per token, worked out once per element. */
function assignedFeature(source: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!source) {
        return undefined;
    }
    if (!features.has(source)) {
        features.set(source, AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature);
    }
    return features.get(source);
}

const features = new WeakMap<GrammarAST.AbstractElement, string | undefined>();

/** Whether a number property was written as a percentage (`60%`). */
export function isPercent(node: AstNode, property: string, index?: number): boolean {
    return propertyNode(node, property, index)?.text.endsWith('%') ?? false;
}

/** The source text of a property (e.g. `12_000` or `60%`), for messages that quote the file. */
export function propertyText(node: AstNode, property: string, index?: number): string | undefined {
    return propertyNode(node, property, index)?.text;
}

/** The 0-based line a property or keyword starts on. */
export function propertyLine(node: AstNode, property: string): number | undefined {
    return propertyNode(node, property)?.range.start.line;
}

export function keywordLine(node: AstNode, keyword: string): number | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)?.range.start.line;
}
