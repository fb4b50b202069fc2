/**
 * Symbol and completion kinds per element type, so outlines, workspace symbols and completion
 * lists show what each name is. They match the semantic token types where LSP has an equivalent
 * (ambition ~ namespace, strategy ~ class, OKR ~ function, key result ~ property); a KPI is a
 * measured value over time, hence a variable.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import type { StratAstType } from '../generated/ast.js';

type Kinds = readonly [SymbolKind, CompletionItemKind];

const KINDS: ReadonlyMap<string, Kinds> = new Map<keyof StratAstType, Kinds>([
    ['Ambition', [SymbolKind.Namespace, CompletionItemKind.Module]],
    ['Strategy', [SymbolKind.Class, CompletionItemKind.Class]],
    ['Kpi', [SymbolKind.Variable, CompletionItemKind.Variable]],
    ['Okr', [SymbolKind.Function, CompletionItemKind.Function]],
    ['KeyResult', [SymbolKind.Property, CompletionItemKind.Property]],
    ['Plan', [SymbolKind.Array, CompletionItemKind.Folder]],
    ['Initiative', [SymbolKind.Event, CompletionItemKind.Event]],
    ['Actual', [SymbolKind.Number, CompletionItemKind.Value]]
]);

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
    return KINDS.get(type) ?? FALLBACK;
}
