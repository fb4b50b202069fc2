import { AstUtils, DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { CancellationToken } from 'vscode-languageserver';

/**
 * All `.strat` files of a workspace share one namespace (docs/language.md#files-and-the-namespace): every named element,
 * named key results included, is exported to the global index, and there are no local scopes.
 * References then resolve through the index's name map alone, so linking stays linear in the
 * size of the workspace (the default local scopes scan every sibling for every reference).
 */
export class StratScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken = CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
            this.addExportedSymbol(node, exports, document);
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken = CancellationToken.None): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
