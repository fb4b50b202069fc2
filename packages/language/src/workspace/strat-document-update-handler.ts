/**
 * What the workspace does when the client opens, edits, closes a document or a file changes on
 * disk (docs/decisions.md#editor):
 * - an open buffer, saved or not, untitled or not, is part of the workspace while it is open;
 * - closing a buffer goes back to the file on disk when the file is one of the workspace's
 *   (`.strat` under a workspace folder), and otherwise takes the document out of the workspace
 *   (untitled buffers, files from elsewhere, files deleted meanwhile);
 * - a file deleted on disk while its buffer is open stays until the buffer is closed;
 * - changes that arrive while a build runs or waits are gathered into the next build: a burst of
 *   keystrokes is built once, from the latest text, and the build under way is cancelled;
 * - a build that fails is logged in one line and the server carries on;
 * - when the client gave no workspace root, a file opened brings its folder's `.strat` files
 *   (workspace-roots.ts), built together with the file, so its references resolve at once.
 */
import { DocumentState, URI, UriUtils, delayNextTick, type FileSystemProvider, type LangiumDocuments, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { FileChangeType, type DidChangeWatchedFilesParams, type TextDocumentChangeEvent } from 'vscode-languageserver';
import type { StratWorkspaceManager } from './strat-workspace-manager.js';
import { errorLine } from './error-line.js';

export class StratDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];
    private readonly fileSystem: FileSystemProvider;
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
        this.fileSystem = services.workspace.FileSystemProvider;
        this.documents = services.workspace.LangiumDocuments;
    }

    didOpenDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const adopted = (this.workspaceManager as StratWorkspaceManager).adoptFolderOf(URI.parse(event.document.uri))
            .then(uris => uris.length > 0 && this.fireDocumentUpdate(uris, []))
            .catch(error => console.error(`Strat could not load the folder of ${event.document.uri}: ${errorLine(error)}`));
        this.adopting = Promise.all([this.adopting, adopted]).then(() => undefined);
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        void this.backToDisk(uri).then(onDisk => {
            if (this.isOpen(uri.toString())) {
                return; // opened again meanwhile: the buffer is what counts
            }
            this.fireDocumentUpdate(onDisk ? [uri] : [], onDisk ? [] : [uri]);
        });
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        // A buffer outlives its file: the text the writer sees stays in the workspace until closed.
        const changes = params.changes.filter(change => change.type !== FileChangeType.Deleted || !this.isOpen(change.uri));
        super.didChangeWatchedFiles({ ...params, changes });
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        // The latest word on a URI wins: changed after deleted is changed, and the reverse.
        for (const uri of changed) {
            this.pending.deleted.delete(uri.toString());
            this.pending.changed.set(uri.toString(), uri);
        }
        for (const uri of deleted) {
            this.pending.changed.delete(uri.toString());
            this.pending.deleted.set(uri.toString(), uri);
        }
        // A build already queued takes these changes (queueing it cancelled the one under way).
        if (this.queued) return;
        this.queued = true;
        Promise.all([this.workspaceManager.ready, this.adopting])
            .then(() => this.workspaceLock.write(async token => {
                this.queued = false;
                const taken = this.pending;
                this.pending = { changed: new Map(), deleted: new Map() };
                // In a burst the edited documents are already marked changed (requests about them wait):
                // the messages already received are let in first, and if one brings a newer change,
                // its build takes these changes too and this one ends without having cost anything.
                if (taken.deleted.size === 0 && [...taken.changed.values()].every(uri => this.documents.getDocument(uri)?.state === DocumentState.Changed)) {
                    await delayNextTick();
                    if (token.isCancellationRequested) {
                        taken.changed.forEach((uri, key) => this.pending.changed.has(key) || this.pending.deleted.has(key) || this.pending.changed.set(key, uri));
                        // Cancelled by another kind of write (a data file, the settings): these changes still need a build.
                        if (!this.queued) this.fireDocumentUpdate([], []);
                        return;
                    }
                }
                return this.documentBuilder.update([...taken.changed.values()], [...taken.deleted.values()], token);
            }))
            .catch(error => {
                this.queued = false;
                console.error(`Strat could not update the workspace: ${errorLine(error)}`);
            });
    }

    /** Changes not yet handed to a build (see `fireDocumentUpdate`). */
    private pending = { changed: new Map<string, URI>(), deleted: new Map<string, URI>() };
    /** Folders being loaded for files just opened: the next build waits for them and takes their files. */
    private adopting: Promise<void> = Promise.resolve();
    /** Whether a build that will take the pending changes is waiting for its turn. */
    private queued = false;

    /** Whether a closed buffer's document goes back to the file on disk (rather than leaving the workspace). */
    private async backToDisk(uri: URI): Promise<boolean> {
        if (!this.documents.hasDocument(uri) || !(this.workspaceManager as StratWorkspaceManager).isWorkspaceFile(uri)) {
            return false;
        }
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }

    private isOpen(uri: string): boolean {
        return this.textDocuments.get(UriUtils.normalize(uri)) !== undefined;
    }
}
