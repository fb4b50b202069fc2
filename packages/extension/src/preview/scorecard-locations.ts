/**
 * Where a scorecard's elements are defined: the documents it refers to (a reveal asked by the
 * page may only go there) and an OKR's place (the code lens "open the scorecard at this OKR"). Pure.
 */
import type { Scorecard, SourceLocation } from '@strat/language';

/** Every document the scorecard refers to. */
export function scorecardDocuments(scorecard: Scorecard): Set<string> {
    const locations: SourceLocation[] = [
        ...scorecard.ambitions.map((a) => a.location),
        ...scorecard.strategies.map((s) => s.location),
        ...scorecard.kpis.map((k) => k.location),
        ...scorecard.okrs.flatMap((o) => [o.location, ...o.keyResults.map((kr) => kr.location)]),
    ];
    return new Set([...locations.map((l) => l.uri), ...scorecard.diagnostics.items.map((d) => d.uri)]);
}

/** Where an OKR is defined, by name. */
export function okrLocation(scorecard: Scorecard, name: string): SourceLocation | undefined {
    return scorecard.okrs.find((okr) => okr.name === name)?.location;
}
