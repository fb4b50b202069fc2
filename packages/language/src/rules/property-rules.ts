/**
 * `duplicate-property`: the grammar accepts properties in any order and any number of times (so
 * typing never breaks the parse); here a second non-repeatable property is found by reading the
 * element's own tokens once.
 */
import { GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CompositeCstNode, type CstNode } from 'langium';
import { isPlan, type Ambition, type Initiative, type KeyResult, type Kpi, type Okr, type Strategy } from '../generated/ast.js';
import { keyResultLabel, type Report } from './reporter.js';

type Owner = Ambition | Strategy | Kpi | Okr | KeyResult | Initiative;

const COMMON = ['owner', 'description'];
/** Keywords that start a non-repeatable property, per element type; `committed`/`aspirational` are one property. */
const SINGLE_PROPERTIES: Record<Owner['$type'], readonly string[]> = {
    Ambition: ['horizon', ...COMMON],
    Strategy: ['realizes', 'perspective', ...COMMON],
    Kpi: ['monitors', 'unit', 'target', 'alert', 'every', 'rewarded', 'confidential', 'baseline', ...COMMON],
    Okr: ['cycle', 'addresses', 'supports', 'committed', 'aspirational', 'status', 'confidential', 'plan', ...COMMON],
    KeyResult: ['measures', 'from', 'target', 'current', 'confidence', 'weight', 'unit', ...COMMON],
    Initiative: ['owner', 'due', 'done']
};
const SAME_PROPERTY: Record<string, string> = { aspirational: 'committed' };

const ELEMENT_WORDS: Record<Owner['$type'], (node: AstNode) => string> = {
    Ambition: n => `ambition '${(n as Ambition).name}'`,
    Strategy: n => `strategy '${(n as Strategy).name}'`,
    Kpi: n => `KPI '${(n as Kpi).name}'`,
    Okr: n => `OKR '${(n as Okr).name}'`,
    KeyResult: n => `key result ${keyResultLabel(n as KeyResult)}`,
    Initiative: n => `initiative "${(n as Initiative).title}"`
};

export function checkDuplicateProperties(node: Owner, report: Report): void {
    const single = SINGLE_PROPERTIES[node.$type];
    const cst = node.$cstNode;
    if (!isCompositeCstNode(cst)) {
        return;
    }
    const seen = new Set<string>();
    for (const child of ownChildren(cst, node)) {
        let keyword: string | undefined;
        let range = child.range;
        if (isLeafCstNode(child) && GrammarAST.isKeyword(child.grammarSource)) {
            keyword = child.grammarSource.value;
        } else if (isCompositeCstNode(child) && isPlan(child.astNode)) {
            keyword = 'plan';
            range = child.content[0]?.range ?? range;
        }
        if (keyword === undefined || !single.includes(keyword)) {
            continue;
        }
        const property = SAME_PROPERTY[keyword] ?? keyword;
        if (seen.has(property)) {
            report('duplicate-property', { node, range }, keyword, ELEMENT_WORDS[node.$type](node));
        }
        seen.add(property);
    }
}

/** The node's own tokens, and the CST nodes of its children, looking through rule calls that build no node of their own. */
function* ownChildren(cst: CompositeCstNode, node: AstNode): Generator<CstNode> {
    for (const child of cst.content) {
        if (isCompositeCstNode(child) && child.astNode === node) {
            yield* ownChildren(child, node);
        } else {
            yield child;
        }
    }
}
