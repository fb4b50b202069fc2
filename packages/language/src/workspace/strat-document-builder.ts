import { DefaultDocumentBuilder, DocumentState, OperationCancelled, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken } from 'vscode-languageserver';

/**
 * Strat's rules look across files (a KPI in one file monitors a strategy in another; an OKR in
 * one file addresses a KPI in another), so after any change every other document is validated
 * again. Only validation is repeated: parsing, indexing and linking stay incremental.
 */
export class StratDocumentBuilder extends DefaultDocumentBuilder {
    /** Requests waiting for the workspace to reach a state (the scorecard waits for `Validated`). */
    private readonly stateWaiters = new Set<{ state: DocumentState; reached: () => void }>();

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

    /**
     * Langium tells build-phase listeners only of a phase that processed documents, so a waiter
     * would wait for ever after an update with nothing to rebuild (a saved data file that no KPI
     * reads). Waiters are told here of every state the workspace reaches, with documents or not.
     */
    protected override async runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken, callback: (document: LangiumDocument) => unknown): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, callback);
        for (const waiter of [...this.stateWaiters]) {
            if (this.currentState >= waiter.state) waiter.reached();
        }
    }

    protected override awaitBuilderState(state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (this.currentState >= state) return Promise.resolve();
        if (cancelToken.isCancellationRequested) return Promise.reject(OperationCancelled);
        return new Promise((resolve, reject) => {
            const settle = (): void => {
                this.stateWaiters.delete(waiter);
                cancelled.dispose();
            };
            const waiter = { state, reached: () => { settle(); resolve(); } };
            const cancelled = cancelToken.onCancellationRequested(() => { settle(); reject(OperationCancelled); });
            this.stateWaiters.add(waiter);
        });
    }
}
