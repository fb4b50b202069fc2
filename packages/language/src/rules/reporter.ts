import { AstUtils, type AstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import { isOkr } from '../generated/ast.js';
import { propertyNode } from '../model/ast-text.js';
import { okrStatus } from '../scorecard/objective-score.js';
import { RULES, ruleDocUrl, ruleMessage, type RuleArgs, type RuleCode } from '../diagnostics/rule-table.js';

/** Where a diagnostic goes: a node and, to narrow it, a property, keyword or explicit range. */
export type Place<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'codeDescription' | 'data'>;

/** Reports one rule's finding with its default severity and message from the rule table. */
export type Report = <C extends RuleCode, N extends AstNode>(code: C, place: Place<N>, ...args: RuleArgs<C>) => void;

/** One link object per code, shared by its findings (a broken file can have hundreds of thousands). */
const docLinks = new Map<RuleCode, { readonly href: string }>();
function docLink(code: RuleCode): { readonly href: string } {
    const link = Object.freeze({ href: ruleDocUrl(code) });
    docLinks.set(code, link);
    return link;
}

export function createReporter(accept: ValidationAcceptor): Report {
    return (code, place, ...args) => {
        const rule = RULES[code];
        // A draft OKR is exempt from the rules that do not say otherwise (docs/language.md#diagnostics).
        if (!rule.checkedInDraftOkrs && isInDraftOkr(place.node)) {
            return;
        }
        accept(rule.severity, ruleMessage(code, ...args), {
            ...place,
            // Found here, stopping at the property (Langium would read every child of the node first).
            range: place.range ?? (typeof place.property === 'string' ? propertyNode(place.node, place.property, place.index)?.range : undefined),
            code,
            codeDescription: docLinks.get(code) ?? docLink(code)
        } as DiagnosticInfo<typeof place.node>);
    };
}

function isInDraftOkr(node: AstNode): boolean {
    const okr = AstUtils.getContainerOfType(node, isOkr);
    return okr !== undefined && okrStatus(okr) === 'draft';
}
