/**
 * Builds the one scorecard model (model.ts) from linked documents: every status, score and
 * grade is computed here and nowhere else. Pure: no I/O, no clock.
 * Text with syntax errors still gives a scorecard (the editor's preview and export show it): an
 * element the parser recovered without its name or title gets `''`, never `undefined`.
 */
import { byPath } from '../workspace/document-order.js';
import { AstUtils, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { isAmbition, isKpi, isOkr, isStrategy, type Ambition, type KeyResult, type Kpi, type Model, type Okr, type Strategy } from '../generated/ast.js';
import { isPercent, propertyNode } from '../model/ast-text.js';
import { known } from '../model/numbers.js';
import { keyResultBaseline, keyResultCheckins, keyResultConfidence, keyResultProgress, keyResultTarget, keyResultValue } from './key-result-progress.js';
import { kpiActuals, kpiDirection, kpiStatus, kpiTrend } from './kpi-status.js';
import { dataActualsOf, latestDataRow } from './kpi-data-rows.js';
import type { AmbitionCard, Frequency, KeyResultCard, KpiCard, OkrCard, Perspective, Scorecard, ScorecardDiagnostic, SourceLocation, StrategyCard } from './model.js';
import { kpiWithLinks, linkCards, type StatedAmbition, type StatedCards, type StatedKpi, type StatedStrategy } from './card-links.js';
import { diagnosticMessage, severityName } from '../diagnostics/diagnostic-words.js';
import { grade, keyResultWeight, objectiveScore, okrCommitment, okrStatus } from './objective-score.js';
import { formatDay, periodSpan } from '../model/period-span.js';
import { cycleDay } from './cycle-time.js';
import { keyResultPace, kpiFreshUntil, kpiStale, okrCycle, okrElapsed, okrIsRunning, okrPace } from './okr-time.js';

/** The reference date a document is judged against (its strat.json's, the command line's, or today), or null for none. */
export type ReferenceDateOf = (document: LangiumDocument) => number | null;

/**
 * The scorecard of these documents. Each element is judged against its own document's reference
 * date; the scorecard's `asOf` is that of the first document, and `referenceDates` lists them all
 * when strat.json files make them differ.
 */
export function buildScorecard(documents: ReadonlyArray<LangiumDocument>, referenceDate: ReferenceDateOf = () => null): Scorecard {
    const ambitions: Ambition[] = [];
    const strategies: Strategy[] = [];
    const kpiCards: StatedKpi[] = [];
    const okrCards: OkrCard[] = [];
    const ordered = [...documents].sort(byPath);
    for (const document of ordered) {
        const asOf = referenceDate(document);
        for (const element of (document.parseResult.value as Model).elements ?? []) {
            if (isAmbition(element)) ambitions.push(element);
            else if (isStrategy(element)) strategies.push(element);
            else if (isKpi(element)) kpiCards.push(statedKpiCard(element, asOf));
            else if (isOkr(element)) okrCards.push(okrCard(element, asOf));
        }
    }
    const diagnostics = ordered.flatMap(document => (document.diagnostics ?? []).map(d => diagnosticOf(document, d)));
    const asOf = ordered.length > 0 ? referenceDate(ordered[0]) : null;
    const dates = [...new Set(ordered.map(referenceDate).filter(day => day !== null))].sort((a, b) => a - b).map(formatDay);
    return scorecardOfStatedCards({
        ambitions: ambitions.map(ambitionCard),
        strategies: strategies.map(strategyCard),
        kpis: kpiCards,
        okrs: okrCards
    }, diagnostics, asOf === null ? null : formatDay(asOf), dates);
}

/**
 * The scorecard of cards as their elements state them: the reverse links are added (card-links.ts),
 * then the counts. `buildScorecard` ends here; test fixtures start here.
 */
export function scorecardOfStatedCards(cards: StatedCards, diagnostics: ScorecardDiagnostic[], asOf: string | null = null, referenceDates: readonly string[] = []): Scorecard {
    const linked = linkCards(cards);
    return assembleScorecard(linked.ambitions, linked.strategies, linked.kpis, linked.okrs, diagnostics, asOf, referenceDates);
}

/** The scorecard of these cards: the seven-step counts and the diagnostics summary follow from them. */
export function assembleScorecard(
    ambitions: AmbitionCard[], strategies: StrategyCard[], kpis: KpiCard[], okrs: OkrCard[], diagnostics: ScorecardDiagnostic[], asOf: string | null,
    referenceDates: readonly string[] = []
): Scorecard {
    const count = (severity: ScorecardDiagnostic['severity']) => diagnostics.filter(d => d.severity === severity).length;
    return {
        asOf,
        // Said only when the files disagree: one date is already `asOf`.
        ...(referenceDates.length > 1 ? { referenceDates: [...referenceDates] } : {}),
        ambitions,
        strategies,
        kpis,
        okrs,
        steps: {
            ambitions: ambitions.length,
            strategies: strategies.length,
            kpis: kpis.length,
            monitoredKpis: kpis.filter(k => k.actuals.length > 0).length,
            redKpis: kpis.filter(k => k.status === 'red').length,
            activeOkrs: okrs.filter(o => o.status === 'active').length,
            okrsWithPlans: okrs.filter(o => o.status === 'active' && (o.plan?.initiatives.length ?? 0) > 0).length,
            closedOkrs: okrs.filter(o => o.status === 'closed').length
        },
        diagnostics: {
            summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') },
            items: diagnostics
        }
    };
}

function ambitionCard(ambition: Ambition): StatedAmbition {
    return {
        name: ambition.name ?? '',
        title: ambition.title ?? '',
        horizon: ambition.horizon === undefined ? null : String(ambition.horizon),
        owner: ambition.owner ?? null,
        description: ambition.description ?? null,
        location: locationOf(ambition)
    };
}

function strategyCard(strategy: Strategy): StatedStrategy {
    return {
        name: strategy.name ?? '',
        title: strategy.title ?? '',
        perspective: (strategy.perspective as Perspective | undefined) ?? null,
        owner: strategy.owner ?? null,
        description: strategy.description ?? null,
        ambition: strategy.realizes?.ref?.name ?? null,
        location: locationOf(strategy)
    };
}

/** The card of one KPI, given the OKRs that address it (the editor's hover knows them from the index). */
export function kpiCard(kpi: Kpi, addressedBy: readonly Okr[], asOf: number | null): KpiCard {
    return kpiWithLinks(statedKpiCard(kpi, asOf), addressedBy.map(okr => okrCard(okr, asOf)));
}

function statedKpiCard(kpi: Kpi, asOf: number | null): StatedKpi {
    const actuals = kpiActuals(kpi);
    const latest = actuals.at(-1);
    const status = kpiStatus(kpi);
    const stale = kpiStale(kpi, asOf);
    const freshUntil = kpiFreshUntil(kpi);
    return {
        name: kpi.name ?? '',
        title: kpi.title ?? '',
        status,
        value: latest?.value ?? null,
        period: latest?.period ?? null,
        target: known(kpi.target) ?? null,
        alert: known(kpi.alert) ?? null,
        direction: kpiDirection(kpi),
        trend: kpiTrend(kpi),
        rewarded: kpi.rewarded,
        confidential: kpi.confidential,
        unit: kpi.unit ?? (kpiUsesPercent(kpi) ? '%' : null),
        frequency: (kpi.frequency as Frequency | undefined) ?? null,
        baseline: known(kpi.baseline) ?? null,
        owner: kpi.owner ?? null,
        description: kpi.description ?? null,
        strategies: kpi.monitors.flatMap(ref => ref.ref ? [ref.ref.name] : []),
        actuals: [...actuals],
        stale,
        freshUntil: freshUntil === undefined ? null : formatDay(freshUntil),
        attention: [...(status === 'red' ? ['red' as const] : []), ...(stale === true ? ['stale' as const] : [])],
        source: sourceOf(kpi),
        location: locationOf(kpi)
    };
}

function sourceOf(kpi: Kpi): KpiCard['source'] {
    if (!kpi.source) return null;
    const rows = dataActualsOf(kpi);
    const latest = latestDataRow(rows);
    return { path: kpi.source.path ?? '', column: kpi.source.column ?? kpi.name ?? '', rows: rows.length, latestRow: latest?.row ?? null };
}

/** `%` numbers imply the unit `%`. */
function kpiUsesPercent(kpi: Kpi): boolean {
    return isPercent(kpi, 'target') || isPercent(kpi, 'alert') || kpi.actuals.some(a => isPercent(a, 'value')) || dataActualsOf(kpi).some(row => row.percent);
}

export function okrCard(okr: Okr, asOf: number | null): OkrCard {
    const score = objectiveScore(okr);
    const commitment = okrCommitment(okr);
    const running = okrIsRunning(okr, asOf);
    const cycle = okrCycle(okr);
    const elapsed = okrElapsed(okr, asOf);
    return {
        name: okr.name ?? '',
        objective: okr.title ?? '',
        cycle: okr.cycle === undefined ? null : String(okr.cycle),
        status: okrStatus(okr),
        commitment,
        score: score ?? null,
        grade: grade(score, commitment) ?? null,
        confidential: okr.confidential,
        owner: okr.owner ?? null,
        description: okr.description ?? null,
        addresses: okr.addresses.flatMap(ref => ref.ref ? [ref.ref.name] : []),
        supports: okr.supports?.ref?.name ?? null,
        keyResults: okr.keyResults.map(kr => keyResultCard(kr, asOf)),
        plan: okr.plan
            ? {
                initiatives: okr.plan.initiatives.map(i => {
                    const due = i.due === undefined ? undefined : periodSpan(i.due);
                    return {
                        title: i.title ?? '',
                        owner: i.owner ?? null,
                        due: i.due === undefined ? null : String(i.due),
                        done: i.done,
                        overdue: asOf === null ? null : running && !i.done && due !== undefined && due.end < asOf
                    };
                })
            }
            : null,
        // Without a reference date every time field is null (the rules still count an active OKR as running).
        running: asOf === null ? null : running,
        elapsed,
        pace: okrPace(okr, asOf),
        cycleDays: cycle ? { start: formatDay(cycle.start), end: formatDay(cycle.end), day: cycleDay(cycle, asOf)?.day ?? null, of: cycle.end - cycle.start + 1 } : null,
        provisional: asOf === null ? null : running && elapsed !== null && elapsed < 1,
        location: locationOf(okr)
    };
}

function keyResultCard(kr: KeyResult, asOf: number | null): KeyResultCard {
    const percent = isPercent(kr, 'from') || isPercent(kr, 'to') || isPercent(kr, 'target') || isPercent(kr, 'current');
    return {
        name: kr.name ?? null,
        title: kr.title ?? '',
        progress: keyResultProgress(kr) ?? null,
        confidence: keyResultConfidence(kr) ?? null,
        value: keyResultValue(kr) ?? null,
        from: keyResultBaseline(kr) ?? null,
        target: keyResultTarget(kr) ?? null,
        unit: kr.unit ?? (percent ? '%' : kr.measures?.ref?.unit ?? null),
        measures: kr.measures?.ref?.name ?? null,
        weight: keyResultWeight(kr.weight),
        owner: kr.owner ?? null,
        checkins: keyResultCheckins(kr).map(({ period, value, confidence }) => ({ period, value, confidence })),
        pace: keyResultPace(kr, asOf),
        location: locationOf(kr)
    };
}

/** Where an element is defined: its name token (its title for unnamed key results). */
function locationOf(node: Ambition | Strategy | Kpi | Okr | KeyResult): SourceLocation {
    const token = propertyNode(node, 'name') ?? propertyNode(node, 'title') ?? node.$cstNode;
    const range = token?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: AstUtils.findRootNode(node).$document?.uri.toString() ?? '', range: { start: { ...range.start }, end: { ...range.end } } };
}

function diagnosticOf(document: LangiumDocument, diagnostic: Diagnostic): ScorecardDiagnostic {
    return {
        uri: document.uri.toString(),
        code: String(diagnostic.code ?? ''),
        severity: severityName(diagnostic),
        message: diagnosticMessage(diagnostic),
        range: diagnostic.range
    };
}
