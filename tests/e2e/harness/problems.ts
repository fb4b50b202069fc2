/** The Problems panel, read as data. */
import type { Page } from 'playwright-core';

export type ProblemSeverity = 'error' | 'warning' | 'info' | 'hint' | 'unknown';

export interface ProblemRow {
    /** Absolute path of the file the problem is in. */
    file: string;
    severity: ProblemSeverity;
    message: string;
    /** The diagnostic source (`strat`). */
    source: string;
    /** The diagnostic code (`kpi-no-target`). */
    code: string;
    /** 1-based, as the panel shows it. */
    line: number;
    column: number;
}

/** The rows the panel shows now (it renders only what fits: filter it to see a file's rows). */
export async function readProblemRows(page: Page): Promise<ProblemRow[]> {
    return page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) => {
        const rows: Array<{ file: string; severity: string; message: string; source: string; code: string; line: number; column: number }> = [];
        let file = '';
        const sorted = [...elements].sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
        for (const element of sorted) {
            const text = (selector: string): string => element.querySelector(selector)?.textContent?.trim() ?? '';
            if (element.getAttribute('aria-level') === '1') {
                file = element.querySelector('.monaco-icon-label')?.getAttribute('aria-label') ?? text('.label-name');
                continue;
            }
            const icon = element.querySelector('.marker-icon');
            const severity = ['error', 'warning', 'info', 'hint'].find((name) => icon?.classList.contains(name)) ?? 'unknown';
            const position = /Ln\s*(\d+),\s*Col\s*(\d+)/.exec(text('.marker-line'));
            rows.push({
                file,
                severity,
                message: text('.marker-message'),
                source: text('.marker-source'),
                code: text('.marker-code'),
                line: position ? Number(position[1]) : 0,
                column: position ? Number(position[2]) : 0
            });
        }
        return rows;
    }) as Promise<ProblemRow[]>;
}

/** A short, readable form of rows for assertion messages. */
export function describeProblems(rows: readonly ProblemRow[]): string {
    if (rows.length === 0) {
        return '(no problems)';
    }
    return rows.map((row) => `${row.file.split('/').pop()}:${row.line}:${row.column} ${row.severity} [${row.code}] ${row.message}`).join('\n');
}
