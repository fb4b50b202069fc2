/** Human-readable `strat check` output: `path:line:col  severity  code  message`, 1-based. */
import { plural } from '@strat/language';
import type { CheckReport } from './check-report.js';

export interface Colours {
    red(text: string): string;
    yellow(text: string): string;
    blue(text: string): string;
    dim(text: string): string;
    bold(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
export const COLOURS: Colours = { red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39), dim: ansi(2, 22), bold: ansi(1, 22) };
const identity = (text: string) => text;
export const NO_COLOURS: Colours = { red: identity, yellow: identity, blue: identity, dim: identity, bold: identity };

export function formatText(report: CheckReport, colours: Colours): string {
    const lines: string[] = [];
    const paint: Record<string, (t: string) => string> = { error: colours.red, warning: colours.yellow, info: colours.blue, hint: colours.dim };
    for (const file of report.files) {
        for (const d of file.diagnostics) {
            const where = `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
            lines.push(`${where}  ${paint[d.severity](d.severity.padEnd(7))}  ${colours.dim(d.code)}  ${d.message}`);
        }
    }
    const { errors, warnings, infos, hints } = report.summary;
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'info', 'info'), plural(hints, 'hint')];
    const files = plural(report.files.length, 'file');
    const summary = errors + warnings + infos + hints === 0
        ? `No problems in ${files}.`
        : `${parts.join(', ')} in ${files}.`;
    if (lines.length > 0) {
        lines.push('');
    }
    lines.push(errors > 0 ? colours.bold(colours.red(summary)) : colours.bold(summary));
    return lines.join('\n') + '\n';
}
