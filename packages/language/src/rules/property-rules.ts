/**
 * `duplicate-property`: the grammar accepts properties in any order and any number of times (so
 * typing never breaks the parse); here a second non-repeatable property is found by reading the
 * element's own tokens once. Which keyword starts which property, and which properties may be
 * repeated, comes from the catalogue: a new property is checked as soon as the grammar has it.
 */
import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CompositeCstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { CatalogueProperty, ElementCatalogue } from '../catalogue/element-catalogue.js';
import { elementLabel } from '../catalogue/element-label.js';
import type { Report } from './reporter.js';

type Element = AstNode & { name?: string; title?: string };

export function checkDuplicateProperties(node: Element, report: Report, catalogue: ElementCatalogue): void {
    const cst = node.$cstNode;
    if (!isCompositeCstNode(cst)) {
        return;
    }
    const seen = new Set<CatalogueProperty>();
    forOwnChildren(cst, node, child => {
        const property = propertyAt(child, node, catalogue);
        if (property === undefined || property.repeatable) {
            return;
        }
        if (seen.has(property)) {
            const { word, range } = placeOf(child, property);
            report('duplicate-property', { node, range }, word, elementLabel(node));
        }
        seen.add(property);
    });
}

/** The property a child of the element's syntax starts: a keyword (`owner`), or a nested element (`plan { … }`). */
function propertyAt(child: CstNode, node: AstNode, catalogue: ElementCatalogue): CatalogueProperty | undefined {
    if (isLeafCstNode(child)) {
        return GrammarAST.isKeyword(child.grammarSource) ? catalogue.propertyStartedBy(node.$type, child.grammarSource) : undefined;
    }
    // A nested element is known by the assignment that holds it: a plan given twice loses its container link, not its syntax.
    const feature = isCompositeCstNode(child) && child.astNode !== node ? assignedFeature(child.grammarSource) : undefined;
    return feature === undefined ? undefined : catalogue.propertyAssigning(node.$type, feature);
}

/** The feature a grammar element is assigned to, looked up once per grammar element (a KPI may hold 100,000 actuals). */
function assignedFeature(source: GrammarAST.AbstractElement | undefined): string | undefined {
    if (source === undefined) return undefined;
    if (!featureOfSource.has(source)) {
        featureOfSource.set(source, AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature);
    }
    return featureOfSource.get(source);
}
const featureOfSource = new WeakMap<GrammarAST.AbstractElement, string | undefined>();

/** The word and the range to report a repeated property at: its keyword, or a nested element's first word. */
function placeOf(child: CstNode, property: CatalogueProperty): { word: string; range: Range } {
    if (isLeafCstNode(child)) {
        return { word: child.text, range: child.range };
    }
    const first = CstUtils.flattenCst(child).find(leaf => !leaf.hidden);
    return { word: property.names[0], range: first?.range ?? child.range };
}

/** The node's own tokens, and the CST nodes of its children, looking through rule calls that build no node of their own. */
function forOwnChildren(cst: CompositeCstNode, node: AstNode, visit: (child: CstNode) => void): void {
    for (const child of cst.content) {
        if (isCompositeCstNode(child) && child.astNode === node) {
            forOwnChildren(child, node, visit);
        } else {
            visit(child);
        }
    }
}
