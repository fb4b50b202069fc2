import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Numbers may use `_` as a digit separator and end in `%` (`60%` is the number 60 with unit `%`);
 * periods keep their text, so `2030` stays a period and not a number.
 */
export class StratValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return parseStratNumber(input);
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
