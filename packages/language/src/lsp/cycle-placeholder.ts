/**
 * The cycle a quick fix proposes for an OKR without one. The language never reads the clock,
 * so the workspace decides first: the latest cycle of another OKR (teams plan OKRs together),
 * else the quarter of the latest measured value (actual or check-in). Only an empty workspace
 * falls back to today's quarter, from a clock the caller injects.
 */
import type { LangiumDocument } from 'langium';
import { isKpi, isOkr, type Model } from '../generated/ast.js';
import { parsePeriod } from '../model/periods.js';

export function cyclePlaceholder(documents: Iterable<LangiumDocument>, today: () => Date): string {
    let latestCycle: { start: number; text: string } | undefined;
    let latestValue: number | undefined;
    const measured = (period: string | number | undefined): void => {
        const parsed = period === undefined ? undefined : parsePeriod(period);
        if (parsed?.valid && (latestValue === undefined || parsed.start > latestValue)) {
            latestValue = parsed.start;
        }
    };
    for (const document of documents) {
        for (const element of (document.parseResult.value as Model).elements ?? []) {
            if (isOkr(element)) {
                const cycle = element.cycle === undefined ? undefined : parsePeriod(element.cycle);
                if (cycle?.valid && (latestCycle === undefined || cycle.start > latestCycle.start)) {
                    latestCycle = { start: cycle.start, text: cycle.text };
                }
                element.keyResults.forEach(kr => kr.checkins.forEach(checkin => measured(checkin.period)));
            } else if (isKpi(element)) {
                element.actuals.forEach(actual => measured(actual.period));
            }
        }
    }
    if (latestCycle) {
        return latestCycle.text;
    }
    return quarterOf(latestValue === undefined ? today() : new Date(latestValue * 86_400_000));
}

function quarterOf(date: Date): string {
    return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
