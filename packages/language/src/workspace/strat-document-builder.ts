import { DefaultDocumentBuilder, DocumentState, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken } from 'vscode-languageserver';

/**
 * Strat's rules look across files (a KPI in one file monitors a strategy in another; an OKR in
 * one file addresses a KPI in another), so after any change every other document is validated
 * again. Only validation is repeated: parsing, indexing and linking stay incremental.
 */
export class StratDocumentBuilder extends DefaultDocumentBuilder {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onUpdate((changed, deleted) => {
            // A change that is no .strat document (a data file nobody reads, any other file) changes nothing to check.
            if (changed.length === 0 && deleted.length === 0) return;
            const touched = new Set([...changed, ...deleted].map(uri => uri.toString()));
            for (const document of this.langiumDocuments.all) {
                if (!touched.has(document.uri.toString())) {
                    this.resetToState(document, DocumentState.IndexedReferences);
                }
            }
        });
    }

    /** Validate every document again, e.g. after the rule settings changed. */
    async revalidateAll(cancelToken = CancellationToken.None): Promise<void> {
        for (const document of this.langiumDocuments.all) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        await this.update([], [], cancelToken);
    }
}
