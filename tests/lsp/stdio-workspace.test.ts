/**
 * Opening a large workspace: the server reads every .strat file of the folder at start, validates
 * them all (diagnostics for files nobody opened yet) and shows progress while it does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, WorkDoneProgressCreateRequest, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../support/paths.js';
import { PROGRESS_THRESHOLD } from '../../packages/language/src/workspace/strat-workspace-manager.js';

const SERVER = path.join(REPO_ROOT, 'packages', 'language', 'bin', 'strat-language-server.js');

describe('the language server on a large workspace', () => {
    it('validates every file at start, with progress', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'strat-ws-'));
        const count = PROGRESS_THRESHOLD + 10;
        writeFileSync(path.join(folder, 'strategy.strat'), 'ambition A "a" { horizon 2030 }\nstrategy S "s" { realizes A }\n');
        // The project's reference date: the January actuals are fresh.
        writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-01-20" }\n');
        for (let i = 0; i < count; i++) {
            // Each KPI lacks a target: every file has one kpi-no-target, found without being opened.
            writeFileSync(path.join(folder, `kpi-${i}.strat`), `kpi K${i} "KPI ${i}" { monitors S every month actual 2026-01 ${i} }\n`);
        }
        const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        const published = new Map<string, PublishDiagnosticsParams>();
        const progress: unknown[] = [];
        let progressCreated = false;
        connection.onNotification(PublishDiagnosticsNotification.type, params => { published.set(params.uri, params); });
        connection.onRequest(WorkDoneProgressCreateRequest.type, () => { progressCreated = true; });
        connection.onNotification('$/progress', params => { progress.push(params); });
        connection.onRequest('workspace/configuration', () => [null]);
        connection.listen();
        try {
            const root = pathToFileURL(folder).toString();
            await connection.sendRequest(InitializeRequest.type, {
                processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }],
                capabilities: { window: { workDoneProgress: true } }
            });
            await connection.sendNotification(InitializedNotification.type, {});
            const started = Date.now();
            while (published.size < count + 1 && Date.now() - started < 20_000) {
                await new Promise(resolve => setTimeout(resolve, 50));
            }
            const kpiFiles = [...published.values()].filter(p => p.uri.includes('/kpi-'));
            expect(kpiFiles).toHaveLength(count);
            for (const file of kpiFiles) {
                expect(file.diagnostics.map(d => d.code)).toEqual(['kpi-no-target']);
            }
            expect(progressCreated).toBe(true);
            expect(JSON.stringify(progress)).toContain(`Checking ${count + 1} .strat files`);
            expect(JSON.stringify(progress)).toContain('"kind":"end"');
        } finally {
            connection.dispose();
            server.kill();
        }
    }, 30_000);
});
