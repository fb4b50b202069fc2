/** Types of scripts/code-server.mjs (for the TypeScript test harnesses). */
import type { ChildProcess } from 'node:child_process';

export declare const CODE_SERVER_VERSION: string;
export declare const REPO_ROOT: string;
export declare const INSTALL_DIR: string;
export declare const QUIET_USER_SETTINGS: Readonly<Record<string, unknown>>;

export interface CodeServer {
    /** `http://127.0.0.1:PORT/` */
    url: string;
    port: number;
    /** The temporary folder holding the dirs below (removed by `stop()` unless `keepTemp`). */
    root: string;
    userDataDir: string;
    extensionsDir: string;
    configFile: string;
    /** code-server's stdout and stderr. */
    logFile: string;
    env: NodeJS.ProcessEnv;
    process: ChildProcess | undefined;
    /** Ends the whole process group (extension hosts included) and removes the temp dirs. */
    stop(): Promise<void>;
}

export interface StartOptions {
    /** The folder the workbench opens (absolute). */
    folder?: string;
    /** Packaged extensions to install before starting. */
    vsix?: string[];
    /** More user settings. */
    settings?: Record<string, unknown>;
    /** More code-server arguments, e.g. `['--vscode-option', 'enable-smoke-test-driver']`. */
    extraArgs?: string[];
    /** How long to wait for /healthz (default 30 s). */
    timeoutMs?: number;
    /** Keep the temporary dirs after stop (debugging). */
    keepTemp?: boolean;
}

export declare function findNodeDir(execPath?: string): string;
export interface EnsureOptions {
    log?: (line: string) => void;
    /** The budget for waiting for another install and installing (default 20 minutes). */
    timeoutMs?: number;
    /** Where to install (default `.cache/code-server`). */
    installDir?: string;
    /** How to install into the folder within the budget (default: npm install code-server). */
    install?: (installDir: string, budgetMs: number, log: (line: string) => void) => Promise<void>;
}

export declare function ensureCodeServer(options?: EnsureOptions): Promise<string>;
export declare function freePort(): Promise<number>;
export declare function installExtension(server: CodeServer, vsixPath: string): Promise<string>;
export declare function startCodeServer(options?: StartOptions): Promise<CodeServer>;
export declare function stopProcessGroup(child: ChildProcess, graceMs?: number): Promise<void>;
