/**
 * Symbol and completion kinds per element type, so outlines, workspace symbols and completion
 * lists show what each name is. They match the semantic token types where LSP has an equivalent
 * (ambition ~ namespace, strategy ~ class, OKR ~ function, key result ~ property); a KPI is a
 * measured value over time, hence a variable.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { isElementType, type ElementType } from '../catalogue/element-kinds.js';

type Kinds = readonly [SymbolKind, CompletionItemKind];

/** One entry per element kind of the catalogue: the compiler asks for one when a kind is added. */
const KINDS: Readonly<Record<ElementType, Kinds>> = {
    Ambition: [SymbolKind.Namespace, CompletionItemKind.Module],
    Strategy: [SymbolKind.Class, CompletionItemKind.Class],
    Kpi: [SymbolKind.Variable, CompletionItemKind.Variable],
    Actual: [SymbolKind.Number, CompletionItemKind.Value],
    ActualsSource: [SymbolKind.File, CompletionItemKind.File],
    Okr: [SymbolKind.Function, CompletionItemKind.Function],
    KeyResult: [SymbolKind.Property, CompletionItemKind.Property],
    Checkin: [SymbolKind.Number, CompletionItemKind.Value],
    Plan: [SymbolKind.Array, CompletionItemKind.Folder],
    Initiative: [SymbolKind.Event, CompletionItemKind.Event]
};

const FALLBACK: Kinds = [SymbolKind.Field, CompletionItemKind.Reference];

export class StratNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return kindsOf(node)[0];
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return kindsOf(node)[1];
    }
}

function kindsOf(node: AstNode | AstNodeDescription): Kinds {
    const type = '$type' in node ? node.$type : node.type;
    return isElementType(type) ? KINDS[type] : FALLBACK;
}
