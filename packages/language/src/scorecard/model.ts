/**
 * The scorecard model: the one structure every view renders (CLI JSON / Markdown / HTML, the
 * VS Code preview). It is plain JSON data, computed once by `buildScorecard` from the linked
 * documents (docs/language.md#the-scorecard); views never re-derive a status or a score.
 *
 * Links are names, held in both directions: what an element states (`StrategyCard.ambition`,
 * `KpiCard.strategies`, `OkrCard.addresses`, `OkrCard.supports`, `KeyResultCard.measures`) and its
 * reverse (`AmbitionCard.strategies`, `StrategyCard.kpis`, `KpiCard.addressedBy`), derived in one
 * place (card-links.ts). Only resolved references become links. A focused scorecard keeps the
 * workspace's links, so a name may point at a card outside it: views skip such names.
 */
import type { Severity } from '../diagnostics/rule-table.js';
import type { Pace } from '../model/pace.js';

export type { Pace, Severity };

export type KpiStatus = 'green' | 'amber' | 'red' | 'unknown';
export type Grade = 'green' | 'amber' | 'red';
/**
 * Who a scorecard is for: `internal` shows everything; `public` (everyone) withholds what comes
 * from confidential KPIs and leaves confidential OKRs out (audience.ts, docs/language.md#audiences).
 */
export type Audience = 'internal' | 'public';
export const AUDIENCES: readonly Audience[] = ['internal', 'public'];
/** In a public scorecard, the status of a confidential KPI and the grade of an OKR scored from one: shown as "confidential". */
export type Withheld = 'confidential';
export const WITHHELD: Withheld = 'confidential';
/** What a KPI card says of its status: a judgement, or withheld. */
export type KpiCardStatus = KpiStatus | Withheld;
export type Trend = 'improving' | 'worsening' | 'flat' | 'none';
export type Direction = 'up' | 'down';
export type OkrStatus = 'draft' | 'active' | 'closed';
export type Commitment = 'committed' | 'aspirational';
export type Perspective = 'financial' | 'customer' | 'internal' | 'learning';
export type Frequency = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Where an element is defined: its name (or title) token, 0-based as in LSP. */
export interface SourceLocation {
    uri: string;
    range: {
        start: { line: number; character: number };
        end: { line: number; character: number };
    };
}

export interface AmbitionCard {
    name: string;
    title: string;
    horizon: string | null;
    owner: string | null;
    description: string | null;
    /** Names of the strategies that realize this ambition (the reverse of `StrategyCard.ambition`). */
    strategies: string[];
    location: SourceLocation;
}

export interface StrategyCard {
    name: string;
    title: string;
    perspective: Perspective | null;
    owner: string | null;
    description: string | null;
    /** The ambition it realizes, if any. */
    ambition: string | null;
    /** Names of the KPIs that monitor it (the reverse of `KpiCard.strategies`). */
    kpis: string[];
    location: SourceLocation;
}

export interface ActualPoint {
    period: string;
    value: number;
}

export interface KpiCard {
    name: string;
    title: string;
    /** `confidential` only in a public scorecard, for a confidential KPI. */
    status: KpiCardStatus;
    /** The latest actual, or null when there is none. */
    value: number | null;
    /** The period of the latest actual. */
    period: string | null;
    target: number | null;
    alert: number | null;
    /** `up` for `target >=` (and when there is no target), `down` for `target <=`. */
    direction: Direction;
    trend: Trend;
    rewarded: boolean;
    confidential: boolean;
    /** The display unit: `unit "…"`, else `%` when the KPI's numbers are percentages. */
    unit: string | null;
    frequency: Frequency | null;
    baseline: number | null;
    owner: string | null;
    description: string | null;
    /** Strategies it monitors. */
    strategies: string[];
    /** Actuals with a valid period, oldest first. */
    actuals: ActualPoint[];
    /**
     * Whether the KPI has gone unmeasured for a whole time frame after its latest actual's
     * (docs/language.md#time); null without a reference date, a time frame or an actual.
     */
    stale: boolean | null;
    /** The last day (YYYY-MM-DD) its latest actual keeps it fresh; null without a time frame or an actual. */
    freshUntil: string | null;
    /** Why it needs attention: red, stale, or addressed by a running OKR at risk; empty when it does not. */
    attention: Attention[];
    /**
     * Where its actuals come from besides its `actual` lines (docs/language.md#data-files): the
     * path and the column as written (else the KPI's name), how many actuals the file gave, and
     * the row of the latest of them; null without `actuals from`.
     */
    source: { path: string; column: string; rows: number; latestRow: number | null } | null;
    /** OKRs (any status) that address this KPI (the reverse of `OkrCard.addresses`). */
    addressedBy: string[];
    location: SourceLocation;
    /**
     * Only in a public scorecard, on a confidential KPI: its figures are withheld — value, period,
     * target, alert, baseline, actuals, trend, freshness, attention and data source are empty.
     */
    withheld?: true;
}

export interface CheckinPoint {
    period: string;
    value: number;
    confidence: number | null;
}

export interface KeyResultCard {
    name: string | null;
    title: string;
    /** 0…1, or null when baseline, target or value is missing ("no data", not 0). */
    progress: number | null;
    confidence: number | null;
    /** The value used for progress (latest check-in, else current, else the KPI's latest actual). */
    value: number | null;
    /** The baseline used for progress. */
    from: number | null;
    /** The target used for progress. */
    target: number | null;
    unit: string | null;
    /** The KPI it measures. */
    measures: string | null;
    weight: number;
    owner: string | null;
    /** Check-ins with a valid period, oldest first. */
    checkins: CheckinPoint[];
    /** Whether its progress keeps up with the elapsed share of the cycle; null for closed and draft OKRs or without a reference date. */
    pace: Pace | null;
    location: SourceLocation;
    /**
     * Only in a public scorecard, on a key result that measures a confidential KPI: its figures
     * are withheld — progress, value, from, target, check-ins and pace are empty, and the numbers
     * in its title are replaced by "confidential".
     */
    withheld?: true;
}

export interface InitiativeCard {
    title: string;
    owner: string | null;
    due: string | null;
    done: boolean;
    /** Not done, in a running OKR, and due before the reference date; null without a reference date. */
    overdue: boolean | null;
}

/** Why a KPI needs attention. */
export type Attention = 'red' | 'stale' | 'at-risk';

export interface OkrCard {
    name: string;
    objective: string;
    cycle: string | null;
    status: OkrStatus;
    commitment: Commitment;
    score: number | null;
    /** `confidential` only in a public scorecard, when a key result measures a confidential KPI. */
    grade: Grade | Withheld | null;
    confidential: boolean;
    owner: string | null;
    description: string | null;
    /** The KPIs it addresses (step 5). */
    addresses: string[];
    /** The parent OKR it supports. */
    supports: string | null;
    keyResults: KeyResultCard[];
    /** Null when the OKR has no `plan` block. */
    plan: { initiatives: InitiativeCard[] } | null;
    /** Active and in a cycle that has not ended before the reference date; null without one (a time field, docs/language.md#time). */
    running: boolean | null;
    /** The share (0…1) of the cycle passed by the reference date; null without one or without a valid cycle. */
    elapsed: number | null;
    /** Whether the score keeps up with the elapsed share; null for closed and draft OKRs or without a reference date. */
    pace: Pace | null;
    /** The cycle's first and last day (YYYY-MM-DD), its length, and the reference date's day in it (null outside), for timelines. */
    cycleDays: { start: string; end: string; day: number | null; of: number } | null;
    /** The grade can still change: the OKR is running and its cycle is not over by the reference date; null without one. */
    provisional: boolean | null;
    location: SourceLocation;
    /** Only in a public scorecard, when a key result measures a confidential KPI: score and pace are withheld (null), the grade is `confidential`. */
    withheld?: true;
}

/** The seven steps at a glance (counts). */
export interface StepSummary {
    ambitions: number;
    strategies: number;
    kpis: number;
    /** KPIs with at least one actual (step 4). */
    monitoredKpis: number;
    redKpis: number;
    activeOkrs: number;
    /** Active OKRs with a plan that has at least one initiative (step 6). */
    okrsWithPlans: number;
    closedOkrs: number;
}

export interface ScorecardDiagnostic {
    uri: string;
    code: string;
    severity: Severity;
    message: string;
    range: SourceLocation['range'];
}

export interface Scorecard {
    /** Only in a scorecard for the public audience (audience.ts): `public`. Absent: everything is shown. */
    audience?: 'public';
    /** The reference date (YYYY-MM-DD) the scorecard judges time against, or null for none. */
    asOf: string | null;
    /**
     * Only when its files are judged against different reference dates (projects whose strat.json
     * pin different days): all of them, earliest first; `asOf` is then the first file's.
     */
    referenceDates?: string[];
    ambitions: AmbitionCard[];
    strategies: StrategyCard[];
    kpis: KpiCard[];
    okrs: OkrCard[];
    steps: StepSummary;
    diagnostics: {
        summary: { errors: number; warnings: number; infos: number; hints: number };
        items: ScorecardDiagnostic[];
    };
}
