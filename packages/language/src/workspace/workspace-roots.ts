/**
 * The workspace roots (docs/architecture.md#workspace-roots): the folders whose `.strat` files make
 * the workspace. The client's workspace folders, else its `rootUri`, else its `rootPath`; a client
 * that gives none of them (Neovim outside a repository, Helix started outside one) gets the folder
 * of each file it opens outside the roots so far — see `openedFileRoot`.
 */
import { URI, UriUtils } from 'langium';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';

/** A root and how far it is scanned: `deep` takes its subfolders too, otherwise only its own files. */
export interface WorkspaceRoot {
    folder: URI;
    deep: boolean;
}

/** The roots the client gave at start (empty when it gave none). */
export function clientRoots(params: Pick<InitializeParams, 'workspaceFolders' | 'rootUri' | 'rootPath'>): WorkspaceFolder[] {
    if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders;
    const root = params.rootUri ? URI.parse(params.rootUri) : params.rootPath ? URI.file(params.rootPath) : undefined;
    return root ? [{ uri: root.toString(), name: UriUtils.basename(root) || root.path }] : [];
}

/**
 * The root for a file opened when the client gave none: the folder of the file's `strat.json`
 * (the project — found as checking finds it, from the file's folder upward, stopping at a
 * repository root), scanned with its subfolders; without one, the file's own folder, only the
 * files in it. A `strat.json` in a folder too broad to scan (the home folder, a file-system root)
 * counts as no project: opening a file never makes the server crawl the home folder.
 */
export function openedFileRoot(file: URI, projectFile: URI | undefined, tooBroad: (folder: URI) => boolean): WorkspaceRoot {
    const project = projectFile ? UriUtils.dirname(projectFile) : undefined;
    if (project && !tooBroad(project)) return { folder: project, deep: true };
    return { folder: UriUtils.dirname(file), deep: false };
}

/** Whether `file` belongs to `root`: below it for a deep root, directly in it otherwise; hidden folders and node_modules never. */
export function isInRoot(file: URI, root: WorkspaceRoot): boolean {
    const base = root.folder.path.replace(/\/+$/, '') + '/';
    if (file.scheme !== root.folder.scheme || !file.path.startsWith(base)) return false;
    const segments = file.path.slice(base.length).split('/');
    return (root.deep || segments.length === 1) && segments.every(segment => !segment.startsWith('.') && segment !== 'node_modules');
}
