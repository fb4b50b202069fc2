/**
 * The example workspaces of examples/: one folder each (`bank`, `software-company`, …), with
 * its `.strat` files and the strat.json that pins its reference date (examples/README.md).
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { EXAMPLES_DIR } from './paths.js';

/** The example workspaces: the folders of examples/, sorted. */
export function exampleFolders(): string[] {
    return readdirSync(EXAMPLES_DIR, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();
}

/** The `.strat` files of every example (or of one folder), relative to examples/ with `/` (`bank/bank.strat`), sorted. */
export function exampleFiles(folder?: string): string[] {
    const root = folder === undefined ? EXAMPLES_DIR : path.join(EXAMPLES_DIR, folder);
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.strat'))
        .map(file => path.relative(EXAMPLES_DIR, path.join(root, file)).split(path.sep).join('/'))
        .sort();
}
