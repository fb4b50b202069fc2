/** The `strat check` report (LANGUAGE.md §6): files with their diagnostics, and a summary. */
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Severity } from '@strat/language';
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

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function checkReport(documents: ReadonlyArray<LangiumDocument>, cwd = process.cwd()): CheckReport {
    const summary = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    const files = documents.map(document => {
        const diagnostics = (document.diagnostics ?? []).map(d => {
            const severity = SEVERITY_NAMES[d.severity ?? 1] ?? 'error';
            summary[`${severity}s` as keyof typeof summary]++;
            return {
                code: String(d.code ?? ''),
                severity,
                message: typeof d.message === 'string' ? d.message : d.message.value,
                range: { start: { ...d.range.start }, end: { ...d.range.end } }
            };
        });
        return { path: displayPath(document.uri.fsPath, cwd), diagnostics };
    });
    return { files, summary };
}

/** Paths as a user typed them: relative to the working folder when inside it, with `/`. */
export function displayPath(file: string, cwd: string): string {
    const relative = path.relative(cwd, file);
    const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
    return shown.split(path.sep).join('/');
}
