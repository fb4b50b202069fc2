/**
 * Every period must exist: `2026-Q5`, `2026-13`, `2026-02-30`, `2025-W53` are errors, never
 * crashes. Periods are read from the syntax tree, so a period in a property given twice (where
 * the model keeps only the last value) is checked too.
 */
import { CstUtils, GrammarAST, isCompositeCstNode, type AstNode } from 'langium';
import { parsePeriod } from '../model/periods.js';
import type { Report } from './reporter.js';

export function checkPeriods(root: AstNode, report: Report): void {
    for (const cst of CstUtils.streamCst(root.$cstNode!)) {
        if (isCompositeCstNode(cst) && GrammarAST.isRuleCall(cst.grammarSource) && cst.grammarSource.rule.ref?.name === 'Period') {
            const period = parsePeriod(cst.text);
            if (!period.valid) {
                report('invalid-period', { node: cst.astNode, range: cst.range }, period.text, period.reason);
            }
        }
    }
}
