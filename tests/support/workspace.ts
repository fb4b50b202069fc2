import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { buildWorkspace, loadWorkspace, workspaceScorecard, type WorkspaceOptions } from '../../packages/language/src/node.js';
import { diagnosticMessage } from '../../packages/language/src/diagnostics/diagnostic-words.js';
import { workspaceFindings } from '../../packages/language/src/validation/workspace-findings.js';
import { STRAT_JSON } from '../../packages/language/src/config/strat-json.js';
import { writeFiles } from './temp-folder.js';

/**
 * Builds one or more files (`name → text`) as a workspace. Without `asOf` in the options there
 * is no reference date (as `--as-of none`), so the result does not depend on today. A workspace
 * with other files than `.strat` ones (a `strat.json`, data files), or with a file given as bytes
 * (to be read as Strat reads files from disk), is written to a temporary folder and loaded from
 * there, checked as a `strat.json` there says (the findings include those of the strat.json and
 * of the data files); any other is built in memory.
 */
export async function workspaceOf(files: Record<string, string | Uint8Array> | string, options: WorkspaceOptions = {}) {
    const sources = typeof files === 'string' ? { 'test.strat': files } : files;
    const onDisk = Object.entries(sources).some(([name, content]) => !name.endsWith('.strat') || typeof content !== 'string');
    const configured = Object.keys(sources).some(name => path.basename(name) === STRAT_JSON);
    const folder = onDisk ? mkdtempSync(path.join(tmpdir(), 'strat-workspace-')) : '/virtual';
    const settingsOf = configured ? options : { asOf: null, ...options };
    const loaded = onDisk
        ? await loadWorkspace(writeFiles(folder, sources).filter(file => file.endsWith('.strat')), settingsOf, [folder])
        : await buildWorkspace(Object.entries(sources).map(([name, text]) => ({ uri: URI.file(path.join(folder, name)), text: text as string })), settingsOf);
    const settings = loaded.services.config.Settings;
    const diagnostics = workspaceFindings(loaded.documents, settings, loaded.services.data.DataFiles).flatMap(file => file.diagnostics.map(x => ({
        file: path.relative(folder, file.uri.fsPath),
        code: String(x.code),
        severity: x.severity,
        message: diagnosticMessage(x),
        line: x.range.start.line + 1,
        range: x.range,
        text: loaded.documents.find(d => d.uri.toString() === file.uri.toString())?.textDocument.getText(x.range)
    })));
    return { ...loaded, diagnostics, codes: diagnostics.map(d => d.code), scorecard: () => workspaceScorecard(loaded) };
}
