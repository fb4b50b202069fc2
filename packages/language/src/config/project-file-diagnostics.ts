/**
 * Problems of a `strat.json` as diagnostics in that file (code `config`), for the Problems panel
 * and `strat check`. Ranges come from offsets in the file's text.
 */
import { TextDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { RULES, ruleDocUrl, type Severity } from '../diagnostics/rule-table.js';
import type { ProjectFile } from './project-files.js';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint
};

export function projectFileDiagnostics(file: ProjectFile): Diagnostic[] {
    const text = TextDocument.create(file.uri.toString(), 'json', 0, file.text);
    return file.problems.map(problem => ({
        range: { start: text.positionAt(problem.start), end: text.positionAt(problem.end) },
        severity: SEVERITIES[RULES.config.severity],
        code: 'config',
        codeDescription: { href: ruleDocUrl('config') },
        source: 'strat',
        message: problem.message
    }));
}
