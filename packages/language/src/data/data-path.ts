/**
 * Where an `actuals from "PATH"` leads (docs/language.md#data-files): PATH is relative to the
 * `.strat` file's folder, written with `/`; it may not be absolute, nor lead outside the
 * workspace root — checked on the real paths, so a symlink cannot lead out either.
 */
import { URI, UriUtils } from 'langium';

export type DataFileFormat = 'csv' | 'tsv' | 'xlsx';

/** The format of a data file by its extension, in any case (`.CSV` too); undefined for any other file. */
export function dataFileFormat(path: string): DataFileFormat | undefined {
    const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
    return extension === 'csv' || extension === 'tsv' || extension === 'xlsx' ? extension : undefined;
}

/** Absolute in any of the ways people write it: `/x`, `C:\x`, `C:/x`, `\\server\x`, `~/x`. */
export function isAbsoluteDataPath(path: string): boolean {
    return /^([/\\~]|[A-Za-z]:)/.test(path);
}

export function resolveDataPath(path: string, document: URI, root: URI, files: { realPath(path: string): string | undefined }):
    { file: URI; real: string } | { problem: string } {
    if (path.trim() === '') {
        return { problem: 'The data file\'s path is empty.' };
    }
    if (isAbsoluteDataPath(path)) {
        return { problem: `'${path}' is an absolute path: write it relative to this file's folder, with /.` };
    }
    const file = UriUtils.joinPath(UriUtils.dirname(document), ...path.split('/'));
    if (!within(root, file)) {
        return { problem: `'${path}' leads outside the workspace (${root.path.split('/').pop() || '/'}); data files must be inside it.` };
    }
    // Symlinks resolved on both sides: a link inside the workspace may not point outside it.
    const real = files.realPath(file.fsPath);
    const realRoot = files.realPath(root.fsPath) ?? root.fsPath;
    if (real !== undefined && !within(URI.file(realRoot), URI.file(real))) {
        return { problem: `'${path}' leads outside the workspace through a symbolic link; data files must be inside it.` };
    }
    return { file, real: real ?? file.fsPath };
}

/** Whether `file` lies below `root` (not the root itself). */
function within(root: URI, file: URI): boolean {
    const relative = UriUtils.relative(root, file);
    return relative !== '' && relative !== '.' && !relative.startsWith('..') && !relative.startsWith('/');
}
