import { DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { AstShape } from '../catalogue/ast-shape.js';
import type { StratServices } from '../strat-module.js';

/** Indexes the references of only the nodes that hold some (ast-shape.ts), as the linker links them. */
export class StratReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly shape: AstShape;

    constructor(services: StratServices) {
        super(services);
        this.shape = services.catalogue.AstShape;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        for (const reference of this.shape.references(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            if (!reference.reference.error) {
                for (const description of this.createInfoDescriptions(reference)) {
                    descriptions.push(description);
                }
            }
        }
        return descriptions;
    }
}
