#!/usr/bin/env node
/**
 * A KPI that reads a 100,000-row CSV (daily values over decades, 20 columns), not a test. Needs
 * `npm run build` first. Prints:
 *  1. `strat check` of it: the time of the whole check and of its data phase (reading the file and
 *     taking the KPI's rows) — the target is under 300 ms of reading time;
 *  2. a saved change of the CSV, through the real language server (stdio): from the file-watcher
 *     notification to the preview's scorecard showing the new value — the target is a second.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as rpc from 'vscode-languageserver-protocol/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ms = n => `${n.toFixed(0)} ms`;
const ROWS = 100_000;
const COLUMNS = 20;

function dailyCsv(rows, last) {
    const lines = [['Day', 'Visits', ...Array.from({ length: COLUMNS - 2 }, (_, i) => `Metric ${i + 1}`)].join(',')];
    const start = Date.UTC(1760, 0, 1);
    for (let r = 0; r < rows; r++) {
        const visits = r === rows - 1 ? last : 1000 + (r % 500);
        const cells = [new Date(start + r * 86_400_000).toISOString().slice(0, 10), String(visits)];
        for (let c = 2; c < COLUMNS; c++) cells.push((Math.sin(r / 50 + c) * 1000).toFixed(2));
        lines.push(cells.join(','));
    }
    return lines.join('\n') + '\n';
}

const folder = mkdtempSync(path.join(tmpdir(), 'strat-bench-live-'));
mkdirSync(path.join(folder, 'data'));
const csv = path.join(folder, 'data', 'daily.csv');
writeFileSync(csv, dailyCsv(ROWS, 1200));
writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2033-10-20" }\n');
writeFileSync(path.join(folder, 'strategy.strat'), `ambition A "Be the best" { horizon 2030 }
strategy S "Grow" { realizes A }
kpi Visits "Daily visits" {
    monitors S
    target >= 1000
    every day
    actuals from "data/daily.csv"
}
`);

// 1. The check as the CLI builds it, in this process, with its data phase timed: the data files
//    are read as the last listener of the reference-indexing phase, before validation.
const { createStratServices } = await import(path.join(root, 'packages/language/out/index.js'));
const { NodeDataAccess } = await import(path.join(root, 'packages/language/out/node/node-data-access.js'));
const { NodeFileSystem } = await import('langium/node');
const { DocumentState, URI } = await import('langium');
const { readFileSync } = await import('node:fs');
const checks = [];
for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const services = createStratServices({ ...NodeFileSystem, dataFiles: NodeDataAccess }).Strat;
    const builder = services.shared.workspace.DocumentBuilder;
    const load = services.data.DataFiles.load.bind(services.data.DataFiles);
    let dataTime = 0;
    services.data.DataFiles.load = async documents => {
        const loading = performance.now();
        await load(documents);
        dataTime = performance.now() - loading;
    };
    const file = path.join(folder, 'strategy.strat');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await builder.build([document], { validation: true });
    if (document.state !== DocumentState.Validated) throw new Error('the strategy was not checked');
    checks.push({ total: performance.now() - started, data: dataTime });
}
checks.sort((a, b) => a.total - b.total);
console.log(`strat check of a KPI reading a ${ROWS.toLocaleString('en')}-row × ${COLUMNS}-column CSV: median ${ms(checks[2].total)} in all, of which reading the file and the KPI's rows ${ms([...checks].sort((a, b) => a.data - b.data)[2].data)} (target: under 300 ms of reading)`);

/** `promise`, or a clear failure after `seconds` (a bench never hangs). */
function withinSeconds(promise, seconds, what) {
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no strat/validated for ${what} within ${seconds} s`)), seconds * 1000); });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// 2. A saved change, through the language server.
const server = spawn(process.execPath, [path.join(root, 'packages/language/bin/strat-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
connection.onRequest('workspace/configuration', () => [null]);
let validated = () => undefined;
connection.onNotification('strat/validated', () => validated());
connection.listen();
const rootUri = pathToFileURL(folder).toString();
// strat/validated goes only to a client that asks for it, as the extension does
await connection.sendRequest('initialize', {
    processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: {},
    initializationOptions: { clientNotifications: ['strat/validated'] }
});
const firstCheck = new Promise(resolve => { validated = resolve; });
await connection.sendNotification('initialized', {});
await withinSeconds(firstCheck, 60, 'the first check of the workspace');
const visits = async () => (await connection.sendRequest('strat/scorecard', { scope: 'workspace' })).scorecard.kpis[0].value;
const changes = [];
for (let i = 0; i < 5; i++) {
    const last = 2000 + i;
    writeFileSync(csv, dailyCsv(ROWS, last));
    const started = performance.now();
    const checked = new Promise(resolve => { validated = resolve; });
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(csv).toString(), type: 2 }] });
    await withinSeconds(checked, 30, 'the check after the saved CSV');
    const value = await visits();
    if (value !== last) throw new Error(`the scorecard shows ${value}, not the new value ${last}`);
    changes.push(performance.now() - started);
}
changes.sort((a, b) => a - b);
console.log(`a saved change of that CSV → the preview's scorecard shows the new value, through the language server: median ${ms(changes[2])}, worst ${ms(changes.at(-1))} (target: within a second)`);
await connection.sendRequest('shutdown').catch(() => undefined);
connection.dispose();
server.kill();
