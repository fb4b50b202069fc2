/**
 * Runs the in-editor suite (tests/electron/suite) inside code-server, through VS Code's own
 * extension-test protocol — what @vscode/test-electron does with a desktop VS Code, on a
 * machine that cannot download one (VS Code's extension-test protocol, see tests/e2e/README.md):
 *   code-server --vscode-option enable-smoke-test-driver, then Chromium opens
 *   /?folder=<ws>&payload=[[extensionDevelopmentPath, …], [extensionTestsPath, …]]
 * and the page reports the suite's log lines and exit code through codeAutomationLog/Exit.
 *
 *   npm run build && node tests/electron/run-in-code-server.ts
 *
 * The extension under test is packages/extension as built (dist/), not the .vsix.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { startCodeServer } from '../../scripts/code-server.mjs';
import { IN_EDITOR_FILES } from '../e2e/harness/fixtures.ts';
import { EXTENSION_DIR } from '../e2e/harness/paths.ts';
import { launchChromium } from '../e2e/harness/session.ts';
import { createWorkspace } from '../e2e/harness/workspace.ts';
import { buildSuite } from './build-suite.ts';

const SUITE_TIMEOUT_MS = Number(process.env.STRAT_SUITE_TIMEOUT_MS ?? 300_000);
/** Set STRAT_SUITE_VERBOSE=1 to also see the workbench's harmless noise (marketplace lookups…). */
const VERBOSE = process.env.STRAT_SUITE_VERBOSE === '1';
const NOISE = /ENOTFOUND|AccountPolicyGate|AgentHost/;

function remote(port: number, path: string): string {
    return `vscode-remote://127.0.0.1:${port}${path}`;
}

async function main(): Promise<number> {
    const started = Date.now();
    const suiteEntry = await buildSuite();
    const workspace = createWorkspace({ files: IN_EDITOR_FILES });
    const profileDir = mkdtempSync(join(tmpdir(), 'strat-suite-chromium-'));
    const server = await startCodeServer({ folder: workspace.dir, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
    try {
        const context = await launchChromium(profileDir);
        try {
            const page = context.pages()[0] ?? await context.newPage();
            let reportExit: (code: number) => void = () => undefined;
            const exited = new Promise<number>((resolve) => { reportExit = resolve; });
            // the suite's console output, as printf-style arguments (mocha's spec reporter)
            await page.exposeFunction('codeAutomationLog', (type: unknown, args: unknown) => {
                const line = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
                if (!VERBOSE && NOISE.test(line)) {
                    return;
                }
                if (type === 'error') {
                    console.error(line);
                } else {
                    console.log(line);
                }
            });
            await page.exposeFunction('codeAutomationExit', (code: unknown) => reportExit(Number(code)));
            const payload = JSON.stringify([
                ['extensionDevelopmentPath', remote(server.port, EXTENSION_DIR)],
                ['extensionTestsPath', remote(server.port, suiteEntry)],
                ['skipWelcome', 'true']
            ]);
            await page.goto(`${server.url}?folder=${encodeURIComponent(workspace.dir)}&payload=${encodeURIComponent(payload)}`);
            let timer: NodeJS.Timeout | undefined;
            const timedOut = new Promise<number>((resolve) => {
                timer = setTimeout(() => {
                    console.error(`The in-editor suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s (code-server log: ${server.logFile}).`);
                    resolve(1);
                }, SUITE_TIMEOUT_MS);
            });
            const code = await Promise.race([exited, timedOut]);
            clearTimeout(timer);
            console.log(`in-editor suite in code-server: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
            return code;
        } finally {
            await context.close();
        }
    } finally {
        await server.stop();
        workspace.dispose();
        rmSync(profileDir, { recursive: true, force: true });
    }
}

main().then((code) => {
    process.exitCode = code;
}, (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exitCode = 1;
});
