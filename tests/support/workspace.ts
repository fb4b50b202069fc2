import { URI } from 'langium';
import { buildWorkspace, type WorkspaceOptions } from '../../packages/language/src/node.js';
import { buildScorecard } from '../../packages/language/src/scorecard/build-scorecard.js';
import { diagnosticMessage } from '../../packages/language/src/diagnostics/diagnostic-words.js';

/**
 * Builds one or more in-memory files (`name → text`) as a workspace. Without `asOf` in the
 * options there is no reference date (as `--as-of none`), so the result does not depend on today.
 */
export async function workspaceOf(files: Record<string, string> | string, options: WorkspaceOptions = {}) {
    const sources = typeof files === 'string' ? { 'test.strat': files } : files;
    const loaded = await buildWorkspace(Object.entries(sources).map(([name, text]) => ({ uri: URI.file(`/virtual/${name}`), text })), { asOf: null, ...options });
    const settings = loaded.services.config.Settings;
    const diagnostics = loaded.documents.flatMap(d => (d.diagnostics ?? []).map(x => ({
        file: d.uri.path.replace('/virtual/', ''),
        code: String(x.code),
        severity: x.severity,
        message: diagnosticMessage(x),
        line: x.range.start.line + 1,
        range: x.range,
        text: d.textDocument.getText(x.range)
    })));
    return { ...loaded, diagnostics, codes: diagnostics.map(d => d.code), scorecard: () => buildScorecard(loaded.documents, document => settings.forDocument(document.uri).asOf) };
}
