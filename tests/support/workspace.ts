import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { buildWorkspace, loadWorkspace, type WorkspaceOptions } from '../../packages/language/src/node.js';
import { buildScorecard } from '../../packages/language/src/scorecard/build-scorecard.js';
import { diagnosticMessage } from '../../packages/language/src/diagnostics/diagnostic-words.js';

/**
 * Builds one or more files (`name → text`) as a workspace: in memory, or — when a file is given
 * as bytes, to be read as Strat reads files from disk — written to a temporary folder first.
 */
export async function workspaceOf(files: Record<string, string | Uint8Array> | string, options: WorkspaceOptions = {}) {
    const sources = typeof files === 'string' ? { 'test.strat': files } : files;
    const inMemory = Object.values(sources).every(content => typeof content === 'string');
    const folder = inMemory ? '/virtual' : mkdtempSync(path.join(tmpdir(), 'strat-workspace-'));
    const loaded = inMemory
        ? await buildWorkspace(Object.entries(sources).map(([name, text]) => ({ uri: URI.file(`${folder}/${name}`), text: text as string })), options)
        : await loadWorkspace(writtenTo(folder, sources), options);
    const diagnostics = loaded.documents.flatMap(d => (d.diagnostics ?? []).map(x => ({
        file: d.uri.path.replace(`${URI.file(folder).path}/`, ''),
        code: String(x.code),
        severity: x.severity,
        message: diagnosticMessage(x),
        line: x.range.start.line + 1,
        range: x.range,
        text: d.textDocument.getText(x.range)
    })));
    return { ...loaded, diagnostics, codes: diagnostics.map(d => d.code), scorecard: () => buildScorecard(loaded.documents) };
}

function writtenTo(folder: string, files: Record<string, string | Uint8Array>): string[] {
    return Object.entries(files).map(([name, content]) => {
        const file = path.join(folder, name);
        writeFileSync(file, content);
        return file;
    });
}
