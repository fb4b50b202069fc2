/**
 * The `.strat` files of a revision's tree that PATHS name, chosen as `strat check` chooses them on
 * disk (load-paths.ts): a file named is read whatever its extension; below a folder named, every
 * `*.strat`, skipping hidden folders and `node_modules`. Symbolic links and submodules are not files.
 */
import type { TreeEntry } from './git.js';

const FILE_MODES = new Set(['100644', '100755']);

/**
 * @param targets the paths named, relative to the repository's top folder with `/` (`''` for all of it)
 */
export function selectStratFiles(entries: readonly TreeEntry[], targets: readonly string[]): TreeEntry[] {
    const files = entries.filter(entry => entry.type === 'blob' && FILE_MODES.has(entry.mode));
    const chosen = new Map<string, TreeEntry>();
    for (const target of targets) {
        const named = files.find(entry => entry.path === target);
        if (named) {
            chosen.set(named.path, named);
            continue;
        }
        const prefix = target === '' ? '' : `${target}/`;
        for (const entry of files) {
            if (!entry.path.startsWith(prefix) || !entry.path.endsWith('.strat')) continue;
            const folders = entry.path.slice(prefix.length).split('/').slice(0, -1);
            if (folders.every(folder => !folder.startsWith('.') && folder !== 'node_modules')) chosen.set(entry.path, entry);
        }
    }
    return [...chosen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
