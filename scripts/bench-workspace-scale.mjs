#!/usr/bin/env node
/**
 * Cost proportional to the change, not a test. Needs `npm run build` first. For workspaces of
 * 500, 1,000, 2,000 and 5,000 linked .strat files (each file a strategy, two KPIs monitoring it
 * and others, an OKR addressing KPIs of other files and supporting an OKR of another file), the
 * real language server (stdio) is started on the folder, then keystrokes are typed in one file.
 * Prints per workspace size:
 *  - files published per keystroke (target: the edited file only, when no other file's findings change);
 *  - edit → the edited file's diagnostics (target: ≤ 50 ms in the 5,000-file workspace);
 *  - the server's CPU time per keystroke (from /proc/<pid>/stat), which must stay flat from 500 to 5,000 files;
 *  - bursts: 400 and 3,000 quick edits, then a hover: how long after the last edit it is
 *    answered, beside a hover after a single edit.
 * Timings vary with the machine's load: compare figures from one run, not across machines.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as rpc from 'vscode-languageserver-protocol/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = process.argv.slice(2).map(Number).filter(n => n > 0);
const sizes = SIZES.length > 0 ? SIZES : [500, 1000, 2000, 5000];
const KEYSTROKES = 40;
const TICKS_PER_SECOND = 100; // Linux's USER_HZ
const ms = n => `${n.toFixed(1)} ms`;

/** `files` linked files, seeded: the same size gives the same workspace. */
function generateWorkspace(folder, files, seed = 7) {
    const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
    };
    const pick = n => Math.floor(random() * n);
    writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-08-17" }\n');
    for (let i = 0; i < files; i++) {
        const lines = [];
        if (i === 0) lines.push('ambition A "Grow where our clients grow" { horizon 2030 owner "Board" }');
        lines.push(
            `strategy S${i} "Strategy ${i}" { realizes A owner "Team ${i % 20}" }`,
            `kpi K${i}a "KPI ${i} a" { monitors S${i} target >= 10 alert 5 every month owner "Team ${i % 20}" actual 2026-07 ${pick(15)} }`,
            `kpi K${i}b "KPI ${i} b" { monitors S${pick(files)} target >= 10 alert 5 every month owner "Team ${i % 20}" actual 2026-07 ${pick(15)} }`,
            `okr O${i} "Objective ${i}" {`,
            `    cycle 2026-Q3 owner "Team ${i % 20}-${i % 97}" addresses K${pick(files)}a, K${i}b${i > 0 ? ` supports O${pick(i)}` : ''}`,
            `    key result "Raise it from 5 to 10" { measures K${i}b from 5 to 10 }`,
            `    key result "Cut the backlog from 20 to 5" { from 20 to 5 checkin 2026-08-10 ${5 + pick(16)} confidence 60% }`,
            '    plan { initiative "Do the work" owner "Ops" due 2026-09-30 }',
            '}'
        );
        writeFileSync(path.join(folder, `unit-${String(i).padStart(5, '0')}.strat`), lines.join('\n') + '\n');
    }
}

function cpuMs(pid) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 1000 / TICKS_PER_SECOND;
}

async function startServer(folder) {
    const server = spawn(process.execPath, [path.join(root, 'packages/language/bin/strat-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
    const published = [];
    const listeners = new Set();
    connection.onNotification('textDocument/publishDiagnostics', params => {
        published.push({ ...params, at: performance.now() });
        listeners.forEach(listener => listener());
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const rootUri = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    await connection.sendNotification('initialized', {});
    const waitFor = (probe, timeout = 600_000) => new Promise((resolve, reject) => {
        const check = () => {
            const value = probe();
            if (value !== undefined) {
                listeners.delete(check);
                clearTimeout(timer);
                resolve(value);
            }
        };
        const timer = setTimeout(() => { listeners.delete(check); reject(new Error('timed out')); }, timeout);
        listeners.add(check);
        check();
    });
    return { server, connection, published, waitFor };
}

/** Resolves once no publication has arrived for `quiet` ms. */
async function settled(published, quiet = 300) {
    let count = -1;
    while (count !== published.length) {
        count = published.length;
        await new Promise(resolve => setTimeout(resolve, quiet));
    }
}

async function benchSize(files) {
    const folder = mkdtempSync(path.join(tmpdir(), `strat-bench-scale-${files}-`));
    generateWorkspace(folder, files);
    const loading = performance.now();
    const { server, connection, published, waitFor } = await startServer(folder);
    try {
        await waitFor(() => new Set(published.map(p => p.uri)).size >= files ? true : undefined);
        await settled(published);
        const loaded = performance.now() - loading;
        const file = path.join(folder, `unit-${String(Math.floor(files / 2)).padStart(5, '0')}.strat`);
        const uri = pathToFileURL(file).toString();
        const text = readFileSync(file, 'utf8');
        const at = text.indexOf('"Objective ') + '"Objective '.length;
        let version = 1;
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'strat', version, text } });
        await waitFor(() => published.find(p => p.uri === uri && p.version === version) ? true : undefined);
        await settled(published);
        // Keystrokes: a word typed into the OKR's title, one letter at a time.
        const latencies = [];
        let others = 0;
        const cpuBefore = cpuMs(server.pid);
        for (let k = 0; k < KEYSTROKES; k++) {
            version++;
            const start = published.length;
            const sent = performance.now();
            await connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: [{ range: { start: shifted(text, at, k), end: shifted(text, at, k) }, text: 'x' }]
            });
            const mine = await waitFor(() => published.slice(start).find(p => p.uri === uri && p.version === version));
            latencies.push(mine.at - sent);
            await settled(published, 150);
            others += published.slice(start).filter(p => p.uri !== uri).length;
        }
        const cpu = (cpuMs(server.pid) - cpuBefore) / KEYSTROKES;
        latencies.sort((a, b) => a - b);
        const median = latencies[Math.floor(latencies.length / 2)];
        console.log(`${String(files).padStart(5)} files (loaded in ${(loaded / 1000).toFixed(1)} s): files published per keystroke ${(1 + others / KEYSTROKES).toFixed(2)}, edit → edited file's diagnostics median ${ms(median)} (p90 ${ms(latencies[Math.floor(latencies.length * 0.9)])}), server CPU ${ms(cpu)} per keystroke`);
        if (files === sizes.at(-1)) await bursts(connection, uri, text, version, at, KEYSTROKES);
    } finally {
        connection.dispose();
        server.kill();
        rmSync(folder, { recursive: true, force: true });
    }
}

/** A hover after a burst of quick edits, beside one after a single edit. */
async function bursts(connection, uri, text, version, at, typed) {
    const hover = async () => {
        const started = performance.now();
        await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionAt(text, text.indexOf('okr O') + 5) });
        return performance.now() - started;
    };
    const burst = async count => {
        const started = performance.now();
        for (let k = 0; k < count; k++) {
            version++;
            // Typed and taken back: the text ends as it began, the edits all count.
            const insert = k % 2 === 0;
            void connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version },
                contentChanges: [insert ? { range: { start: shifted(text, at, typed), end: shifted(text, at, typed) }, text: 'y' } : { range: { start: shifted(text, at, typed), end: shifted(text, at, typed + 1) }, text: '' }]
            });
        }
        const answered = await hover();
        return { answered, total: performance.now() - started };
    };
    const single = await burst(1);
    await new Promise(resolve => setTimeout(resolve, 1000));
    for (const count of [400, 3000]) {
        const result = await burst(count);
        console.log(`      burst of ${count} quick edits, then a hover: answered ${ms(result.total)} after the first edit was sent, ${ms(result.answered)} after the hover (a single edit then a hover: ${ms(single.answered)})`);
        await new Promise(resolve => setTimeout(resolve, 1000));
    }
}

/** The position `by` characters after `offset`'s, on its line (the text there has grown by the keystrokes typed). */
function shifted(text, offset, by) {
    const position = positionAt(text, offset);
    return { line: position.line, character: position.character + by };
}

function positionAt(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before.at(-1).length };
}

console.log('Workspace scale: one file typed in, in workspaces of linked files (real language server over stdio)');
for (const files of sizes) {
    await benchSize(files);
}
