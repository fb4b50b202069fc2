import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { buildWorkspace, workspaceScorecard, type WorkspaceOptions } from '../../packages/language/src/node.js';
import { diagnosticMessage } from '../../packages/language/src/diagnostics/diagnostic-words.js';
import { workspaceFindings } from '../../packages/language/src/validation/workspace-findings.js';
import { STRAT_JSON } from '../../packages/language/src/config/strat-json.js';

/**
 * Builds one or more in-memory files (`name → text`) as a workspace. Without `asOf` in the
 * options there is no reference date (as `--as-of none`), so the result does not depend on today.
 * A workspace with other files than `.strat` ones (a `strat.json`, data files) is written to a
 * temporary folder, where they are found, and is checked as a `strat.json` there says (the
 * findings include those of the strat.json and of the data files).
 */
export async function workspaceOf(files: Record<string, string> | string, options: WorkspaceOptions = {}) {
    const sources = typeof files === 'string' ? { 'test.strat': files } : files;
    const onDisk = Object.keys(sources).some(name => !name.endsWith('.strat'));
    const configured = Object.keys(sources).some(name => path.basename(name) === STRAT_JSON);
    const folder = onDisk ? mkdtempSync(path.join(tmpdir(), 'strat-workspace-')) : '/virtual';
    if (onDisk) {
        for (const [name, text] of Object.entries(sources)) {
            mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
            writeFileSync(path.join(folder, name), text);
        }
    }
    const strat = Object.entries(sources).filter(([name]) => name.endsWith('.strat'));
    const loaded = await buildWorkspace(strat.map(([name, text]) => ({ uri: URI.file(path.join(folder, name)), text })), configured ? options : { asOf: null, ...options }, onDisk ? [URI.file(folder)] : []);
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
