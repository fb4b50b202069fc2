/**
 * One-line explanations of the keywords, from the language reference (LANGUAGE.md §3), for
 * keyword hovers and keyword completions. A key `Rule.keyword` wins over the plain `keyword`,
 * because some words mean different things in different elements (`target`, `confidence`).
 */
import { AstUtils, GrammarAST } from 'langium';

const DOCS: ReadonlyMap<string, string> = new Map(Object.entries({
    ambition: 'An ambition: the longer-term goal of the organization (step 1).',
    strategy: 'A strategy: a strategic action that realizes an ambition (step 2).',
    kpi: 'A KPI measures to monitor the execution of strategies (steps 3–4): stable, often confidential or rewarded.',
    okr: 'An OKR measures to move forward where a KPI is in trouble (step 5): an objective with 2–5 key results, transparent and kept out of rewards.',
    owner: 'Who is accountable for this element.',
    description: 'A longer description of this element.',
    horizon: 'When the ambition should be realized (a period, e.g. `2030`).',
    realizes: 'The ambition this strategy serves.',
    perspective: 'The balanced-scorecard perspective: `financial`, `customer`, `internal` or `learning`.',
    financial: 'Balanced-scorecard perspective: financial results.',
    customer: 'Balanced-scorecard perspective: the customer.',
    internal: 'Balanced-scorecard perspective: internal processes.',
    learning: 'Balanced-scorecard perspective: learning and growth.',
    monitors: 'The strategies whose execution this KPI monitors.',
    unit: 'The display unit of the values (`%` numbers imply `%`).',
    'Kpi.target': '`target >= N` (higher is better) or `target <= N` (lower is better): the value the KPI meets to be green.',
    alert: 'The red line: between target and alert the KPI is amber; past the alert it is red.',
    every: 'The time frame over which the KPI is measured and reviewed: `week`, `month`, `quarter` or `year`.',
    week: 'Measured and reviewed every week.',
    month: 'Measured and reviewed every month.',
    quarter: 'Measured and reviewed every quarter.',
    year: 'Measured and reviewed every year.',
    rewarded: 'The KPI is used for remuneration / performance management; no key result may measure it.',
    'Kpi.confidential': 'Visibility of this KPI is limited.',
    'Okr.confidential': 'OKRs are shared transparently: a confidential OKR is flagged by `confidential-okr`.',
    actual: 'A measured value for a period (`actual 2026-Q1 9100`); the latest period is the current value.',
    baseline: 'The value before measurement started; a key result that measures this KPI starts from it when it has no `from`.',
    cycle: 'The period the OKR runs, usually a quarter (`cycle 2026-Q3`).',
    addresses: 'The KPIs whose trouble triggered this OKR (step 5).',
    supports: 'The parent OKR this one aligns to (cascading).',
    committed: 'A committed OKR is graded green only at 100%, amber from 70%.',
    aspirational: 'An aspirational OKR (the default) is graded green from 70%, amber from 40%.',
    status: 'The state of the OKR: `draft`, `active` (default) or `closed` (step 7).',
    draft: 'A draft OKR: exempt from most OKR rules while it is being written.',
    active: 'An active OKR (the default): being worked on in its cycle.',
    closed: 'A closed OKR: back to business as usual; the KPI it addresses should be green again (step 7).',
    key: 'A key result: a measurable outcome of the objective (2–5 per OKR).',
    result: 'A key result: a measurable outcome of the objective (2–5 per OKR).',
    measures: 'The KPI this key result moves; its baseline, target and latest actual fill in what the key result leaves out.',
    from: '`from X to Y`: the baseline and the target of the key result (`to` may be below `from`).',
    to: '`from X to Y`: the baseline and the target of the key result (`to` may be below `from`).',
    'KeyResult.target': 'A target without a baseline; prefer `from X to Y` so progress can be measured.',
    current: 'The value of the key result now (a later check-in wins).',
    checkin: 'A dated progress value (`checkin 2026-07-15 4 confidence 70%`); the latest check-in wins over `current`.',
    'KeyResult.confidence': "The owner's confidence (0–100%) of reaching the target.",
    'Checkin.confidence': "The owner's confidence (0–100%) at this check-in.",
    weight: 'The relative weight of this key result in the objective score (default 1).',
    plan: 'The improvement plan (step 6): the initiatives that realize the OKR.',
    initiative: 'A piece of work of the improvement plan, with an optional owner, due date and `done`.',
    due: 'When the initiative is due (a period).',
    done: 'The initiative is finished.'
}));

/** The explanation of a keyword as used in the grammar rule that contains it. */
export function keywordDoc(keyword: GrammarAST.Keyword): string | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return (rule && DOCS.get(`${rule.name}.${keyword.value}`)) ?? DOCS.get(keyword.value);
}
