/**
 * The `.strat` files below a folder, as the CLI and the language server's folder scan both find
 * them: hidden folders and `node_modules` are skipped, symbolic links are followed (to files and
 * to folders), a folder reached again through a link is not entered twice (no loop), and a file
 * reached by several paths counts once — under the first of its paths in path order.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';

export interface StratFile {
    /** The path the file was reached by (the first in path order when there are several). */
    path: string;
    /** The file's real path, links resolved. */
    realPath: string;
}

/** Thrown when a folder cannot be read; the message is one line. */
export class FolderReadError extends Error {}

export async function stratFilesIn(folder: string): Promise<StratFile[]> {
    const byRealPath = new Map<string, string>();
    await collect(path.resolve(folder), byRealPath, new Map(), true);
    return [...byRealPath].map(([realPath, reachedBy]) => ({ path: reachedBy, realPath })).sort((a, b) => byCodeUnits(a.path, b.path));
}

/**
 * `entered`: each folder entered (by real path) → the path it was entered by. A folder is entered
 * again only by a path that comes earlier in path order (its files then take those earlier paths),
 * so a loop of links — which only makes paths longer — is never followed round.
 */
async function collect(folder: string, found: Map<string, string>, entered: Map<string, string>, isRoot: boolean): Promise<void> {
    let entries: Dirent[];
    try {
        const real = await fs.realpath(folder);
        const before = entered.get(real);
        if (before !== undefined && byCodeUnits(before, folder) <= 0) {
            return;
        }
        entered.set(real, folder);
        entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => byCodeUnits(a.name, b.name));
    } catch (error) {
        if (isRoot) {
            throw new FolderReadError(`Cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
        return; // a folder inside that cannot be read (a broken link, no permission) holds nothing Strat can check
    }
    for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
            continue;
        }
        const full = path.join(folder, entry.name);
        const kind = entry.isSymbolicLink() ? await linkTarget(full) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
        if (kind === 'folder') {
            await collect(full, found, entered, false);
        } else if (kind === 'file' && entry.name.endsWith('.strat')) {
            const realPath = await fs.realpath(full).catch(() => full);
            const known = found.get(realPath);
            if (known === undefined || byCodeUnits(full, known) < 0) {
                found.set(realPath, full);
            }
        }
    }
}

/** What a symbolic link points to; a broken link points to nothing. */
async function linkTarget(link: string): Promise<'file' | 'folder' | undefined> {
    try {
        const stat = await fs.stat(link);
        return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
    } catch {
        return undefined;
    }
}

/** The order of paths everywhere in Strat (workspace/document-order.ts): code unit by code unit. */
function byCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
