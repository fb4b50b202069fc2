/**
 * Loads every .strat file of the workspace roots at start and validates them all (the rules look
 * across files, and the Problems panel should show the whole strategy), with a progress
 * notification in the editor when the workspace is large. The one place that decides the
 * workspace roots (workspace-roots.ts): the others read `roots` or follow `onRootsChange`.
 */
import { DefaultWorkspaceManager, DocumentState, Emitter, URI, UriUtils, type BuildOptions, type Event, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { errorLine } from './error-line.js';
import { canScanFolders } from './strat-folder-scan.js';
import { CancellationToken, type InitializeParams, type WorkspaceFolder } from 'vscode-languageserver';
import { clientRoots, isInRoot, openedFileRoot, type WorkspaceRoot } from './workspace-roots.js';
import type { StratServices } from '../strat-module.js';

/** Below this many files the start is quick enough that a progress notification would only flicker. */
export const PROGRESS_THRESHOLD = 50;

export class StratWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
    private rootList: WorkspaceRoot[] = [];
    /** True when the client gave no root: each file opened outside the roots brings its folder (workspace-roots.ts). */
    private rootsFromOpenedFiles = false;
    private readonly rootsChange = new Emitter<URI[]>();

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
    }

    /** The workspace roots' folders. */
    get roots(): URI[] {
        return this.rootList.map(root => root.folder);
    }

    /**
     * The folders the client chose as its workspace (empty when it gave none): the search for a
     * document's strat.json stops there. A folder taken from an opened file is no such choice,
     * so there the search goes on upward as `strat check` does (docs/language.md#project-configuration).
     */
    get clientFolders(): URI[] {
        return this.rootsFromOpenedFiles ? [] : this.roots;
    }

    /** Fired with every root when a root is added (at start, or when a file opened brings its folder). */
    get onRootsChange(): Event<URI[]> {
        return this.rootsChange.event;
    }

    override initialize(params: InitializeParams): void {
        const given = clientRoots(params);
        this.rootsFromOpenedFiles = given.length === 0;
        this.setRoots(given.map(folder => ({ folder: URI.parse(folder.uri), deep: true })));
    }

    /**
     * Whether a file is one of the workspace's own: a `.strat` file in a workspace root that the
     * folder scan takes (not under a hidden folder or `node_modules`). Closing its buffer goes
     * back to the file on disk; any other document leaves the workspace when closed.
     */
    isWorkspaceFile(uri: URI): boolean {
        if (!this.serviceRegistry.hasServices(uri) || uri.scheme !== 'file') {
            return false;
        }
        return this.rootList.some(root => isInRoot(uri, root));
    }

    /**
     * A file was opened: when the client gave no root and the file is in none yet, its folder
     * becomes one (workspace-roots.ts). Returns the `.strat` files that root brings, not yet loaded.
     */
    async adoptFolderOf(file: URI): Promise<URI[]> {
        if (!this.rootsFromOpenedFiles || file.scheme !== 'file' || !this.serviceRegistry.hasServices(file) || this.isWorkspaceFile(file)) {
            return [];
        }
        const settings = (this.serviceRegistry.getServices(file) as StratServices).config.Settings;
        const fileSystem = this.fileSystemProvider;
        const root = openedFileRoot(file, settings.projectFileOf(file)?.uri, folder => canScanFolders(fileSystem) && fileSystem.tooBroadToScan(folder));
        if (this.rootList.some(known => known.folder.toString() === root.folder.toString())) {
            return [];
        }
        this.setRoots([...this.rootList, root]);
        const uris: URI[] = [];
        if (root.deep) {
            await this.traverseFolder(root.folder, uris);
        } else {
            await this.filesIn(root.folder, uris);
        }
        return uris.filter(uri => !this.langiumDocuments.hasDocument(uri));
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

    /** The `.strat` files directly in a folder (a root scanned without its subfolders). */
    private async filesIn(folder: URI, uris: URI[]): Promise<void> {
        // A folder that cannot be read (a new file's, not yet on disk) holds nothing to load.
        const entries = await this.fileSystemProvider.readDirectory(folder).catch(() => []);
        uris.push(...entries.filter(entry => entry.isFile && !UriUtils.basename(entry.uri).startsWith('.') && this.serviceRegistry.hasServices(entry.uri)).map(entry => entry.uri));
    }

    private setRoots(roots: WorkspaceRoot[]): void {
        this.rootList = roots;
        // Langium's own reading of the folders (and the scorecard comparison's) sees the same roots.
        this.folders = roots.map((root): WorkspaceFolder => ({ uri: root.folder.toString(), name: UriUtils.basename(root.folder) }));
        this.rootsChange.fire(this.roots);
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
