/**
 * Who refers to an element (the OKRs that address a KPI, the KPIs that monitor a strategy…),
 * read from Langium's reference index instead of scanning every element of the workspace.
 */
import type { AstNode, AstNodeLocator, LangiumDocuments, References } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { isKeyResult, isKpi, isOkr, isStrategy, type Ambition, type KeyResult, type Kpi, type Okr, type Strategy } from '../generated/ast.js';

export class Referrers {
    private readonly references: References;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;

    constructor(services: LangiumServices) {
        this.references = services.references.References;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
    }

    /** The nodes that hold a reference to `target`, each once, in index order. */
    of(target: AstNode): AstNode[] {
        const found = new Set<AstNode>();
        for (const reference of this.references.findReferences(target, { includeDeclaration: false })) {
            const document = this.documents.getDocument(reference.sourceUri);
            const source = document && this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            if (source) {
                found.add(source);
            }
        }
        return [...found];
    }

    /** OKRs that address the KPI (`addresses` is the only OKR property naming a KPI). */
    okrsAddressing(kpi: Kpi): Okr[] {
        return this.of(kpi).filter(isOkr);
    }

    keyResultsMeasuring(kpi: Kpi): KeyResult[] {
        return this.of(kpi).filter(isKeyResult);
    }

    kpisMonitoring(strategy: Strategy): Kpi[] {
        return this.of(strategy).filter(isKpi);
    }

    strategiesRealizing(ambition: Ambition): Strategy[] {
        return this.of(ambition).filter(isStrategy);
    }

    /** OKRs that support (align to) this one. */
    okrsSupporting(okr: Okr): Okr[] {
        return this.of(okr).filter(isOkr);
    }
}
