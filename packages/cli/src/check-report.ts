/** The `strat check` report (docs/language.md#command-line): files with their diagnostics, and a summary. */
import * as path from 'node:path';
import { diagnosticMessage, severityName, type FileFindings, type Severity } from '@strat/language';
import type { Diagnostic } from 'vscode-languageserver';

export interface ReportedDiagnostic {
    code: string;
    severity: Severity;
    message: string;
    range: Diagnostic['range'];
}

export interface CheckReport {
    files: Array<{ path: string; diagnostics: ReportedDiagnostic[] }>;
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

/** The report of every file's findings: the `.strat` files and any strat.json with problems. */
export function checkReport(findings: ReadonlyArray<FileFindings>, cwd = process.cwd()): CheckReport {
    const summary = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    const files = findings.map(file => {
        const diagnostics = file.diagnostics.map(d => {
            const severity = severityName(d);
            summary[`${severity}s` as keyof typeof summary]++;
            return {
                code: String(d.code ?? ''),
                severity,
                message: diagnosticMessage(d),
                range: { start: { ...d.range.start }, end: { ...d.range.end } }
            };
        });
        return { path: displayPath(file.uri.fsPath, cwd), diagnostics };
    });
    return { files, summary };
}

/** Paths as a user typed them: relative to the working folder when inside it, with `/`. */
export function displayPath(file: string, cwd: string): string {
    const relative = path.relative(cwd, file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return shown.split(path.sep).join('/');
}
