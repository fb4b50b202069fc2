/** The hover of `actuals from "…"`: where the KPI's numbers come from, how many rows, the latest row — or why the file gave none. */
import type { Kpi } from '../generated/ast.js';
import type { SourceOutcome } from '../data/data-files.js';
import { escapeMarkdown } from '../scorecard/render/escape.js';
import { formatNumber, plural } from '../scorecard/render/format.js';

export function dataSourceMarkdown(kpi: Kpi, outcome: SourceOutcome | undefined): string {
    const source = kpi.source!;
    const lines = [`**Data file** \`${escapeMarkdown(source.path ?? '')}\` — actuals of KPI \`${kpi.name}\``, ''];
    lines.push(`**Column:** ${escapeMarkdown(outcome?.column ?? source.column ?? kpi.name ?? '')}${source.sheet ? ` · **Sheet:** ${escapeMarkdown(source.sheet)}` : ''}`);
    if (outcome) {
        const rows = plural(outcome.actuals.length, 'row');
        const latest = outcome.latest;
        lines.push(`**Read:** ${rows}${latest ? ` · latest ${latest.period} = ${formatNumber(latest.value)}${latest.percent ? '%' : ''} (row ${latest.row})` : ''}`);
        if (outcome.problem) lines.push('', `⚠ ${escapeMarkdown(outcome.problem)}`);
    }
    return lines.join('\n');
}
