/**
 * A temporary copy of examples/ (plus extra files) that a test may edit freely; the real
 * examples/ folder is never touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EXAMPLES_DIR } from './paths.ts';

export interface TestWorkspace {
    /** Absolute path of the workspace folder. */
    readonly dir: string;
    path(relativePath: string): string;
    write(relativePath: string, text: string): void;
    read(relativePath: string): string;
    dispose(): void;
}

export interface WorkspaceOptions {
    /** Copy examples/ into the workspace (default true). */
    examples?: boolean;
    /** Extra files, by path relative to the workspace. */
    files?: Record<string, string>;
}

export function createWorkspace(options: WorkspaceOptions = {}): TestWorkspace {
    const dir = mkdtempSync(join(tmpdir(), 'strat-e2e-ws-'));
    if (options.examples ?? true) {
        cpSync(EXAMPLES_DIR, dir, { recursive: true });
    }
    const workspace: TestWorkspace = {
        dir,
        path: (relativePath) => join(dir, relativePath),
        write: (relativePath, text) => {
            mkdirSync(dirname(join(dir, relativePath)), { recursive: true });
            writeFileSync(join(dir, relativePath), text);
        },
        read: (relativePath) => readFileSync(join(dir, relativePath), 'utf8'),
        dispose: () => rmSync(dir, { recursive: true, force: true })
    };
    for (const [relativePath, text] of Object.entries(options.files ?? {})) {
        workspace.write(relativePath, text);
    }
    return workspace;
}
