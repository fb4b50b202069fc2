/**
 * What the workspace does when the client opens, edits, closes a document or a file changes on
 * disk (docs/decisions.md#editor):
 * - an open buffer, saved or not, untitled or not, is part of the workspace while it is open;
 * - closing a buffer goes back to the file on disk when the file is one of the workspace's
 *   (`.strat` under a workspace folder), and otherwise takes the document out of the workspace
 *   (untitled buffers, files from elsewhere, files deleted meanwhile);
 * - a file deleted on disk while its buffer is open stays until the buffer is closed;
 * - a build that fails is logged in one line and the server carries on.
 */
import { URI, UriUtils, type FileSystemProvider, type LangiumDocuments, type TextDocument } from 'langium';
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
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            .catch(error => console.error(`Strat could not update the workspace: ${errorLine(error)}`));
    }

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
