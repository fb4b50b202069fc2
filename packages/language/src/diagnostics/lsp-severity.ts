/** A rule's severity as the Language Server Protocol numbers it: one table for every producer of diagnostics. */
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Severity } from './rule-table.js';

export const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint
};
