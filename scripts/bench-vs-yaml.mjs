#!/usr/bin/env node
/**
 * Edit → diagnostics on a big strategy, side by side with yaml-language-server on the same
 * content written as YAML and checked against a JSON schema (the usual alternative to a language
 * of one's own). Both servers run as real processes over stdio, get the same edit (one `current`
 * value changes), and are timed from `didChange` to their `publishDiagnostics` for the file.
 *
 *   node scripts/bench-vs-yaml.mjs [lines] [edits]     (default: 38 000 lines, 15 edits each)
 *
 * Prints each server's median and worst, and the ratio Strat / YAML (the target is ≤ 0.2), and
 * Strat's CPU time per edit (steadier than wall time on a shared machine). Part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as rpc from 'vscode-languageserver-protocol/node';
import { generateStrategy } from './generate-strategy.mjs';
import { strategyAsYaml, STRATEGY_YAML_SCHEMA } from './strategy-as-yaml.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A process's CPU time so far (user + system, its threads included), where /proc can say. */
function processCpuMs(pid) {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return undefined;
    }
}

/**
 * Starts a server and opens the file (waiting for its first real check); `edit(i)` then times one
 * edit from didChange to the diagnostics of that version, `stop()` ends the server.
 */
async function openInServer({ command, args, file, languageId, text, edit, settings }) {
    const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
    const uri = pathToFileURL(file).toString();
    let published = () => undefined;
    connection.onNotification('textDocument/publishDiagnostics', params => { if (params.uri === uri) published(params); });
    connection.onRequest('workspace/configuration', params => params.items.map(item => settings?.[item.section] ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification(() => undefined);
    connection.listen();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: pathToFileURL(path.dirname(file)).toString(),
        workspaceFolders: [{ uri: pathToFileURL(path.dirname(file)).toString(), name: 'bench' }],
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    await connection.sendNotification('initialized', {});
    if (settings) await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    const next = () => new Promise(resolve => { published = resolve; });
    let version = 1;
    let waiting = next();
    const opened = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    // A server may publish before it has checked (yaml-language-server before its schema is
    // loaded): both files hold a finding, so wait for a publication that shows one.
    for (let params = await waiting; params.diagnostics.length === 0; params = await waiting) {
        waiting = next();
    }
    const open = performance.now() - opened;
    const times = [];
    const cpu = [];
    let current = text;
    return {
        open,
        async edit(i) {
            current = edit(current, i);
            waiting = next();
            const cpuBefore = processCpuMs(server.pid);
            const started = performance.now();
            await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: current }] });
            await waiting;
            times.push(performance.now() - started);
            const cpuAfter = processCpuMs(server.pid);
            if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
        },
        async stop() {
            await connection.sendRequest('shutdown').catch(() => undefined);
            connection.dispose();
            server.kill();
            const sorted = [...times].sort((a, b) => a - b);
            const cpuTotal = cpu.reduce((sum, t) => sum + t, 0);
            return { open, median: sorted[Math.floor(sorted.length / 2)], worst: sorted.at(-1), cpuPerEdit: cpu.length > 0 ? cpuTotal / cpu.length : undefined };
        }
    };
}

export async function benchVsYaml(lines = 38_000, edits = 15) {
    const work = mkdtempSync(path.join(tmpdir(), 'strat-vs-yaml-'));
    const strat = generateStrategy(lines);
    const yaml = strategyAsYaml(strat);
    const stratFile = path.join(work, 'strategy.strat');
    const yamlFile = path.join(work, 'strategy.yaml');
    const schemaFile = path.join(work, 'strategy.schema.json');
    writeFileSync(schemaFile, JSON.stringify(STRATEGY_YAML_SCHEMA, null, 2));
    writeFileSync(stratFile, strat);
    writeFileSync(yamlFile, yaml);
    // The same edit in both: the first key result's `current` value.
    const editCurrent = key => (text, i) => text.replace(new RegExp(`${key} \\d+`), `${key} ${100 + i}`);
    const ms = n => (n === undefined ? '?' : `${n.toFixed(0)} ms`);
    console.log(`edit → diagnostics on ${strat.split('\n').length.toLocaleString('en')} lines of strategy (${yaml.split('\n').length.toLocaleString('en')} lines as YAML), ${edits} edits each, the two servers taking turns`);
    const yamlServer = await openInServer({
        command: process.execPath, args: [path.join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
        file: yamlFile, languageId: 'yaml', text: yaml, edit: editCurrent('current:'),
        settings: { yaml: { validate: true, schemas: { [pathToFileURL(schemaFile).toString()]: '*.yaml' }, format: { enable: false }, hover: false, completion: false } }
    });
    const stratServer = await openInServer({
        command: process.execPath, args: [path.join(root, 'packages', 'language', 'bin', 'strat-language-server.js'), '--stdio'],
        file: stratFile, languageId: 'strat', text: strat, edit: editCurrent('current')
    });
    // Taking turns, so that both see the same load on a shared machine.
    for (let i = 0; i < edits; i++) {
        await yamlServer.edit(i);
        await stratServer.edit(i);
    }
    const yamlResult = await yamlServer.stop();
    const stratResult = await stratServer.stop();
    console.log(`yaml-language-server: median ${ms(yamlResult.median)}, worst ${ms(yamlResult.worst)}, CPU per edit ${ms(yamlResult.cpuPerEdit)} (open ${ms(yamlResult.open)})`);
    console.log(`strat-language-server: median ${ms(stratResult.median)}, worst ${ms(stratResult.worst)}, CPU per edit ${ms(stratResult.cpuPerEdit)} (open ${ms(stratResult.open)})`);
    const cpuRatio = stratResult.cpuPerEdit && yamlResult.cpuPerEdit ? ` (CPU per edit: ${(stratResult.cpuPerEdit / yamlResult.cpuPerEdit).toFixed(2)}×)` : '';
    console.log(`ratio Strat / YAML (medians): ${(stratResult.median / yamlResult.median).toFixed(2)}× (target ≤ 0.2×)${cpuRatio}`);
}

// Run alone: `node scripts/bench-vs-yaml.mjs [lines] [edits]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchVsYaml(Number(process.argv[2] ?? 38_000), Number(process.argv[3] ?? 15));
