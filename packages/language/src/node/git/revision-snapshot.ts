/**
 * A repository's files at one commit, seen where they sit in the working tree: a read-only file
 * system (for `strat.json`) and data-file access (for `actuals from`) over the commit's tree, so
 * a workspace built at a revision reads its project settings and data files as they were then,
 * not as they are on disk. `.strat` files and `strat.json` files are read at once (they are small
 * and read synchronously); data files only when a KPI reads them.
 */
import * as path from 'node:path';
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { DataFileAccess } from '../../data/data-files.js';
import { readDataFile } from '../../data/read-data-file.js';
import { STRAT_JSON } from '../../config/strat-json.js';
import { listTree, readBlobs, type TreeEntry } from './git.js';
import { selectStratFiles } from './revision-files.js';

const FILE_MODES = new Set(['100644', '100755']);

export interface RevisionSnapshotOptions {
    /** The repository's top folder, as git names it (`rev-parse --show-toplevel`). */
    root: string;
    commit: string;
    /** Where the repository's top folder is seen in the working tree (the same as `root` unless reached through a link). */
    visibleRoot?: string;
    /** The paths whose `.strat` files to read, relative to the top folder with `/` (`''` for all). */
    targets: readonly string[];
}

export class RevisionSnapshot {
    /** Repository path → its file entry (regular files only). */
    private readonly files = new Map<string, TreeEntry>();
    /** Repository paths of the folders that hold files. */
    private readonly folders = new Set<string>(['']);
    private readonly texts = new Map<string, string>();
    private readonly blobs = new Map<string, Uint8Array>();

    private constructor(
        readonly root: string,
        readonly commit: string,
        readonly visibleRoot: string,
        entries: readonly TreeEntry[],
        /** The `.strat` files chosen, in path order. */
        readonly stratPaths: readonly string[],
    ) {
        for (const entry of entries) {
            if (entry.type !== 'blob' || !FILE_MODES.has(entry.mode)) continue;
            this.files.set(entry.path, entry);
            const parts = entry.path.split('/');
            for (let i = 1; i < parts.length; i++) this.folders.add(parts.slice(0, i).join('/'));
        }
    }

    static async read(options: RevisionSnapshotOptions): Promise<RevisionSnapshot> {
        const entries = await listTree(options.root, options.commit);
        const chosen = selectStratFiles(entries, options.targets).map(entry => entry.path);
        const snapshot = new RevisionSnapshot(options.root, options.commit, options.visibleRoot ?? options.root, entries, chosen);
        const eager = [...snapshot.files.values()].filter(entry => chosen.includes(entry.path) || path.posix.basename(entry.path) === STRAT_JSON);
        const contents = await readBlobs(options.root, eager.map(entry => entry.oid));
        for (const entry of eager) snapshot.texts.set(entry.path, stripBom((contents.get(entry.oid) ?? Buffer.alloc(0)).toString('utf8')));
        return snapshot;
    }

    /** The chosen `.strat` files as documents: their working-tree URIs and their text at the commit. */
    stratSources(): Array<{ uri: URI; text: string }> {
        return this.stratPaths.map(repoPath => ({ uri: URI.file(this.visiblePath(repoPath)), text: this.texts.get(repoPath) ?? '' }));
    }

    /** A file system that answers from the commit (`.git` exists at the top folder, so the strat.json search stops there). */
    fileSystem(): FileSystemProvider {
        return new RevisionFileSystem(this);
    }

    /** Data files read from the commit, with the same readers as on disk. */
    dataAccess(): DataFileAccess {
        return {
            realPath: p => (this.fileAt(p) || this.folderAt(p) ? path.resolve(p) : undefined),
            stat: p => {
                const entry = this.fileAt(p);
                if (entry) return { size: entry.size, mtimeMs: 0, isFile: true };
                return this.folderAt(p) ? { size: 0, mtimeMs: 0, isFile: false } : undefined;
            },
            read: async p => this.bytes(p),
            parse: (format, bytes, sheet) => readDataFile(bytes, format, { sheet })
        };
    }

    /** The repository path of a working-tree path, or undefined outside the repository. */
    repoPath(fsPath: string): string | undefined {
        const relative = path.relative(this.visibleRoot, path.resolve(fsPath));
        if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
        return relative.split(path.sep).join('/');
    }

    fileAt(fsPath: string): TreeEntry | undefined {
        const repoPath = this.repoPath(fsPath);
        return repoPath === undefined ? undefined : this.files.get(repoPath);
    }

    folderAt(fsPath: string): boolean {
        const repoPath = this.repoPath(fsPath);
        return repoPath !== undefined && this.folders.has(repoPath);
    }

    isGitFolder(fsPath: string): boolean {
        return this.repoPath(fsPath) === '.git';
    }

    textAt(fsPath: string): string | undefined {
        const entry = this.fileAt(fsPath);
        return entry ? this.texts.get(entry.path) : undefined;
    }

    async bytes(fsPath: string): Promise<Uint8Array> {
        const entry = this.fileAt(fsPath);
        if (!entry) throw Object.assign(new Error(`No such file at ${this.commit.slice(0, 7)}: ${fsPath}`), { code: 'ENOENT' });
        const cached = this.blobs.get(entry.oid);
        if (cached) return cached;
        const bytes = new Uint8Array((await readBlobs(this.root, [entry.oid])).get(entry.oid) ?? Buffer.alloc(0));
        this.blobs.set(entry.oid, bytes);
        return bytes;
    }

    private visiblePath(repoPath: string): string {
        return path.join(this.visibleRoot, ...repoPath.split('/'));
    }
}

/** Langium's file system over a snapshot: synchronous reads for what was read at once (.strat, strat.json). */
class RevisionFileSystem implements FileSystemProvider {
    constructor(private readonly snapshot: RevisionSnapshot) {}

    statSync(uri: URI): FileSystemNode {
        if (this.snapshot.fileAt(uri.fsPath)) return { isFile: true, isDirectory: false, uri };
        if (this.snapshot.folderAt(uri.fsPath) || this.snapshot.isGitFolder(uri.fsPath)) return { isFile: false, isDirectory: true, uri };
        throw missing(uri);
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.snapshot.fileAt(uri.fsPath) !== undefined || this.snapshot.folderAt(uri.fsPath) || this.snapshot.isGitFolder(uri.fsPath);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.snapshot.textAt(uri.fsPath);
        if (text === undefined) throw missing(uri);
        return text;
    }

    async readFile(uri: URI): Promise<string> {
        const text = this.snapshot.textAt(uri.fsPath);
        return text ?? new TextDecoder().decode(await this.snapshot.bytes(uri.fsPath));
    }

    readBinarySync(uri: URI): Uint8Array {
        const text = this.snapshot.textAt(uri.fsPath);
        if (text === undefined) throw missing(uri);
        return new TextEncoder().encode(text);
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return this.snapshot.bytes(uri.fsPath);
    }

    readDirectorySync(): FileSystemNode[] {
        // Documents are given one by one; nothing scans folders at a revision.
        return [];
    }

    async readDirectory(): Promise<FileSystemNode[]> {
        return [];
    }
}

function missing(uri: URI): Error {
    return Object.assign(new Error(`No such file: ${uri.fsPath}`), { code: 'ENOENT' });
}

function stripBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
