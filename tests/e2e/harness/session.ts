/**
 * One real-editor session: a fresh code-server with the packaged extension installed, a
 * temporary copy of examples/, and Chromium showing the workbench on that folder.
 *
 *   const session = await openSession({ files: { 'probe.strat': '…' } });
 *   await session.workbench.openFile('probe.strat');
 *   …
 *   await session.close();
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { CodeServer } from '../../../scripts/code-server.mjs';
import { startCodeServer } from '../../../scripts/code-server.mjs';
import { packagedExtension, requireChromium, RESULTS_DIR } from './paths.ts';
import type { TestWorkspace, WorkspaceOptions } from './workspace.ts';
import { createWorkspace } from './workspace.ts';
import { Workbench } from './workbench.ts';

/** What worked for Chromium on these machines (tests/e2e/README.md). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface SessionOptions extends WorkspaceOptions {
    /** More VS Code user settings (e.g. `{ 'strat.rules.kpi-no-target': 'error' }`). */
    settings?: Record<string, unknown>;
    /** More code-server arguments. */
    extraArgs?: string[];
}

export interface Session {
    readonly server: CodeServer;
    readonly workspace: TestWorkspace;
    readonly page: Page;
    readonly workbench: Workbench;
    /** Errors the page logged (for failure reports). */
    readonly pageErrors: string[];
    /** Saves the screenshot and the editor's logs under test-results/e2e/ (for a failed test). */
    saveEvidence(name: string): Promise<string[]>;
    close(): Promise<void>;
}

export async function launchChromium(profileDir: string): Promise<BrowserContext> {
    return chromium.launchPersistentContext(profileDir, {
        executablePath: requireChromium(),
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1400, height: 900 }
    });
}

export async function openSession(options: SessionOptions = {}): Promise<Session> {
    const vsix = packagedExtension();
    requireChromium();
    const workspace = createWorkspace(options);
    const profileDir = mkdtempSync(join(tmpdir(), 'strat-e2e-chromium-'));
    const cleanups: Array<() => Promise<void> | void> = [
        () => workspace.dispose(),
        () => rmSync(profileDir, { recursive: true, force: true })
    ];
    const cleanUp = async (): Promise<void> => {
        for (const cleanup of cleanups.reverse()) {
            await Promise.resolve(cleanup()).catch(() => undefined);
        }
    };
    try {
        const server = await startCodeServer({ folder: workspace.dir, vsix: [vsix], settings: options.settings, extraArgs: options.extraArgs });
        cleanups.push(() => server.stop());
        const context = await launchChromium(profileDir);
        cleanups.push(() => context.close());
        const page = context.pages()[0] ?? await context.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await page.goto(`${server.url}?folder=${encodeURIComponent(workspace.dir)}`);
        const workbench = new Workbench(page);
        await workbench.waitForReady();
        return {
            server, workspace, page, workbench, pageErrors,
            saveEvidence: async (name) => {
                const saved: string[] = [];
                saved.push(await workbench.screenshot(name).catch((error: unknown) => `no screenshot: ${String(error)}`));
                const logsDir = join(server.userDataDir, 'logs');
                if (existsSync(logsDir)) {
                    const target = join(RESULTS_DIR, `${name}-logs`);
                    mkdirSync(target, { recursive: true });
                    cpSync(logsDir, join(target, 'vscode'), { recursive: true });
                    cpSync(server.logFile, join(target, 'code-server.log'));
                    saved.push(target);
                }
                return saved;
            },
            close: cleanUp
        };
    } catch (error) {
        await cleanUp();
        throw error;
    }
}
