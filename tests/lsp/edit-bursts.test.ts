/**
 * Bursts of edits through the real server (stdio): hundreds of quick keystrokes are gathered and
 * the stale builds abandoned, a hover after the last one is answered on the last text, and the
 * diagnostics finally published equal those of a fresh server given the final text. Only
 * correctness is asserted; how fast the answer comes is `npm run bench`'s (bench-workspace-scale.mjs).
 * Also: files whose findings did not change are not published again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, HoverRequest, type Diagnostic, type Hover } from 'vscode-languageserver-protocol';
import { startStdioClient, type StdioClient } from './stdio-client.js';

const STRATEGY = 'ambition A "Be great" { horizon 2030 }\nstrategy S "Grow" { realizes A }\n';
const KPIS = 'kpi K "Sales" { monitors S target >= 10 alert 5 every month actual 2026-01 3 }\n';
const OKR = 'okr O "Win clients" { cycle 2026-Q1 addresses K key result "Grow it" { from 1 to 5 } }\n';

const folders: string[] = [];
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })));

function workspace(): { folder: string; uri: (name: string) => string } {
    const folder = mkdtempSync(path.join(tmpdir(), 'strat-bursts-'));
    folders.push(folder);
    writeFileSync(path.join(folder, 'strat.json'), '{ "asOf": "2026-02-10" }\n');
    writeFileSync(path.join(folder, 'strategy.strat'), STRATEGY);
    writeFileSync(path.join(folder, 'kpis.strat'), KPIS);
    writeFileSync(path.join(folder, 'okrs.strat'), OKR);
    return { folder, uri: name => pathToFileURL(path.join(folder, name)).toString() };
}

/** Diagnostics as compared: code, place and message. */
const summary = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message}`);

async function started(folder: string): Promise<StdioClient> {
    const client = await startStdioClient({ folders: [pathToFileURL(folder).toString()] });
    // All three files checked (diagnostics published for each).
    await client.waitFor(() => new Set(client.published.map(p => p.uri)).size >= 3 ? true : undefined, 'the workspace checked', 60_000);
    return client;
}

describe('bursts of edits through the stdio server', () => {
    for (const count of [400, 3000]) {
        it(`after ${count} quick edits, a hover answers on the last text and the diagnostics equal a fresh server's`, async () => {
            const { folder, uri } = workspace();
            const client = await started(folder);
            const okrs = uri('okrs.strat');
            let text = OKR;
            try {
                await client.open(okrs, text, 1);
                await client.diagnosticsFor(okrs);
                // Renames of the addressed KPI, one keystroke at a time: K → K1 → K12 …, every other one unresolved.
                for (let version = 2; version <= count + 1; version++) {
                    const at = text.indexOf('addresses K') + 'addresses K'.length;
                    const insert = String(version % 10);
                    text = text.slice(0, at) + insert + text.slice(at);
                    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                        textDocument: { uri: okrs, version },
                        contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, text: insert }]
                    });
                }
                // The last edit makes the reference resolve again: `addresses K` as at the start, and the OKR renamed.
                const finalVersion = count + 2;
                const finalText = text.replace(/addresses K\d+/, 'addresses K').replace('okr O ', 'okr Won ');
                void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                    textDocument: { uri: okrs, version: finalVersion },
                    contentChanges: [{ text: finalText }]
                });
                const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: okrs }, position: { line: 0, character: 5 } }) as Hover | null;
                expect(JSON.stringify(hover?.contents)).toContain('Won');
                const final = await client.waitFor(() => client.published.find(p => p.uri === okrs && p.version === finalVersion), 'the last version\'s diagnostics', 120_000);

                const fresh = workspace();
                writeFileSync(path.join(fresh.folder, 'okrs.strat'), finalText);
                const reference = await started(fresh.folder);
                try {
                    const expected = await reference.diagnosticsFor(fresh.uri('okrs.strat'));
                    expect(summary(final.diagnostics)).toEqual(summary(expected.diagnostics));
                    expect(summary(final.diagnostics).join('\n')).not.toContain('unresolved');
                    // The other files end as the fresh server has them too.
                    for (const name of ['kpis.strat', 'strategy.strat']) {
                        const mine = await client.diagnosticsFor(uri(name));
                        const theirs = await reference.diagnosticsFor(fresh.uri(name));
                        expect(summary(mine.diagnostics), name).toEqual(summary(theirs.diagnostics));
                    }
                } finally {
                    await reference.stop();
                }
            } finally {
                await client.stop();
            }
        }, 240_000);
    }

    it('publishes the edited file at each version, and the other files only when their findings change', async () => {
        const { folder, uri } = workspace();
        const client = await started(folder);
        const okrs = uri('okrs.strat');
        const kpis = uri('kpis.strat');
        try {
            await client.open(kpis, KPIS, 1);
            await client.diagnosticsFor(kpis);
            // the first build publishes every file: let it finish before counting
            await client.diagnosticsFor(okrs);
            await new Promise(resolve => setTimeout(resolve, 500));
            const edit = async (version: number, text: string) => {
                const before = client.published.length;
                await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: kpis, version }, contentChanges: [{ text }] });
                await client.waitFor(() => client.published.slice(before).find(p => p.uri === kpis && p.version === version), `version ${version}`);
                // What the build publishes after the edited file comes with it; a moment more lets a stray one show.
                await new Promise(resolve => setTimeout(resolve, 500));
                return client.published.slice(before).map(p => p.uri);
            };
            // A new title: the OKR file, which refers to the KPI, is checked again but finds the same, so it is not published.
            expect(await edit(2, KPIS.replace('"Sales"', '"Net sales"')), 'published after the edit').not.toContain(okrs);
            // The KPI turns green: the OKR that addresses it gains `okr-on-green-kpi`, and its file is published.
            expect(await edit(3, KPIS.replace('2026-01 3', '2026-01 12'))).toContain(okrs);
            const latest = await client.diagnosticsFor(okrs);
            expect(latest.diagnostics.map(d => d.code)).toContain('okr-on-green-kpi');
        } finally {
            await client.stop();
        }
    }, 120_000);
});
