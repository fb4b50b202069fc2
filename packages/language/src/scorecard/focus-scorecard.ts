/**
 * The scorecard of one file, in the context of its workspace: the file's own elements, plus the
 * elements one step away in the seven-step chain (the KPIs its OKRs address or measure, the OKRs
 * that address its KPIs, the strategies its KPIs monitor, the ambitions its strategies realize),
 * so a file of OKRs still shows the status of the KPIs they address. Only the file's diagnostics.
 */
import { assembleScorecard } from './build-scorecard.js';
import type { Scorecard } from './model.js';

export function focusScorecard(workspace: Scorecard, uri: string): Scorecard {
    const inFile = (card: { location: { uri: string } }) => card.location.uri === uri;
    const named = <T extends { name: string }>(cards: T[], names: Set<string>) => cards.filter(card => names.has(card.name));

    const fileKpis = new Set(workspace.kpis.filter(inFile).map(k => k.name));
    const okrs = workspace.okrs.filter(o => inFile(o) || o.addresses.some(k => fileKpis.has(k)));
    const kpiNames = new Set(fileKpis);
    okrs.forEach(o => {
        o.addresses.forEach(k => kpiNames.add(k));
        o.keyResults.forEach(kr => kr.measures && kpiNames.add(kr.measures));
    });
    const fileStrategies = new Set(workspace.strategies.filter(inFile).map(s => s.name));
    const strategyNames = new Set(fileStrategies);
    workspace.kpis.forEach(k => {
        if (kpiNames.has(k.name)) k.strategies.forEach(s => strategyNames.add(s));
        else if (k.strategies.some(s => fileStrategies.has(s))) kpiNames.add(k.name);
    });
    const fileAmbitions = new Set(workspace.ambitions.filter(inFile).map(a => a.name));
    const ambitionNames = new Set(fileAmbitions);
    workspace.strategies.forEach(s => {
        if (!s.ambition) return;
        if (strategyNames.has(s.name)) ambitionNames.add(s.ambition);
        else if (fileAmbitions.has(s.ambition)) strategyNames.add(s.name);
    });
    return assembleScorecard(
        named(workspace.ambitions, ambitionNames),
        named(workspace.strategies, strategyNames),
        named(workspace.kpis, kpiNames),
        okrs,
        workspace.diagnostics.items.filter(d => d.uri === uri)
    );
}
