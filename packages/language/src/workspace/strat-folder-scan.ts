import type { FileSystemProvider, URI } from 'langium';

/** A file system that can list a folder's `.strat` files itself (on Node: links followed, each file once). */
export interface StratFolderScan {
    stratFiles(folder: URI): Promise<URI[]>;
    /** Whether scanning the folder with its subfolders would crawl far too much (the home folder, a file-system root). */
    tooBroadToScan(folder: URI): boolean;
}

export function canScanFolders(fileSystem: FileSystemProvider): fileSystem is FileSystemProvider & StratFolderScan {
    return typeof (fileSystem as Partial<StratFolderScan>).stratFiles === 'function';
}
