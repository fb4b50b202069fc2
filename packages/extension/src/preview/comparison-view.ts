/**
 * The language server's comparison (`strat/scorecardComparison`) as the preview shows it: its
 * tables as they come, and a mark for each changed card of the scorecard on screen — found by
 * name there, placed by the card's source location — with the numbers written as the cards write
 * them. Pure.
 */
import type { CardChange, KpiCardChange, OkrCardChange, Scorecard } from '@strat/language';
import type { ScorecardComparisonResult } from '@strat/language/protocol';
import { formatFraction, formatQuantity } from '@strat/language/render';
import type { CardMark, ChangeTrend, ComparisonView, MarkLine } from './preview-comparison.js';

const STATUS_RANK: Readonly<Record<string, number>> = { red: 0, amber: 1, green: 2 };

function trend(before: number | null, after: number | null): ChangeTrend | undefined {
    if (before === null || after === null || before === after) return undefined;
    return after > before ? 'up' : 'down';
}

function arrow(before: string, after: string): string {
    return before === after ? after : `${before} → ${after}`;
}

/** Better or worse by status: green over amber over red; unknown says nothing. */
function statusTone(before: string | null, after: string | null): MarkLine['tone'] {
    const from = before === null ? undefined : STATUS_RANK[before];
    const to = after === null ? undefined : STATUS_RANK[after];
    if (from === undefined || to === undefined || from === to) return undefined;
    return to > from ? 'better' : 'worse';
}

function line(label: string, text: string, lineTrend?: ChangeTrend, tone?: MarkLine['tone']): MarkLine {
    return { label, text, ...(lineTrend ? { trend: lineTrend } : {}), ...(tone ? { tone } : {}) };
}

function kpiLines(change: KpiCardChange, ref: string): MarkLine[] {
    if (change.added) return [line('New', `not in ${ref}`)];
    const lines: MarkLine[] = [];
    const value = change.value;
    if (value.before !== value.after) {
        const valueTrend = trend(value.before, value.after);
        const good = valueTrend === undefined ? undefined : (valueTrend === 'up') === (change.direction === 'up') ? 'better' : 'worse';
        const format = (v: number | null) => (v === null ? 'no data' : formatQuantity(v, change.unit));
        const period = change.period.before !== change.period.after && change.period.after ? ` (${change.period.after})` : '';
        lines.push(line('Value', arrow(format(value.before), format(value.after)) + period, valueTrend, good));
    }
    if (change.status.before !== change.status.after) {
        lines.push(line('Status', arrow(change.status.before ?? 'none', change.status.after ?? 'none'), undefined, statusTone(change.status.before, change.status.after)));
    }
    return lines;
}

function okrLines(change: OkrCardChange, ref: string): MarkLine[] {
    if (change.added) return [line('New', `not in ${ref}`)];
    const lines: MarkLine[] = [];
    if (change.score.before !== change.score.after) {
        const scoreTrend = trend(change.score.before, change.score.after);
        lines.push(line('Score', arrow(formatFraction(change.score.before), formatFraction(change.score.after)), scoreTrend, scoreTrend === 'up' ? 'better' : scoreTrend === 'down' ? 'worse' : undefined));
    }
    if (change.grade.before !== change.grade.after) {
        lines.push(line('Grade', arrow(change.grade.before ?? 'none', change.grade.after ?? 'none'), undefined, statusTone(change.grade.before, change.grade.after)));
    }
    if (change.status.before !== change.status.after) {
        lines.push(line('Status', arrow(change.status.before ?? 'none', change.status.after ?? 'none')));
    }
    return lines;
}

function markOf(change: CardChange, shown: Scorecard, ref: string): CardMark | undefined {
    const card = change.kind === 'kpi' ? shown.kpis.find((kpi) => kpi.name === change.name) : shown.okrs.find((okr) => okr.name === change.name);
    if (!card) return undefined;
    const lines = change.kind === 'kpi' ? kpiLines(change, ref) : okrLines(change, ref);
    if (lines.length === 0) return undefined;
    return { kind: change.kind, uri: card.location.uri, line: card.location.range.start.line, lines };
}

/** What the preview shows of a comparison, over the scorecard `shown`. */
export function comparisonView(ref: string, result: ScorecardComparisonResult, shown: Scorecard): ComparisonView {
    const commit = result.diff.base.commit;
    return {
        ref,
        ...(commit ? { commit: commit.slice(0, 7) } : {}),
        summary: result.summary,
        tables: result.tables.map((table) => ({ title: table.title, header: table.header, rows: table.rows })),
        marks: result.cards.map((change) => markOf(change, shown, ref)).filter((mark): mark is CardMark => mark !== undefined),
    };
}

/** A comparison that could not be made: the reason, in place of the changes. */
export function comparisonProblem(ref: string, problem: string): ComparisonView {
    return { ref, summary: '', tables: [], marks: [], problem };
}
