/**
 * The language server as the extension ships it (dist/server.cjs, one CommonJS bundle): it starts
 * and answers `initialize`. A dependency that bundles badly (a UMD build loading its parts with a
 * require() esbuild cannot follow) breaks only this file, and every editor with it.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { InitializeRequest, type InitializeResult } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../support/paths.js';

const BUNDLE = path.join(REPO_ROOT, 'packages', 'extension', 'dist', 'server.cjs');

describe('the bundled language server', () => {
    it('starts and answers initialize', async () => {
        const server = spawn(process.execPath, [BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stderr = '';
        server.stderr.on('data', chunk => { stderr += String(chunk); });
        const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.listen();
        try {
            const result: InitializeResult = await Promise.race([
                connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} }),
                new Promise<never>((_, reject) => server.on('exit', code => reject(new Error(`dist/server.cjs exited ${code}: ${stderr}`))))
            ]);
            expect(result.serverInfo?.name).toBe('strat-language-server');
            expect(result.capabilities.hoverProvider).toBeTruthy();
        } finally {
            connection.dispose();
            server.kill();
        }
    }, 30_000);
});
