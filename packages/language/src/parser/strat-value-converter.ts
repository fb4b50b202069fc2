import { AstUtils, DefaultValueConverter, GrammarAST, type CstNode, type ValueType } from 'langium';

/**
 * Numbers may use `_` as a digit separator and end in `%` (`60%` is the number 60 with unit `%`);
 * periods keep their text, so `2030` stays a period and not a number.
 */
export class StratValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            // A year inside a period keeps its written text (`2_030` and `02030` are not the year 2030).
            return isInPeriod(cstNode) ? input : parseStratNumber(input);
        }
        if (rule.name === 'Period') {
            return input;
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/** `12_000` → 12000, `60%` → 60, `-0.5` → -0.5. */
export function parseStratNumber(text: string): number {
    return Number(text.replace(/[_%]/g, ''));
}

function isInPeriod(cstNode: CstNode): boolean {
    const rule = cstNode.grammarSource && AstUtils.getContainerOfType(cstNode.grammarSource, GrammarAST.isParserRule);
    return rule?.name === 'Period';
}
