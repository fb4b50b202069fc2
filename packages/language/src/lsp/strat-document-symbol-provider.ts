/**
 * The outline: top-level elements with their titles as detail; an OKR holds its key results
 * (named or not) and its plan with the initiatives; a KPI holds its actuals by period.
 * Langium's default would drop unnamed key results, plans and initiatives, which have no name.
 */
import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider, LangiumServices, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { nounsOf } from '../catalogue/element-kinds.js';
import { isKpi, isOkr, type Actual, type Initiative, type KeyResult, type Model, type Plan } from '../generated/ast.js';
import { plural } from '../model/plural.js';

export class StratDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nodeKinds: NodeKindProvider;

    constructor(services: LangiumServices) {
        this.nodeKinds = services.shared.lsp.NodeKindProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const model = document.parseResult.value as Model;
        return (model.elements ?? []).flatMap(element => {
            const children = isOkr(element)
                ? [...element.keyResults.flatMap(kr => this.keyResultSymbol(kr)), ...(element.plan ? this.planSymbol(element.plan) : [])]
                : isKpi(element) ? element.actuals.flatMap(actual => this.actualSymbol(actual)) : [];
            return this.symbol(element, element.name, element.title, 'name', children);
        });
    }

    private keyResultSymbol(kr: KeyResult): DocumentSymbol[] {
        return kr.name
            ? this.symbol(kr, kr.name, kr.title, 'name')
            : this.symbol(kr, kr.title, undefined, 'title');
    }

    private planSymbol(plan: Plan): DocumentSymbol[] {
        const keyword = GrammarUtils.findNodeForKeyword(plan.$cstNode, 'plan');
        const initiative = nounsOf('Initiative');
        return this.symbolAt(plan, keyword, 'plan', plural(plan.initiatives.length, initiative.singular, initiative.plural),
            plan.initiatives.flatMap(initiative => this.initiativeSymbol(initiative)));
    }

    private initiativeSymbol(initiative: Initiative): DocumentSymbol[] {
        const detail = [initiative.owner, initiative.due, initiative.done ? 'done' : undefined].filter(Boolean).join(' · ');
        return this.symbol(initiative, initiative.title, detail || undefined, 'title');
    }

    private actualSymbol(actual: Actual): DocumentSymbol[] {
        return this.symbol(actual, actual.period === undefined ? undefined : String(actual.period), actual.value === undefined ? undefined : String(actual.value), 'period');
    }

    private symbol(node: AstNode, name: string | undefined, detail: string | undefined, property: string, children: DocumentSymbol[] = []): DocumentSymbol[] {
        return name ? this.symbolAt(node, GrammarUtils.findNodeForProperty(node.$cstNode, property), name, detail, children) : [];
    }

    /** No symbol for a node the parser could not give a name or text (VS Code rejects empty names). */
    private symbolAt(node: AstNode, selection: CstNode | undefined, name: string, detail: string | undefined, children: DocumentSymbol[]): DocumentSymbol[] {
        const whole = node.$cstNode;
        if (!whole || !selection || name.trim() === '') {
            return [];
        }
        return [{
            name,
            detail,
            kind: this.nodeKinds.getSymbolKind(node),
            range: whole.range,
            selectionRange: selection.range,
            children: children.length > 0 ? children : undefined
        }];
    }
}
