/**
 * A file that is not UTF-8 gets one clear `encoding` error at its start instead of thousands of
 * syntax errors, from `strat check` and from the language server's folder scan; a UTF-8 byte order
 * mark is fine; an open buffer is checked as the editor decoded it (docs/decisions.md#files).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeStratFile } from '../../packages/language/src/workspace/file-encoding.js';
import { runCli } from '../support/run-cli.js';
import { startStdioClient } from '../lsp/stdio-client.js';

const TEXT = 'ambition A "Grow" { horizon 2030 }\nstrategy S "Sell" { realizes A }\nkpi K "Sales" { monitors S target >= 10 alert 5 every month actual 2026-01 12 }\n';
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => { const bytes = Buffer.from(text, 'utf16le'); return bytes.swap16(); };

/** File name → bytes, and the problem its `encoding` error names (none: read normally). */
const FILES: Record<string, { bytes: Buffer; problem?: RegExp }> = {
    'utf16le-bom.strat': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(TEXT)]), problem: /UTF-16 LE byte order mark/ },
    'utf16be-bom.strat': { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), problem: /UTF-16 BE byte order mark/ },
    'utf16le.strat': { bytes: utf16le(TEXT), problem: /looks like UTF-16 LE/ },
    'utf16be.strat': { bytes: utf16be(TEXT), problem: /looks like UTF-16 BE/ },
    'utf32.strat': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('k\0\0\0')]), problem: /UTF-32 LE/ },
    'latin1.strat': { bytes: Buffer.from('ambition A "Caf\xe9" { }\n', 'latin1'), problem: /byte 16 is not UTF-8.*Latin-1/ },
    'zeros.strat': { bytes: Buffer.from([0x61, 0, 0, 0, 0, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68]), problem: /zero bytes/ },
    'bom.strat': { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ambition B "Café" { horizon 2030 }\n')]) }
};

let folder: string;

beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'strat-encoding-'));
    for (const [name, { bytes }] of Object.entries(FILES)) writeFileSync(path.join(folder, name), bytes);
    // The January actual is current on the reference date (no kpi-stale, whatever today is).
    writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-01-20" }\n');
});

afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
});

describe('files that are not UTF-8', () => {
    it('are told apart from UTF-8 (with or without a byte order mark)', () => {
        for (const [name, { bytes, problem }] of Object.entries(FILES)) {
            const decoded = decodeStratFile(bytes);
            if (problem) expect(decoded.problem, name).toMatch(problem);
            else expect(decoded, name).toEqual({ text: 'ambition B "Café" { horizon 2030 }\n' });
        }
        expect(decodeStratFile(Buffer.from(TEXT))).toEqual({ text: TEXT });
    });

    it('strat check gives each one encoding error at its start, and nothing else', async () => {
        const { stdout, stderr } = await runCli(['check', folder, '--format', 'json']);
        expect(stderr).toBe('');
        const report = JSON.parse(stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; message: string; range: { start: { line: number; character: number } } }> }> };
        for (const [name, { problem }] of Object.entries(FILES)) {
            const file = report.files.find(f => path.basename(f.path) === name);
            if (!problem) {
                expect(file?.diagnostics ?? [], name).toEqual([]);
                continue;
            }
            expect(file?.diagnostics, name).toEqual([expect.objectContaining({ code: 'encoding', range: expect.objectContaining({ start: { line: 0, character: 0 } }) })]);
            expect(file!.diagnostics[0].message, name).toMatch(problem);
            expect(file!.diagnostics[0].message).toMatch(/is not UTF-8 text .*save it as UTF-8/);
        }
    });

    it('the language server reports it from the folder scan, and checks the open buffer as the editor decoded it', async () => {
        const client = await startStdioClient({ folders: [pathToFileURL(folder).toString()] });
        try {
            const uri = pathToFileURL(path.join(folder, 'utf16le-bom.strat')).toString();
            const fromDisk = await client.diagnosticsFor(uri);
            expect(fromDisk.diagnostics.map(d => d.code)).toEqual(['encoding']);
            const mark = client.published.length;
            await client.open(uri, TEXT);
            const opened = await client.diagnosticsFor(uri, mark);
            expect(opened.diagnostics.map(d => d.code)).toEqual([]);
        } finally {
            await client.stop();
        }
    }, 30_000);
});
