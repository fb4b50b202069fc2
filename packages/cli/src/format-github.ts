/**
 * `strat check --format github`: one GitHub Actions workflow command per finding, which the
 * runner turns into an annotation on the line of the pull request's diff:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`.
 */
import type { Severity } from '@strat/language';
import type { CheckReport } from './check-report.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** A command's message: `%`, CR and LF would end or corrupt the command. */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as a message, and `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: CheckReport): string {
    const lines: string[] = [];
    for (const file of report.files) {
        for (const d of file.diagnostics) {
            const { start, end } = d.range;
            const properties: Array<[string, string | number]> = [
                ['file', file.path],
                ['line', start.line + 1],
                ['col', start.character + 1],
                ['endLine', end.line + 1],
                // GitHub's columns are 1-based and its end column inclusive: LSP's exclusive end, counted from 1.
                ['endColumn', Math.max(end.character, end.line === start.line ? start.character + 1 : 1)],
                ['title', d.code]
            ];
            const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
            lines.push(`::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}`);
        }
    }
    return lines.map(line => `${line}\n`).join('');
}
