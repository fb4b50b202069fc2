/** Data files on a Node host: real paths, sizes and times, bytes — and the readers of data/. */
import { promises as fs, realpathSync, statSync } from 'node:fs';
import type { DataFileAccess } from '../data/data-files.js';
import { readDataFile } from '../data/read-data-file.js';

export const NodeDataAccess: DataFileAccess = {
    realPath: path => {
        try {
            return realpathSync.native(path);
        } catch {
            return undefined;
        }
    },
    stat: path => {
        try {
            const stat = statSync(path);
            return { size: stat.size, mtimeMs: stat.mtimeMs, isFile: stat.isFile() };
        } catch {
            return undefined;
        }
    },
    read: async path => new Uint8Array(await fs.readFile(path)),
    parse: (format, bytes, sheet) => readDataFile(bytes, format, { sheet })
};
