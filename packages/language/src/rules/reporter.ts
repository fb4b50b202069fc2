import { AstUtils, type AstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import { isOkr } from '../generated/ast.js';
import { propertyNode } from '../model/ast-text.js';
import { okrStatus } from '../scorecard/objective-score.js';
import type { Range } from 'vscode-languageserver';
import { RULES, ruleDocLink, ruleMessage, type RuleArgs, type RuleCode } from '../diagnostics/rule-table.js';

/** Where a diagnostic goes: a node and, to narrow it, a property, keyword or explicit range. */
export type Place<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'codeDescription' | 'data'>;

/** Reports one rule's finding with its default severity and message from the rule table. */
export type Report = <C extends RuleCode, N extends AstNode>(code: C, place: Place<N>, ...args: RuleArgs<C>) => void;

export function createReporter(accept: ValidationAcceptor): Report {
    // Rules report several findings at one place (a KPI's name): its range is found once, and shared.
    let last: { node: AstNode; property: string; index: number | undefined; range: Range | undefined } | undefined;
    const propertyRange = (node: AstNode, property: string, index: number | undefined): Range | undefined => {
        if (last?.node !== node || last.property !== property || last.index !== index) {
            last = { node, property, index, range: propertyNode(node, property, index)?.range };
        }
        return last.range;
    };
    return (code, place, ...args) => {
        const rule = RULES[code];
        // A draft OKR is exempt from the rules that do not say otherwise (docs/language.md#diagnostics).
        if (!rule.checkedInDraftOkrs && isInDraftOkr(place.node)) {
            return;
        }
        accept(rule.severity, ruleMessage(code, ...args), {
            ...place,
            // Found here, stopping at the property (Langium would read every child of the node first).
            range: place.range ?? (typeof place.property === 'string' ? propertyRange(place.node, place.property, place.index) : undefined),
            code,
            codeDescription: ruleDocLink(code)
        } as DiagnosticInfo<typeof place.node>);
    };
}

function isInDraftOkr(node: AstNode): boolean {
    const okr = AstUtils.getContainerOfType(node, isOkr);
    return okr !== undefined && okrStatus(okr) === 'draft';
}
