/**
 * One scorecard for one audience (docs/language.md#audiences): the one place that decides what
 * the public sees, so the JSON, the Markdown, the HTML page, the preview and the diff all show the
 * same. `internal` is the scorecard as built. `public` follows the method — KPIs are often
 * confidential, OKRs are transparent:
 * - a confidential KPI keeps its name, title, words and links, and withholds every figure;
 * - a key result that measures one withholds its figures (and the numbers of its title), and the
 *   OKR it belongs to its score, grade and pace;
 * - a confidential OKR is left out, with the links to it;
 * - counts and attention follow what is shown; findings placed in what is withheld, naming it or
 *   stating a withheld score are left out.
 * Pure: a new scorecard, the given one untouched.
 */
import { isRuleCode, quotedName, RULES, type RuleTells } from '../diagnostics/rule-table.js';
import { assembleScorecard } from './build-scorecard.js';
import { elementLocator } from './element-locator.js';
import { WITHHELD, type Audience, type KeyResultCard, type KpiCard, type OkrCard, type Scorecard, type ScorecardDiagnostic, type SourceLocation } from './model.js';

/** Names to withhold besides those marked confidential (a diff withholds what either side marks). */
export interface AlsoWithheld {
    kpis?: ReadonlySet<string>;
    okrs?: ReadonlySet<string>;
}

export function isAudience(value: unknown): value is Audience {
    return value === 'internal' || value === 'public';
}

/** The KPIs and OKRs a public scorecard withholds: those marked `confidential`, and `also`. */
export function withheldNames(scorecard: Scorecard, also: AlsoWithheld = {}): { kpis: Set<string>; okrs: Set<string> } {
    return {
        kpis: new Set(scorecard.kpis.filter(k => k.confidential || also.kpis?.has(k.name)).map(k => k.name)),
        okrs: new Set(scorecard.okrs.filter(o => o.confidential || also.okrs?.has(o.name)).map(o => o.name))
    };
}

export function forAudience(scorecard: Scorecard, audience: Audience, also: AlsoWithheld = {}): Scorecard {
    if (audience === 'internal') return scorecard;
    const shown = withheldNames(scorecard, also);
    // `also` may name elements this scorecard links to but does not hold (a file's scorecard, focused on it)
    const withheld = { kpis: new Set([...shown.kpis, ...(also.kpis ?? [])]), okrs: new Set([...shown.okrs, ...(also.okrs ?? [])]) };
    const okrs = scorecard.okrs.filter(o => !withheld.okrs.has(o.name)).map(o => publicOkr(o, withheld.kpis, withheld.okrs));
    const kpis = scorecard.kpis.map(k => publicKpi(withheld.kpis.has(k.name) ? withheldKpi(k) : k, okrs, withheld.okrs));
    const diagnostics = scorecard.diagnostics.items.filter(shownFinding(scorecard, okrs, withheld));
    const assembled = assembleScorecard(scorecard.ambitions, scorecard.strategies, kpis, okrs, diagnostics, scorecard.asOf, scorecard.referenceDates);
    // Whether a KPI is measured is no figure of it: "monitored" still counts the confidential ones.
    return { audience: 'public', ...assembled, steps: { ...assembled.steps, monitoredKpis: scorecard.steps.monitoredKpis } };
}

function withheldKpi(kpi: KpiCard): KpiCard {
    return {
        ...kpi,
        status: WITHHELD,
        value: null,
        period: null,
        target: null,
        alert: null,
        trend: 'none',
        baseline: null,
        actuals: [],
        stale: null,
        freshUntil: null,
        attention: [],
        source: null,
        withheld: true
    };
}

/** The links to OKRs left out go; "an OKR at risk addresses it" is judged again on the OKRs shown (a withheld pace says nothing). */
function publicKpi(kpi: KpiCard, okrs: readonly OkrCard[], leftOut: ReadonlySet<string>): KpiCard {
    const addressedBy = kpi.addressedBy.filter(name => !leftOut.has(name));
    if (kpi.withheld) return { ...kpi, addressedBy };
    const atRisk = okrs.some(o => o.addresses.includes(kpi.name) && o.running && o.pace === 'at-risk');
    const attention = [...kpi.attention.filter(reason => reason !== 'at-risk'), ...(atRisk ? ['at-risk' as const] : [])];
    return { ...kpi, attention, addressedBy };
}

function publicOkr(okr: OkrCard, confidentialKpis: ReadonlySet<string>, leftOut: ReadonlySet<string>): OkrCard {
    const keyResults = okr.keyResults.map(kr => (kr.measures !== null && confidentialKpis.has(kr.measures) ? withheldKeyResult(kr) : kr));
    const supports = okr.supports !== null && leftOut.has(okr.supports) ? null : okr.supports;
    if (!keyResults.some(kr => kr.withheld)) return { ...okr, supports, keyResults };
    // Its score averages a withheld progress: score, grade and pace would tell it.
    return { ...okr, score: null, grade: WITHHELD, supports, keyResults, pace: null, withheld: true };
}

/** Numbers as people write them in a title: `17.3%`, `12,000`, `-3`, `12_000`. */
const NUMBER_IN_TEXT = /[-+]?\d(?:[\d_,.]*\d)?%?/g;

function withheldKeyResult(kr: KeyResultCard): KeyResultCard {
    return {
        ...kr,
        title: kr.title.replace(NUMBER_IN_TEXT, `[${WITHHELD}]`),
        progress: null,
        value: null,
        from: null,
        target: null,
        checkins: [],
        pace: null,
        // the confidence of a check-in that is withheld, or of a target that is
        confidence: null,
        withheld: true
    };
}

/**
 * Whether a finding stays: not placed in a withheld or left-out element (the element it is placed
 * in, found by location: its card's own `location` object), not naming a confidential KPI or a
 * left-out OKR, and not telling (the rule table's `tells`) a withheld score or the status of a
 * withheld KPI its OKR addresses.
 */
function shownFinding(scorecard: Scorecard, shownOkrs: readonly OkrCard[], withheld: { kpis: Set<string>; okrs: Set<string> }): (d: ScorecardDiagnostic) => boolean {
    const placedIn = elementLocator(scorecard);
    const hidden = new Set<SourceLocation>();
    scorecard.kpis.filter(k => withheld.kpis.has(k.name)).forEach(k => hidden.add(k.location));
    for (const okr of scorecard.okrs) {
        const leftOut = withheld.okrs.has(okr.name);
        if (leftOut) hidden.add(okr.location);
        for (const kr of okr.keyResults) {
            if (leftOut || (kr.measures !== null && withheld.kpis.has(kr.measures))) hidden.add(kr.location);
        }
    }
    const scoreWithheld = new Set(shownOkrs.filter(o => o.withheld).map(o => o.name));
    const names = [...withheld.kpis, ...withheld.okrs].map(quotedName);
    const tellsWithheld = (code: string, okr: OkrCard | undefined): boolean => {
        if (okr === undefined || !isRuleCode(code)) return false;
        const tells: RuleTells | undefined = RULES[code].tells;
        if (tells === 'score') return scoreWithheld.has(okr.name);
        if (tells === 'addressed-kpis') return okr.addresses.some(kpi => withheld.kpis.has(kpi));
        return false;
    };
    return d => {
        const place = placedIn(d);
        if (place !== undefined && (hidden.has(place.location) || tellsWithheld(d.code, place.okr))) return false;
        return !names.some(name => d.message.includes(name));
    };
}
