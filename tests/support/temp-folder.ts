/** Files written to a new temporary folder, as a test needs them on disk. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Writes `name → content` (names may have subfolders) into `folder`; returns the files' paths. */
export function writeFiles(folder: string, files: Record<string, string | Uint8Array>): string[] {
    return Object.entries(files).map(([name, content]) => {
        const file = path.join(folder, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
        return file;
    });
}

/** A new temporary folder (`prefix` names it, for whoever finds it left behind) holding `files`. */
export function tempFolderOf(files: Record<string, string | Uint8Array>, prefix = 'strat-test-'): string {
    const folder = mkdtempSync(path.join(tmpdir(), prefix));
    writeFiles(folder, files);
    return folder;
}
