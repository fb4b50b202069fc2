import type { FileSystemProvider, URI } from 'langium';

/** A file system that can list a folder's `.strat` files itself (on Node: links followed, each file once). */
export interface StratFolderScan {
    stratFiles(folder: URI): Promise<URI[]>;
}

export function canScanFolders(fileSystem: FileSystemProvider): fileSystem is FileSystemProvider & StratFolderScan {
    return typeof (fileSystem as Partial<StratFolderScan>).stratFiles === 'function';
}
