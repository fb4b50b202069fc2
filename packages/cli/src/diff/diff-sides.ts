/**
 * The two states `strat diff` compares, ready to build: files at a git revision (read with git,
 * as in-memory documents), the working tree, or a folder. Both sides give their files the paths
 * they have in the working tree, so the diagnostics of both point where a reader looks.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import {
    buildWorkspace, findStratFiles, listTree, loadWorkspace, readBlobs, repositoryRoot, resolveCommit, selectStratFiles, StratInputError,
    type LoadedWorkspace, type WorkspaceOptions
} from '@strat/language/node';
import type { DiffTarget } from './diff-arguments.js';

export interface DiffSideSource {
    label: string;
    commit: string | null;
    files: number;
    load(options: WorkspaceOptions): Promise<LoadedWorkspace>;
}

export async function diffSides(target: DiffTarget, cwd: string): Promise<{ base: DiffSideSource; head: DiffSideSource }> {
    if (target.mode === 'folders') {
        return { base: await folderSide(target.base, cwd), head: await folderSide(target.head, cwd) };
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
        const entries = selectStratFiles(await listTree(root, commit), relative);
        const blobs = await readBlobs(root, entries.map(e => e.oid));
        const sources = entries.map(entry => ({
            uri: URI.file(path.join(root, ...entry.path.split('/'))),
            text: stripBom((blobs.get(entry.oid) ?? Buffer.alloc(0)).toString('utf8'))
        }));
        return { label: revision, commit, files: sources.length, load: options => buildWorkspace(sources, options) };
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
    return { label: 'working tree', commit: null, files: files.length, load: options => loadWorkspace(files, options) };
}

async function folderSide(folder: string, cwd: string): Promise<DiffSideSource> {
    const files = await findStratFiles([path.resolve(cwd, folder)]);
    return { label: folder, commit: null, files: files.length, load: options => loadWorkspace(files, options) };
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

function stripBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
