#!/usr/bin/env node
/**
 * Edit → diagnostics on a big strategy, side by side with yaml-language-server on the same
 * content written as YAML and checked against a JSON schema (the usual alternative to a language
 * of one's own). Both servers run as real processes over stdio, get the same edit (one `current`
 * value changes), and are timed from `didChange` to their `publishDiagnostics` for the file.
 *
 *   node scripts/bench-vs-yaml.mjs [lines] [edits]     (default: 38 000 lines, 15 edits each)
 *
 * Prints each server's median and worst, and the ratio Strat / YAML (the target is ≤ 0.2).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as rpc from 'vscode-languageserver-protocol/node';
import { generateStrategy } from './generate-strategy.mjs';
import { strategyAsYaml, STRATEGY_YAML_SCHEMA } from './strategy-as-yaml.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lines = Number(process.argv[2] ?? 38_000);
const edits = Number(process.argv[3] ?? 15);
const work = mkdtempSync(path.join(tmpdir(), 'strat-vs-yaml-'));

/** Starts a server, opens the file, and times `edits` edits from didChange to its diagnostics. */
async function timeEdits({ command, args, file, languageId, text, edit, settings }) {
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
    let current = text;
    for (let i = 0; i < edits; i++) {
        current = edit(current, i);
        waiting = next();
        const started = performance.now();
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: current }] });
        await waiting;
        times.push(performance.now() - started);
    }
    await connection.sendRequest('shutdown').catch(() => undefined);
    connection.dispose();
    server.kill();
    times.sort((a, b) => a - b);
    return { open, median: times[Math.floor(times.length / 2)], worst: times.at(-1) };
}

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

const ms = n => `${n.toFixed(0)} ms`;
console.log(`edit → diagnostics on ${strat.split('\n').length.toLocaleString('en')} lines of strategy (${yaml.split('\n').length.toLocaleString('en')} lines as YAML), ${edits} edits each`);
const yamlResult = await timeEdits({
    command: process.execPath, args: [path.join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
    file: yamlFile, languageId: 'yaml', text: yaml, edit: editCurrent('current:'),
    settings: { yaml: { validate: true, schemas: { [pathToFileURL(schemaFile).toString()]: '*.yaml' }, format: { enable: false }, hover: false, completion: false } }
});
console.log(`yaml-language-server: median ${ms(yamlResult.median)}, worst ${ms(yamlResult.worst)} (open ${ms(yamlResult.open)})`);
const stratResult = await timeEdits({
    command: process.execPath, args: [path.join(root, 'packages', 'language', 'bin', 'strat-language-server.js'), '--stdio'],
    file: stratFile, languageId: 'strat', text: strat, edit: editCurrent('current')
});
console.log(`strat-language-server: median ${ms(stratResult.median)}, worst ${ms(stratResult.worst)} (open ${ms(stratResult.open)})`);
console.log(`ratio Strat / YAML (medians): ${(stratResult.median / yamlResult.median).toFixed(2)}× (target ≤ 0.2×)`);
