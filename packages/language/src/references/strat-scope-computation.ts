import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { AstShape, WantedTypes } from '../catalogue/ast-shape.js';
import type { StratServices } from '../strat-module.js';

/**
 * All `.strat` files of a workspace share one namespace (docs/language.md#files-and-the-namespace): every named element,
 * named key results included, is exported to the global index, and there are no local scopes.
 * References then resolve through the index's name map alone, so linking stays linear in the
 * size of the workspace (the default local scopes scan every sibling for every reference).
 * Only the nodes that can carry a name are visited (ast-shape.ts).
 */
export class StratScopeComputation extends DefaultScopeComputation {
    private readonly shape: AstShape;
    private readonly named: WantedTypes;

    constructor(services: StratServices) {
        super(services);
        this.shape = services.catalogue.AstShape;
        const reflection = services.shared.AstReflection;
        this.named = type => 'name' in reflection.getTypeMetaData(type).properties;
    }

    override async collectExportedSymbols(document: LangiumDocument, _cancelToken = CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const node of this.shape.nodes(document.parseResult.value, this.named)) {
            this.addExportedSymbol(node, exports, document);
        }
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken = CancellationToken.None): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
