/**
 * Langium's Node file system, with the folder scan of strat-files.ts: the language server finds
 * a workspace's `.strat` files as the CLI does (links followed, loops cut, each file once).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { StratFolderScan } from '../workspace/strat-folder-scan.js';
import { stratFilesIn } from './strat-files.js';

export class StratNodeFileSystemProvider extends NodeFileSystemProvider implements StratFolderScan {
    async stratFiles(folder: URI): Promise<URI[]> {
        return (await stratFilesIn(folder.fsPath)).map(file => URI.file(file.path));
    }

    tooBroadToScan(folder: URI): boolean {
        const folderPath = path.resolve(folder.fsPath);
        return folderPath === path.parse(folderPath).root || folderPath === path.resolve(os.homedir());
    }
}

export const StratNodeFileSystem = {
    fileSystemProvider: () => new StratNodeFileSystemProvider()
};
