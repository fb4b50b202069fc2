/**
 * Problems of a `strat.json` as diagnostics in that file (code `config`), for the Problems panel
 * and `strat check`, with the severity the settings give `config` there (it can be changed or
 * turned off like any rule's). Ranges come from offsets in the file's text.
 */
import { TextDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { LSP_SEVERITY } from '../diagnostics/lsp-severity.js';
import { ruleDocUrl } from '../diagnostics/rule-table.js';
import type { ProjectFile } from './project-files.js';
import type { StratSettings } from './strat-settings.js';

export function projectFileDiagnostics(file: ProjectFile, settings: StratSettings): Diagnostic[] {
    const setting = settings.forDocument(file.uri).settingOf('config');
    if (setting === undefined || setting === 'off') return [];
    const text = TextDocument.create(file.uri.toString(), 'json', 0, file.text);
    return file.problems.map(problem => ({
        range: { start: text.positionAt(problem.start), end: text.positionAt(problem.end) },
        severity: LSP_SEVERITY[setting],
        code: 'config',
        codeDescription: { href: ruleDocUrl('config') },
        source: 'strat',
        message: problem.message
    }));
}
