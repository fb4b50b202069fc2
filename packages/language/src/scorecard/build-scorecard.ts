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
import type { AmbitionCard, Frequency, KeyResultCard, KpiCard, OkrCard, Perspective, Scorecard, ScorecardDiagnostic, SourceLocation, StrategyCard } from './model.js';
import { kpiWithLinks, linkCards, type StatedAmbition, type StatedCards, type StatedKpi, type StatedStrategy } from './card-links.js';
import { diagnosticMessage, severityName } from '../diagnostics/diagnostic-words.js';
import { grade, keyResultWeight, objectiveScore, okrCommitment, okrStatus } from './objective-score.js';

export function buildScorecard(documents: ReadonlyArray<LangiumDocument>): Scorecard {
    const ambitions: Ambition[] = [];
    const strategies: Strategy[] = [];
    const kpis: Kpi[] = [];
    const okrs: Okr[] = [];
    const ordered = [...documents].sort(byPath);
    for (const document of ordered) {
        for (const element of (document.parseResult.value as Model).elements ?? []) {
            if (isAmbition(element)) ambitions.push(element);
            else if (isStrategy(element)) strategies.push(element);
            else if (isKpi(element)) kpis.push(element);
            else if (isOkr(element)) okrs.push(element);
        }
    }
    const diagnostics = ordered.flatMap(document => (document.diagnostics ?? []).map(d => diagnosticOf(document, d)));
    return scorecardOfStatedCards({
        ambitions: ambitions.map(ambitionCard),
        strategies: strategies.map(strategyCard),
        kpis: kpis.map(statedKpiCard),
        okrs: okrs.map(okrCard)
    }, diagnostics);
}

/**
 * The scorecard of cards as their elements state them: the reverse links are added (card-links.ts),
 * then the counts. `buildScorecard` ends here; test fixtures start here.
 */
export function scorecardOfStatedCards(cards: StatedCards, diagnostics: ScorecardDiagnostic[]): Scorecard {
    const linked = linkCards(cards);
    return assembleScorecard(linked.ambitions, linked.strategies, linked.kpis, linked.okrs, diagnostics);
}

/** The scorecard of these cards: the seven-step counts and the diagnostics summary follow from them. */
export function assembleScorecard(ambitions: AmbitionCard[], strategies: StrategyCard[], kpis: KpiCard[], okrs: OkrCard[], diagnostics: ScorecardDiagnostic[]): Scorecard {
    const count = (severity: ScorecardDiagnostic['severity']) => diagnostics.filter(d => d.severity === severity).length;
    return {
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
export function kpiCard(kpi: Kpi, addressedBy: string[]): KpiCard {
    return kpiWithLinks(statedKpiCard(kpi), addressedBy);
}

function statedKpiCard(kpi: Kpi): StatedKpi {
    const actuals = kpiActuals(kpi);
    const latest = actuals.at(-1);
    return {
        name: kpi.name ?? '',
        title: kpi.title ?? '',
        status: kpiStatus(kpi),
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
        location: locationOf(kpi)
    };
}

/** `%` numbers imply the unit `%`. */
function kpiUsesPercent(kpi: Kpi): boolean {
    return isPercent(kpi, 'target') || isPercent(kpi, 'alert') || kpi.actuals.some(a => isPercent(a, 'value'));
}

export function okrCard(okr: Okr): OkrCard {
    const score = objectiveScore(okr);
    const commitment = okrCommitment(okr);
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
        keyResults: okr.keyResults.map(keyResultCard),
        plan: okr.plan
            ? {
                initiatives: okr.plan.initiatives.map(i => ({
                    title: i.title ?? '',
                    owner: i.owner ?? null,
                    due: i.due === undefined ? null : String(i.due),
                    done: i.done
                }))
            }
            : null,
        location: locationOf(okr)
    };
}

function keyResultCard(kr: KeyResult): KeyResultCard {
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
