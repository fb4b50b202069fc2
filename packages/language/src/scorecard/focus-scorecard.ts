/**
 * The scorecard of one file, in the context of its workspace: the file's own elements, plus the
 * elements one step away in the seven-step chain (the KPIs its OKRs address or measure, the OKRs
 * that address its KPIs, the strategies its KPIs monitor, the ambitions its strategies realize),
 * so a file of OKRs still shows the status of the KPIs they address. Only the file's diagnostics.
 */
import { assembleScorecard } from './build-scorecard.js';
import type { Scorecard } from './model.js';

/** `asOf`: the file's own reference date (by default the workspace scorecard's). */
export function focusScorecard(workspace: Scorecard, uri: string, asOf: string | null = workspace.asOf): Scorecard {
    const inFile = (card: { location: { uri: string } }) => card.location.uri === uri;
    const named = <T extends { name: string }>(cards: T[], names: Set<string>) => cards.filter(card => names.has(card.name));

    // The reverse links (addressedBy, kpis, strategies) say what links to the file's elements.
    const fileKpis = workspace.kpis.filter(inFile);
    const addressers = new Set(fileKpis.flatMap(k => k.addressedBy));
    const okrs = workspace.okrs.filter(o => inFile(o) || addressers.has(o.name));
    const kpiNames = new Set(fileKpis.map(k => k.name));
    okrs.forEach(o => {
        o.addresses.forEach(k => kpiNames.add(k));
        o.keyResults.forEach(kr => kr.measures && kpiNames.add(kr.measures));
    });
    const fileStrategies = workspace.strategies.filter(inFile);
    const strategyNames = new Set(fileStrategies.map(s => s.name));
    workspace.kpis.forEach(k => {
        if (kpiNames.has(k.name)) k.strategies.forEach(s => strategyNames.add(s));
    });
    fileStrategies.forEach(s => s.kpis.forEach(k => kpiNames.add(k)));
    const fileAmbitions = workspace.ambitions.filter(inFile);
    const ambitionNames = new Set(fileAmbitions.map(a => a.name));
    workspace.strategies.forEach(s => {
        if (s.ambition && strategyNames.has(s.name)) ambitionNames.add(s.ambition);
    });
    fileAmbitions.forEach(a => a.strategies.forEach(s => strategyNames.add(s)));
    return assembleScorecard(
        named(workspace.ambitions, ambitionNames),
        named(workspace.strategies, strategyNames),
        named(workspace.kpis, kpiNames),
        okrs,
        workspace.diagnostics.items.filter(d => d.uri === uri),
        asOf
    );
}
