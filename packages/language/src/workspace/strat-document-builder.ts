import { DefaultDocumentBuilder, DocumentState, OperationCancelled, URI, delayNextTick, type AstNode, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { StratServices } from '../strat-module.js';
import type { StratIndexManager } from './strat-index-manager.js';
import type { StratDocumentFactory } from './strat-document-factory.js';

type WorkspaceFactsProvider = StratServices['rules']['WorkspaceFacts'];

/**
 * Strat's rules look across files (a KPI in one file monitors a strategy in another; an OKR in
 * one file addresses a KPI in another), yet an edit rebuilds only what it can change
 * (docs/architecture.md#incremental-checking):
 * - the edited documents are parsed, indexed, linked and validated again;
 * - documents with a reference into them are linked again (as Langium does), and so are the
 *   documents that write a name whose definitions changed (a new duplicate, a name now defined);
 * - documents whose last validation read a workspace fact that changed (rules/workspace-facts.ts)
 *   are validated again.
 * Settings changes validate everything again (`revalidateAll`).
 */
export class StratDocumentBuilder extends DefaultDocumentBuilder {
    /** Requests waiting for the workspace to reach a state (the scorecard waits for `Validated`). */
    private readonly stateWaiters = new Set<{ state: DocumentState; reached: () => void }>();
    /** What documents exported before they were taken out of the index (name → kinds), until compared with what they export now. */
    private readonly exportedBefore = new Map<string, Map<string, string>>();
    /** The documents to relink for the changed URIs of the update under way. */
    private relinking: { changed: Set<string>; referrers: Set<string> } | undefined;

    private readonly documentFactory: StratDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory as StratDocumentFactory;
    }

    private get index(): StratIndexManager {
        return this.indexManager as StratIndexManager;
    }

    private facts(document: LangiumDocument): WorkspaceFactsProvider {
        return (this.serviceRegistry.getServices(document.uri) as StratServices).rules.WorkspaceFacts;
    }

    /** The facts of the workspace's one language, when it has documents. */
    private anyFacts(): WorkspaceFactsProvider | undefined {
        const services = this.serviceRegistry.all[0] as StratServices | undefined;
        return services?.rules.WorkspaceFacts;
    }

    /**
     * A request about a file just opened can come before the build that adds it (its folder is
     * being loaded first, for a client without a workspace root, or it lies outside the
     * workspace): Langium answers "server cancelled", and clients that do not ask again (Neovim's
     * first semantic tokens and inlay hints) stay empty. A request about an open file waits for
     * its build instead, and so does one about a file built from another text than its buffer's
     * (`behindBuffer`); cancelling the request still ends the wait.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        if (!this.textDocuments?.get(uri.toString()) || (document && !this.behindBuffer(document))) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return new Promise((resolve, reject) => {
            const end = () => [reached, removed, cancelled].forEach(listener => listener.dispose());
            const reached = this.onDocumentPhase(state, document => {
                if (document.uri.toString() === uri.toString() && !this.behindBuffer(document)) {
                    end();
                    resolve(document.uri);
                }
            });
            // Closed before any build took it (a document outside the workspace): no build will.
            const removed = this.onUpdate(() => {
                if (!this.langiumDocuments.hasDocument(uri) && !this.textDocuments?.get(uri.toString())) {
                    end();
                    reject(new ResponseError(LSPErrorCodes.ContentModified, `${uri.toString()} was closed.`));
                }
            });
            const cancelled = cancelToken.onCancellationRequested(() => {
                end();
                reject(OperationCancelled);
            });
        });
    }

    /**
     * Whether a document was parsed from another version than its open buffer's: the buffer was
     * opened or changed after the build under way read it (the file's text on disk, read by the
     * workspace's first build, or the previous keystroke). A request waits for the build that
     * takes the buffer, or it would answer about the old text at the buffer's positions.
     * (Versions, not texts: comparing two copies of a large file on every request costs.)
     */
    private behindBuffer(document: LangiumDocument): boolean {
        const buffer = this.textDocuments?.get(document.uri.toString());
        return buffer !== undefined && this.documentFactory.parsedVersion(document) !== buffer.version;
    }

    /** The cancellation token of the update under way. */
    private updateToken: CancellationToken = CancellationToken.None;

    override async update(changed: URI[], deleted: URI[], cancelToken = CancellationToken.None): Promise<void> {
        this.updateToken = cancelToken;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.updateToken = CancellationToken.None;
        }
    }

    /**
     * The edited documents are marked changed (so that a request about them waits for the new
     * text), then, before any parsing, the messages already received are let in: in a burst of
     * keystrokes the next one cancels this update before it has cost anything, and only the last
     * is built (strat-document-update-handler.ts gathers their changes).
     */
    protected override async emitUpdate(changed: URI[], deleted: URI[]): Promise<void> {
        await super.emitUpdate(changed, deleted);
        if (this.updateToken !== CancellationToken.None) await delayNextTick();
    }

    /** Validate every document again, e.g. after the rule settings changed. */
    async revalidateAll(cancelToken = CancellationToken.None): Promise<void> {
        for (const document of this.langiumDocuments.all) {
            this.resetToState(document, DocumentState.IndexedReferences);
        }
        await this.update([], [], cancelToken);
    }

    override resetToState<T extends AstNode>(document: LangiumDocument<T>, state: DocumentState): void {
        const uri = document.uri.toString();
        if (state <= DocumentState.Parsed && !this.exportedBefore.has(uri)) {
            this.exportedBefore.set(uri, this.index.exportSignature(uri));
        }
        super.resetToState(document, state);
    }

    protected override cleanUpDeleted<T extends AstNode>(document: LangiumDocument<T>): void {
        const uri = document.uri.toString();
        if (!this.exportedBefore.has(uri)) {
            this.exportedBefore.set(uri, this.index.exportSignature(uri));
        }
        this.facts(document).documentDeleted(uri);
        super.cleanUpDeleted(document);
    }

    /**
     * Relinks the documents with a reference into a changed document (found through the index's
     * reverse map, not by asking every document). Unlike Langium, a document with an unresolved
     * reference is not relinked on every edit: it is when the name it writes gets defined
     * (see `relinkForNames`).
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.relinking?.changed !== changedUris) {
            this.relinking = { changed: changedUris, referrers: this.index.referrersOf(changedUris) };
        }
        return this.relinking.referrers.has(document.uri.toString());
    }

    /**
     * Langium asks this of every document on every update, looking up each one's services: a
     * completed build that ran the requested categories (or, with no record, all of them, as
     * Langium counts it) is answered here without that.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const state = this.buildState.get(document.uri.toString());
        if (state?.completed) {
            const executed = state.result?.validationChecks;
            const requested = typeof options?.validation === 'object' ? options.validation.categories : undefined;
            if (executed === undefined || (requested !== undefined && requested.every(category => executed.includes(category)))) return false;
        }
        return super.resultsAreIncomplete(document, options);
    }

    /**
     * Langium's build (its phases, unchanged), with two steps added: after indexing, the documents
     * that write a name whose definitions changed join the build to be linked again; after
     * linking, the documents whose facts changed join it to be validated again.
     */
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        this.relinking = undefined;
        this.prepareBuild(documents, options);
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        await this.runCancelable(documents, DocumentState.IndexedContent, cancelToken, doc => this.indexManager.updateContent(doc, cancelToken));
        documents = this.join(documents, this.relinkForNames(), DocumentState.ComputedScopes, options);
        await this.runCancelable(documents, DocumentState.ComputedScopes, cancelToken, async doc => {
            const scopeComputation = this.serviceRegistry.getServices(doc.uri).references.ScopeComputation;
            doc.localSymbols = await scopeComputation.collectLocalSymbols(doc, cancelToken);
        });
        const toBeLinked = documents.filter(doc => this.shouldLink(doc));
        await this.runCancelable(toBeLinked, DocumentState.Linked, cancelToken, doc => {
            // Linked again, the document says what it says to other documents again (the facts compare).
            this.facts(doc).documentChanged(doc.uri.toString());
            const linker = this.serviceRegistry.getServices(doc.uri).references.Linker;
            return linker.link(doc, cancelToken);
        });
        await this.runCancelable(toBeLinked, DocumentState.IndexedReferences, cancelToken, doc => this.indexManager.updateReferences(doc, cancelToken));
        documents = this.join(documents, this.revalidateForFacts(), DocumentState.IndexedReferences, options);
        const toBeValidated = documents.filter(doc => {
            if (this.shouldValidate(doc)) {
                return true;
            }
            this.markAsCompleted(doc);
            return false;
        });
        await this.runCancelable(toBeValidated, DocumentState.Validated, cancelToken, async doc => {
            await this.validate(doc, cancelToken);
            this.markAsCompleted(doc);
        });
    }

    /** The documents that write a name some indexed document exports differently now than before its edit. */
    private relinkForNames(): Set<string> {
        const names = new Set<string>();
        for (const [uri, before] of this.exportedBefore) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            if (document && document.state < DocumentState.IndexedContent) continue; // not indexed yet: compared once it is
            this.exportedBefore.delete(uri);
            const after = document ? this.index.exportSignature(uri) : new Map<string, string>();
            for (const name of new Set([...before.keys(), ...after.keys()])) {
                if (before.get(name) !== after.get(name)) names.add(name);
            }
        }
        return names.size === 0 ? names : this.index.writersOf(names);
    }

    /** The documents whose validation read a workspace fact that changed. */
    private revalidateForFacts(): Set<string> {
        const facts = this.anyFacts();
        return facts ? facts.readersOfKeys(facts.takeChangedKeys()) : new Set();
    }

    /** The build's documents, and these others brought back to `state` (if they are past it) to be built with them. */
    private join(documents: LangiumDocument[], uris: Set<string>, state: DocumentState, options: BuildOptions): LangiumDocument[] {
        if (uris.size === 0) return documents;
        const inBuild = new Set(documents.map(doc => doc.uri.toString()));
        const reset: LangiumDocument[] = [];
        const joining: LangiumDocument[] = [];
        for (const uri of uris) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            if (!document || document.state <= state) continue;
            this.resetToState(document, state);
            reset.push(document);
            if (!inBuild.has(uri)) joining.push(document);
        }
        // A reset document has lost its build options: it is built with this build's.
        this.prepareBuild(reset, options);
        return joining.length === 0 ? documents : [...documents, ...joining];
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
