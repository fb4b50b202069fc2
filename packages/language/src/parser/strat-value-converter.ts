import { AstUtils, DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueType } from 'langium';

/**
 * Numbers may use `_` as a digit separator and end in `%` (`60%` is the number 60 with unit `%`);
 * periods keep their text, so `2030` stays a period and not a number.
 *
 * Every token of a file passes through here, so what depends only on the grammar element that
 * read it (which rule, whether inside a period) is worked out once per grammar element.
 */
export class StratValueConverter extends DefaultValueConverter {
    private readonly ruleOf = new WeakMap<GrammarAST.AbstractElement, GrammarAST.AbstractRule | undefined>();
    private readonly inPeriod = new WeakMap<GrammarAST.AbstractElement, boolean>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const source = cstNode.grammarSource;
        if (!source) {
            return super.convert(input, cstNode);
        }
        let rule = this.ruleOf.get(source);
        if (rule === undefined && !this.ruleOf.has(source)) {
            const feature = GrammarAST.isCrossReference(source) ? GrammarUtils.getCrossReferenceTerminal(source) : source;
            rule = GrammarAST.isRuleCall(feature) ? feature.rule.ref : undefined;
            this.ruleOf.set(source, rule);
        }
        return rule ? this.runConverter(rule, input, cstNode) : input;
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            // A year inside a period keeps its written text (`2_030` and `02030` are not the year 2030).
            case 'NUMBER': return this.isInPeriod(cstNode) ? input : parseStratNumber(input);
            case 'Period': return input;
            case 'STRING': return input.includes('\\') ? ValueConverter.convertString(input) : input.slice(1, -1);
            default: return super.runConverter(rule, input, cstNode);
        }
    }

    private isInPeriod(cstNode: CstNode): boolean {
        const source = cstNode.grammarSource;
        if (!source) {
            return false;
        }
        let inPeriod = this.inPeriod.get(source);
        if (inPeriod === undefined) {
            inPeriod = AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name === 'Period';
            this.inPeriod.set(source, inPeriod);
        }
        return inPeriod;
    }
}

/** `12_000` → 12000, `60%` → 60, `-0.5` → -0.5. */
export function parseStratNumber(text: string): number {
    return Number(/[_%]/.test(text) ? text.replace(/[_%]/g, '') : text);
}
