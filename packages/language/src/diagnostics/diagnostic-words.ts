/** An LSP diagnostic as Strat's outputs name it: severity as a word, message as plain text. */
import type { Diagnostic } from 'vscode-languageserver';
import type { Severity } from './rule-table.js';

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function severityName(diagnostic: Diagnostic): Severity {
    return SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error';
}

export function diagnosticMessage(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
