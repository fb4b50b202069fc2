/**
 * Runs the in-editor suite (tests/electron/suite) in a desktop VS Code with
 * @vscode/test-electron — the standard way, on a machine that can download VS Code
 * (`npm run test:electron`). Machines without VS Code's download servers cannot (tests/e2e/README.md): use
 * `npm run test:electron:code-server`, which runs the same suite inside code-server.
 *
 *   VSCODE_VERSION=1.100.0 node tests/electron/runTest.ts    (default: stable)
 *   VSCODE_EXECUTABLE=/path/to/code node tests/electron/runTest.ts
 */
import { runTests } from '@vscode/test-electron';
import { IN_EDITOR_FILES } from '../e2e/harness/fixtures.ts';
import { EXTENSION_DIR } from '../e2e/harness/paths.ts';
import { createWorkspace } from '../e2e/harness/workspace.ts';
import { buildSuite } from './build-suite.ts';

async function main(): Promise<number> {
    const extensionTestsPath = await buildSuite();
    const workspace = createWorkspace({ files: IN_EDITOR_FILES });
    try {
        return await runTests({
            version: process.env.VSCODE_VERSION ?? 'stable',
            vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
            extensionDevelopmentPath: EXTENSION_DIR,
            extensionTestsPath,
            launchArgs: [workspace.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
        });
    } finally {
        workspace.dispose();
    }
}

main().then((code) => {
    process.exitCode = code;
}, (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`The in-editor suite failed: ${reason}`);
    if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(reason)) {
        console.error('VS Code could not be downloaded from here. Run the same suite in code-server instead: npm run test:electron:code-server');
    }
    process.exitCode = 1;
});
