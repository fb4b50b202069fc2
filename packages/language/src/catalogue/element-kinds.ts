/**
 * What the grammar cannot say about Strat's elements, declared once (docs/language.md#elements):
 * how each kind is named, what each keyword means, and which properties may be repeated.
 *
 * Which keywords start a property, which element a keyword belongs to and which values a closed
 * list takes are read from the grammar instead (grammar-elements.ts); `element-catalogue.ts`
 * joins the two, and `tests/language/catalogue.test.ts` fails when they disagree.
 */
import { RULES } from '../diagnostics/rule-table.js';
import type { StratAstType } from '../generated/ast.js';

/** Every AST type a grammar rule builds, but the file (`Model`) and the union of top-level elements (`Element`). */
export type ElementType = Exclude<keyof StratAstType, 'Model' | 'Element'>;

/** How a kind of element is named in messages and views: "a KPI", "2 KPIs". */
export interface ElementNouns {
    article: 'a' | 'an';
    singular: string;
    plural: string;
}

/** What the catalogue says about one property, known by the word(s) that start it. */
export interface PropertyDescription {
    /** Hover and completion text of its keywords; a nested element (`key result`) uses its own kind's `doc` instead. */
    doc?: string;
    /** May be given more than once in one element (else `duplicate-property`). */
    repeatable?: boolean;
    /** Hover and completion text of each value of its closed list (`every week`). */
    values?: Readonly<Record<string, string>>;
}

export interface ElementKind {
    nouns: ElementNouns;
    /** Hover and completion text of the keyword(s) that start the element. */
    doc: string;
    /** By the words that start each property: `every`, `key result`; either word of a choice (`committed`, `aspirational`). */
    properties: Readonly<Record<string, PropertyDescription>>;
}

const OWNER: PropertyDescription = { doc: 'Who is accountable for this element.' };
const DESCRIPTION: PropertyDescription = { doc: 'A longer description of this element.' };
const UNIT: PropertyDescription = { doc: 'The display unit of the values (`%` numbers imply `%`).' };

const { minKeyResults, maxKeyResults } = RULES['kr-count'].parameters;
const KEY_RESULT_RANGE = `${minKeyResults}–${maxKeyResults}`;

export const ELEMENT_KINDS: Readonly<Record<ElementType, ElementKind>> = {
    Ambition: {
        nouns: { article: 'an', singular: 'ambition', plural: 'ambitions' },
        doc: 'An ambition: the longer-term goal of the organization (step 1).',
        properties: {
            horizon: { doc: 'When the ambition should be realized (a period, e.g. `2030`).' },
            owner: OWNER,
            description: DESCRIPTION
        }
    },
    Strategy: {
        nouns: { article: 'a', singular: 'strategy', plural: 'strategies' },
        doc: 'A strategy: a strategic action that realizes an ambition (step 2).',
        properties: {
            realizes: { doc: 'The ambition this strategy serves.' },
            perspective: {
                doc: 'The balanced-scorecard perspective: `financial`, `customer`, `internal` or `learning`.',
                values: {
                    financial: 'Balanced-scorecard perspective: financial results.',
                    customer: 'Balanced-scorecard perspective: the customer.',
                    internal: 'Balanced-scorecard perspective: internal processes.',
                    learning: 'Balanced-scorecard perspective: learning and growth.'
                }
            },
            owner: OWNER,
            description: DESCRIPTION
        }
    },
    Kpi: {
        nouns: { article: 'a', singular: 'KPI', plural: 'KPIs' },
        doc: 'A KPI measures to monitor the execution of strategies (steps 3–4): stable, often confidential or rewarded.',
        properties: {
            monitors: { doc: 'The strategies whose execution this KPI monitors.' },
            unit: UNIT,
            target: {
                doc: '`target >= N` (higher is better) or `target <= N` (lower is better): the value the KPI meets to be green.',
                values: {
                    '>=': 'Higher is better: the KPI is green at or above the target.',
                    '<=': 'Lower is better: the KPI is green at or below the target.'
                }
            },
            alert: { doc: 'The red line: between target and alert the KPI is amber; past the alert it is red.' },
            every: {
                doc: 'The time frame over which the KPI is measured and reviewed: `day`, `week`, `month`, `quarter` or `year`; a KPI with no value for the time frame after its latest one is stale.',
                values: {
                    day: 'Measured and reviewed every day.',
                    week: 'Measured and reviewed every week.',
                    month: 'Measured and reviewed every month.',
                    quarter: 'Measured and reviewed every quarter.',
                    year: 'Measured and reviewed every year.'
                }
            },
            rewarded: { doc: 'The KPI is used for remuneration / performance management; no key result may measure it.' },
            confidential: { doc: 'Visibility of this KPI is limited.' },
            actual: { repeatable: true },
            'actuals from': {},
            baseline: { doc: 'The value before measurement started; a key result that measures this KPI starts from it when it has no `from`.' },
            owner: OWNER,
            description: DESCRIPTION
        }
    },
    Actual: {
        nouns: { article: 'an', singular: 'actual value', plural: 'actual values' },
        doc: 'A measured value for a period (`actual 2026-Q1 9100`); the latest period is the current value.',
        properties: {}
    },
    ActualsSource: {
        nouns: { article: 'a', singular: 'data source', plural: 'data sources' },
        doc: 'Actuals read from a data file beside the strategy (`actuals from "data/sales.csv" column "Revenue"`): a `.csv`, `.tsv` or `.xlsx` whose first column holds periods; its rows join the KPI\'s `actual` lines.',
        properties: {
            column: { doc: 'The column that holds the KPI\'s values, by its header (any case); without it, the column named like the KPI.' },
            sheet: { doc: 'The sheet of an `.xlsx` to read; without it, the first sheet.' }
        }
    },
    Okr: {
        nouns: { article: 'an', singular: 'OKR', plural: 'OKRs' },
        doc: `An OKR measures to move forward where a KPI is in trouble (step 5): an objective with ${KEY_RESULT_RANGE} key results, transparent and kept out of rewards.`,
        properties: {
            cycle: { doc: 'The period the OKR runs, usually a quarter (`cycle 2026-Q3`).' },
            addresses: { doc: 'The KPIs whose trouble triggered this OKR (step 5).' },
            supports: { doc: 'The parent OKR this one aligns to (cascading).' },
            committed: { doc: 'A committed OKR is graded green only at 100%, amber from 70%.' },
            aspirational: { doc: 'An aspirational OKR (the default) is graded green from 70%, amber from 40%.' },
            status: {
                doc: 'The state of the OKR: `draft`, `active` (default) or `closed` (step 7).',
                values: {
                    draft: 'A draft OKR: exempt from most OKR rules while it is being written.',
                    active: 'An active OKR (the default): being worked on in its cycle.',
                    closed: 'A closed OKR: back to business as usual; the KPI it addresses should be green again (step 7).'
                }
            },
            confidential: { doc: 'OKRs are shared transparently: a confidential OKR is flagged by `confidential-okr`.' },
            'key result': { repeatable: true },
            plan: {},
            owner: OWNER,
            description: DESCRIPTION
        }
    },
    KeyResult: {
        nouns: { article: 'a', singular: 'key result', plural: 'key results' },
        doc: `A key result: a measurable outcome of the objective (${KEY_RESULT_RANGE} per OKR).`,
        properties: {
            measures: { doc: 'The KPI this key result moves; its baseline, target and latest actual fill in what the key result leaves out.' },
            from: { doc: '`from X to Y`: the baseline and the target of the key result (`to` may be below `from`).' },
            target: { doc: 'A target without a baseline; prefer `from X to Y` so progress can be measured.' },
            current: { doc: 'The value of the key result now (a later check-in wins).' },
            checkin: { repeatable: true },
            confidence: { doc: "The owner's confidence (0–100%) of reaching the target." },
            weight: { doc: 'The relative weight of this key result in the objective score (default 1).' },
            unit: UNIT,
            owner: OWNER,
            description: DESCRIPTION
        }
    },
    Checkin: {
        nouns: { article: 'a', singular: 'check-in', plural: 'check-ins' },
        doc: 'A dated progress value (`checkin 2026-07-15 4 confidence 70%`); the latest check-in wins over `current`.',
        properties: {
            confidence: { doc: "The owner's confidence (0–100%) at this check-in." }
        }
    },
    Plan: {
        nouns: { article: 'an', singular: 'improvement plan', plural: 'improvement plans' },
        doc: 'The improvement plan (step 6): the initiatives that realize the OKR.',
        properties: {
            initiative: { repeatable: true }
        }
    },
    Initiative: {
        nouns: { article: 'an', singular: 'initiative', plural: 'initiatives' },
        doc: 'A piece of work of the improvement plan, with an optional owner, due date and `done`.',
        properties: {
            owner: OWNER,
            due: { doc: 'When the initiative is due (a period).' },
            done: { doc: 'The initiative is finished.' },
            description: DESCRIPTION
        }
    }
};

export function isElementType(type: string): type is ElementType {
    return Object.prototype.hasOwnProperty.call(ELEMENT_KINDS, type);
}

/** The nouns of an element kind: `nounsOf('Kpi').plural` is "KPIs". */
export function nounsOf(type: ElementType): ElementNouns {
    return ELEMENT_KINDS[type].nouns;
}

/** "a KPI", "an OKR". */
export function withArticle(nouns: ElementNouns): string {
    return `${nouns.article} ${nouns.singular}`;
}
