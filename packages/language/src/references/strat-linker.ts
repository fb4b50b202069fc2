import { DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { AstShape } from '../catalogue/ast-shape.js';
import type { StratServices } from '../strat-module.js';

/**
 * Links only the nodes that hold references (ast-shape.ts): Langium's linker visits every node
 * and awaits between them, which costs more than the linking itself in a file of many actuals.
 */
export class StratLinker extends DefaultLinker {
    private readonly shape: AstShape;

    constructor(services: StratServices) {
        super(services);
        this.shape = services.catalogue.AstShape;
    }

    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        for (const reference of this.shape.references(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            this.doLink(reference, document);
        }
    }
}
