/**
 * The two states `strat diff` compares, ready to build: files at a git revision (read with git,
 * as in-memory documents, with the strat.json and data files of that revision), the working tree,
 * or a folder. Both sides give their files the paths
 * they have in the working tree, so the diagnostics of both point where a reader looks.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import {
    buildWorkspace, checkedFolders, findStratFiles, loadWorkspace, repositoryRoot, resolveCommit, RevisionSnapshot, StratInputError,
    type LoadedWorkspace, type WorkspaceOptions
} from '@strat/language/node';
import type { DiffTarget } from './diff-arguments.js';

export interface DiffSideSource {
    label: string;
    commit: string | null;
    files: number;
    load(options: WorkspaceOptions): Promise<LoadedWorkspace>;
    /** Where a file of this side is on the other side (two folders: the same path below the other folder). */
    counterpart(uri: URI): URI;
    /** The `.strat` files of this side, as they are loaded. */
    uris: readonly URI[];
}

export async function diffSides(target: DiffTarget, cwd: string): Promise<{ base: DiffSideSource; head: DiffSideSource }> {
    if (target.mode === 'folders') {
        const [base, head] = [path.resolve(cwd, target.base), path.resolve(cwd, target.head)];
        return { base: await folderSide(base, target.base, head), head: await folderSide(head, target.head, base) };
    }
    const absolute = target.paths.map(p => path.resolve(cwd, p));
    const root = await repositoryRoot(existingFolder(absolute[0]));
    if (root === undefined) {
        throw new StratInputError(`Not in a git repository: ${target.paths[0]} (to compare two folders: strat diff OLD NEW)`);
    }
    const relative = absolute.map((p, i) => {
        const rel = path.relative(root, realPath(p));
        if (rel.startsWith('..') || path.isAbsolute(rel)) {
            throw new StratInputError(`Not in the git repository ${root}: ${target.paths[i]}`);
        }
        return rel.split(path.sep).join('/');
    });
    const revisionSide = async (revision: string): Promise<DiffSideSource> => {
        const commit = await resolveCommit(root, revision);
        if (commit === undefined) {
            throw new StratInputError(target.explicit ? `Unknown revision: ${revision}` : `Neither a git revision nor a file or folder: ${revision}`);
        }
        // The revision's own strat.json and data files, read from the commit as its .strat files are:
        // a commit that adds a quarter of actuals to a CSV changes the scorecard.
        const snapshot = await RevisionSnapshot.read({ root, commit, targets: relative });
        const sources = snapshot.stratSources();
        const folders = relative.map(rel => path.join(root, ...rel.split('/')))
            .map(p => (snapshot.folderAt(p) ? p : path.dirname(p)))
            .map(p => URI.file(p));
        const host = { fileSystemProvider: () => snapshot.fileSystem(), dataFiles: snapshot.dataAccess() };
        return {
            label: revision, commit, files: sources.length, uris: sources.map(source => source.uri),
            load: options => buildWorkspace(sources, options, folders, host), counterpart: samePlace
        };
    };
    const base = await revisionSide(target.base);
    const head = target.head === null ? await workingTreeSide(absolute) : await revisionSide(target.head);
    if (base.files === 0 && head.files === 0) {
        throw new StratInputError(`No .strat files in ${target.paths.join(', ')} at ${base.label} or ${head.label}`);
    }
    return { base, head };
}

/** The files on disk now; a path missing here (deleted since BASE) has none. */
async function workingTreeSide(paths: readonly string[]): Promise<DiffSideSource> {
    const found = new Set<string>();
    for (const p of paths) {
        if (!existsSync(p)) continue;
        try {
            (await findStratFiles([p])).forEach(file => found.add(file));
        } catch (error) {
            // A folder emptied since BASE: no files on this side, the others still count.
            if (!(error instanceof StratInputError && error.message.startsWith('No .strat files'))) throw error;
        }
    }
    const files = [...found].sort();
    const folders = await checkedFolders(paths.filter(p => existsSync(p)));
    return {
        label: 'working tree', commit: null, files: files.length, uris: files.map(file => URI.file(path.resolve(file))),
        load: options => loadWorkspace(files, options, folders), counterpart: samePlace
    };
}

/** Both sides of a git comparison give their files the working tree's paths. */
const samePlace = (uri: URI): URI => uri;

async function folderSide(folder: string, label: string, other: string): Promise<DiffSideSource> {
    const files = await findStratFiles([folder]);
    const folders = await checkedFolders([folder]);
    return {
        label,
        commit: null,
        files: files.length,
        uris: files.map(file => URI.file(path.resolve(file))),
        load: options => loadWorkspace(files, options, folders),
        counterpart: uri => URI.file(path.join(other, path.relative(folder, uri.fsPath)))
    };
}

/** The path itself when it is a folder, else its nearest existing parent folder. */
function existingFolder(p: string): string {
    let at = p;
    while (!isFolder(at) && path.dirname(at) !== at) at = path.dirname(at);
    return at;
}

function isFolder(p: string): boolean {
    try {
        return statSync(p).isDirectory();
    } catch {
        return false;
    }
}

/** The path with symbolic links resolved (git names the repository by its real path); a missing tail is kept as written. */
function realPath(p: string): string {
    if (existsSync(p)) return realpathSync(p);
    const parent = path.dirname(p);
    return parent === p ? p : path.join(realPath(parent), path.basename(p));
}
