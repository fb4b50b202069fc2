/**
 * Loads every .strat file of the workspace folders at start and validates them all (the rules look
 * across files, and the Problems panel should show the whole strategy), with a progress
 * notification in the editor when the workspace is large.
 */
import { DefaultWorkspaceManager, DocumentState, URI, type BuildOptions, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { errorLine } from './error-line.js';
import { canScanFolders } from './strat-folder-scan.js';
import { CancellationToken, type WorkspaceFolder } from 'vscode-languageserver';

/** Below this many files the start is quick enough that a progress notification would only flicker. */
export const PROGRESS_THRESHOLD = 50;

export class StratWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
    }

    /**
     * Whether a file is one of the workspace's own: a `.strat` file under a workspace folder that
     * the folder scan takes (not under a hidden folder or `node_modules`). Closing its buffer goes
     * back to the file on disk; any other document leaves the workspace when closed.
     */
    isWorkspaceFile(uri: URI): boolean {
        if (!this.serviceRegistry.hasServices(uri) || uri.scheme !== 'file') {
            return false;
        }
        return (this.folders ?? []).some(folder => {
            const base = URI.parse(folder.uri).path.replace(/\/+$/, '') + '/';
            return uri.path.startsWith(base) && uri.path.slice(base.length).split('/').every(segment => !segment.startsWith('.') && segment !== 'node_modules');
        });
    }

    /** The folder's `.strat` files as the CLI finds them, when the file system can say (strat-folder-scan.ts). */
    protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        if (!canScanFolders(this.fileSystemProvider)) {
            return super.traverseFolder(folder, uris);
        }
        try {
            uris.push(...await this.fileSystemProvider.stratFiles(folder));
        } catch (error) {
            console.error(`Strat could not read the folder ${folder.fsPath}: ${errorLine(error)}`);
        }
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken = CancellationToken.None): Promise<void> {
        const documents = await this.performStartup(folders);
        const connection = this.shared.lsp.Connection;
        const progress = connection && documents.length >= PROGRESS_THRESHOLD
            ? await connection.window.createWorkDoneProgress().catch(() => undefined)
            : undefined;
        progress?.begin('Strat', 0, `Checking ${documents.length} .strat files…`, false);
        try {
            await this.buildWithProgress(documents, cancelToken, (done, message) => progress?.report(done, message));
        } finally {
            progress?.done();
        }
    }

    private async buildWithProgress(documents: LangiumDocument[], cancelToken: CancellationToken, report: (percent: number, message: string) => void): Promise<void> {
        const phases = this.shared.workspace.DocumentBuilder;
        const listeners = [
            phases.onBuildPhase(DocumentState.IndexedContent, () => report(30, 'Indexing names…')),
            phases.onBuildPhase(DocumentState.Linked, () => report(60, 'Linking references…')),
            phases.onBuildPhase(DocumentState.IndexedReferences, () => report(80, 'Checking rules…'))
        ];
        try {
            await phases.build(documents, this.initialBuildOptions, cancelToken);
        } finally {
            listeners.forEach(listener => listener.dispose());
        }
    }
}
