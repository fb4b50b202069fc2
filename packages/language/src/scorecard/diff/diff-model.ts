/**
 * The change between two scorecards, as `strat diff` prints it (docs/language.md#strat-diff):
 * plain JSON data in the order a reviewer reads it — KPI statuses, values, OKRs, definitions
 * (targets, alerts, cycles, links), ambitions and strategies added or removed, renames, and
 * diagnostics introduced or fixed. Elements are named as HEAD names them (removed ones as BASE did).
 */
import type { Grade, KpiCardStatus, OkrStatus, Severity, Withheld } from '../model.js';

/** A value on both sides; `null` where that side has none (added, removed, no data). */
export interface Change<T> {
    before: T | null;
    after: T | null;
}

/** One side of the comparison: a git revision, the working tree, or a folder. */
export interface DiffSideInfo {
    /** As the user named it: `HEAD~1`, `origin/main`, `working tree`, `old/`. */
    label: string;
    /** The commit a revision resolved to; null for the working tree and folders. */
    commit: string | null;
    /** How many `.strat` files were read. */
    files: number;
}

export type ElementKind = 'ambition' | 'strategy' | 'kpi' | 'okr' | 'key result';

/** A KPI added, removed, or whose status changed (`before` null: added; `after` null: removed). */
export interface KpiStatusChange extends Change<KpiCardStatus> {
    name: string;
    title: string;
    /** Present when the scorecards tell staleness (the reference date of issue 8). */
    stale?: Change<boolean>;
}

/** A new, changed or removed actual of a KPI, or check-in of a key result. */
export interface ValueChange extends Change<number> {
    kind: 'actual' | 'checkin';
    /** The KPI, or the key result (its name, else its title). */
    element: string;
    /** The OKR of a check-in's key result; null for actuals. */
    okr: string | null;
    period: string;
    unit: string | null;
}

export type OkrChangeKind = 'added' | 'removed' | 'closed' | 'status' | 'rescored';

export interface KeyResultChange {
    name: string | null;
    title: string;
    change: 'added' | 'removed' | 'changed';
    progress: Change<number>;
    /** Present when the scorecards carry pace. */
    pace?: Change<string>;
}

export interface OkrChange {
    name: string;
    objective: string;
    /** What happened, first match wins: added, removed, closed, another status change, re-scored. */
    change: OkrChangeKind;
    status: Change<OkrStatus>;
    score: Change<number>;
    grade: Change<Grade | Withheld>;
    /** Present when the scorecards carry pace. */
    pace?: Change<string>;
    /** Key results added, removed, or whose progress (or pace) changed. */
    keyResults: KeyResultChange[];
}

export type DefinitionValue = string | number | boolean;

/** A property of an element that both sides have: a target, alert, cycle, link, title… */
export interface DefinitionChange extends Change<DefinitionValue> {
    kind: ElementKind;
    element: string;
    /** The OKR of a key result; null otherwise. */
    okr: string | null;
    /** As written in `.strat` (`target`, `alert`, `cycle`, `monitors`, `from`…), or `title`/`objective`. */
    property: string;
}

/** An ambition or a strategy that only one side has (KPIs and OKRs have their own sections). */
export interface ElementChange {
    kind: 'ambition' | 'strategy';
    name: string;
    title: string;
    change: 'added' | 'removed';
}

/** An element whose name changed while its title (and links) stayed: one rename, not remove + add. */
export interface Rename {
    kind: ElementKind;
    before: string;
    after: string;
    title: string;
    /** The OKR of a key result; null otherwise. */
    okr: string | null;
}

export interface DiagnosticChange {
    code: string;
    severity: Severity;
    /** The element it is reported in (its name; a key result without one by its title), or null. */
    element: string | null;
    /** The file as the user sees it, and the 1-based line. */
    path: string;
    line: number;
    message: string;
}

export interface DiffSummary {
    kpis: number;
    values: number;
    okrs: number;
    definitions: number;
    elements: number;
    renames: number;
    introduced: number;
    fixed: number;
}

export interface ScorecardDiff {
    base: DiffSideInfo;
    head: DiffSideInfo;
    /** The reference date of the scorecards (issue 8's `asOf`), null when they have none. */
    asOf: string | null;
    /** False when nothing below changed: "No change to the scorecard." */
    changed: boolean;
    summary: DiffSummary;
    kpis: KpiStatusChange[];
    values: ValueChange[];
    okrs: OkrChange[];
    definitions: DefinitionChange[];
    elements: ElementChange[];
    renames: Rename[];
    diagnostics: { introduced: DiagnosticChange[]; fixed: DiagnosticChange[] };
}
