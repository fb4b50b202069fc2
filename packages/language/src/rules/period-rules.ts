/**
 * Every period must exist: `2026-Q5`, `2026-13`, `2026-02-30`, `2025-W53` are errors, never
 * crashes. Periods are read from each node's own syntax, so a period in a property given twice
 * (where the model keeps only the last value) is checked too.
 */
import { GrammarAST, isCompositeCstNode, type AstNode, type CompositeCstNode } from 'langium';
import { parsePeriod } from '../model/periods.js';
import type { Report } from './reporter.js';

/** The periods written in this node's own syntax; those of its child nodes are checked with them. */
export function checkPeriods(node: AstNode, report: Report): void {
    if (isCompositeCstNode(node.$cstNode)) {
        checkOwnPeriods(node.$cstNode, node, report);
    }
}

function checkOwnPeriods(cst: CompositeCstNode, node: AstNode, report: Report): void {
    for (const child of cst.content) {
        if (!isCompositeCstNode(child)) {
            continue;
        }
        if (callsPeriod(child.grammarSource)) {
            const period = parsePeriod(child.text);
            if (!period.valid) {
                report('invalid-period', { node, range: child.range }, period.text, period.reason);
            }
        } else if (child.astNode === node) {
            // A rule call that builds no node of its own: its tokens are this node's.
            checkOwnPeriods(child, node, report);
        }
    }
}

/** Whether a grammar element is a call of the `Period` rule; asked for every node, answered once per element. */
function callsPeriod(source: GrammarAST.AbstractElement | undefined): boolean {
    if (!source) {
        return false;
    }
    let calls = periodCalls.get(source);
    if (calls === undefined) {
        calls = GrammarAST.isRuleCall(source) && source.rule.ref?.name === 'Period';
        periodCalls.set(source, calls);
    }
    return calls;
}

const periodCalls = new WeakMap<GrammarAST.AbstractElement, boolean>();
