/**
 * The one table of Strat's diagnostics (docs/language.md#diagnostics): code → default severity,
 * message, the step of the seven-step model it protects, whether it applies inside draft OKRs,
 * its word lists and limits, where it is reported and why it matters. The validator, the
 * scorecard's step view, the severity settings (VS Code and CLI), the rule documentation and the
 * README all read it; `tests/language/one-source.test.ts` fails when another file restates it.
 */
import { PACE_TOLERANCE } from '../model/pace.js';
import { plural } from '../model/plural.js';

/** How serious a finding is, as the editor, the CLI and the scorecard name it. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A rule's effective setting: a severity, or `off`. */
export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** A setting as people write it: `info`, or VS Code's word `information`; anything else is not a setting. */
export function toRuleSetting(word: unknown): RuleSetting | undefined {
    const setting = word === 'information' ? 'info' : word;
    return (RULE_SETTINGS as readonly unknown[]).includes(setting) ? setting as RuleSetting : undefined;
}

/** What a finding tells of its OKR beyond words (`RuleDefinition.tells`). */
export type RuleTells = 'score' | 'addressed-kpis';

interface RuleDefinition<Args extends unknown[]> {
    /** Default severity. */
    severity: Severity;
    /** The step of the seven-step OKR model the rule protects (0: the language itself). */
    step: number;
    /**
     * Whether the rule still reports inside an OKR with `status draft`. By default only the
     * errors do: a draft is exempt from the OKR rules while it is being written.
     */
    checkedInDraftOkrs?: boolean;
    /** When it fires, in one sentence (documentation). */
    when: string;
    /**
     * Whether it judges time against the reference date (docs/language.md#time): without one
     * (`--as-of none`) it is not evaluated. Its `when` then says so.
     */
    needsReferenceDate?: boolean;
    /** Where the diagnostic is placed. */
    reportedAt: string;
    /** Why it matters, for the strategy team (documentation and hover). */
    rationale: string;
    /** The message shown to the user, naming the elements involved. */
    message: (...args: Args) => string;
    /**
     * What the finding tells of the OKR it is reported in beyond its words: its `score`, or the
     * status of the KPIs it `addresses`. A public scorecard leaves it out where those are withheld
     * (scorecard/audience.ts).
     */
    tells?: RuleTells;
}

/** The steps of the seven-step OKR model by number, as the views and the docs name them; 0 is the language itself. */
export const STEP_NAMES = ['The language', 'Ambition', 'Strategy', 'KPI framework', 'Monitor', 'OKR', 'Improvement plan', 'Business as usual'] as const;

/** A rule's own numbers and words (limits, word lists), read by the rule and by its `when` text. */
type RuleParameters = Readonly<Record<string, number | readonly string[]>>;

function rule<Args extends unknown[], const Parameters extends RuleParameters = Record<never, never>>(
    definition: RuleDefinition<Args> & { parameters?: Parameters }
): RuleDefinition<Args> & { checkedInDraftOkrs: boolean; needsReferenceDate: boolean; parameters: Parameters } {
    return {
        ...definition,
        when: definition.needsReferenceDate ? `${definition.when} (needs a reference date)` : definition.when,
        needsReferenceDate: definition.needsReferenceDate ?? false,
        checkedInDraftOkrs: definition.checkedInDraftOkrs ?? definition.severity === 'error',
        parameters: definition.parameters ?? ({} as Parameters)
    };
}

/** How every message quotes an element's name: `'Nps'` (the public audience looks for them: scorecard/audience.ts). */
export function quotedName(name: string): string {
    return `'${name}'`;
}

const q = quotedName;
/** A number of hundreds of digits, quoted by its ends. */
const shortened = (written: string): string => written.length <= 24 ? written : `${written.slice(0, 12)}…${written.slice(-6)} (${written.length} characters)`;

/** How a kind of element is named (the catalogue's nouns): "a KPI". */
interface KindNoun {
    article: string;
    singular: string;
}

/** `kr-count`: an objective is measurable with at least this many key results, and focused with at most that many. */
const KEY_RESULTS_PER_OKR = { minKeyResults: 2, maxKeyResults: 5 } as const;
/** `kr-activity`: first words that make a key result's title read as a task rather than an outcome. */
const ACTIVITY_WORDS = ['call', 'hold', 'attend', 'send', 'write', 'visit', 'organize', 'organise', 'prepare', 'meet', 'do', 'run'] as const;
/** `too-many-okrs`: active OKRs one owner may have in one cycle, unless the setting says otherwise. */
const OWNER_LIMIT = { maxActiveOkrsPerOwner: 3 } as const;
/** `checkin-stale`: days a key result that measures no KPI may go without a check-in, unless the setting says otherwise. */
const CHECKIN_LIMIT = { checkinDays: 14 } as const;

export const RULES = {
    // --- errors ------------------------------------------------------------------------------
    'kr-count': rule({
        severity: 'error', step: 5, checkedInDraftOkrs: true,
        parameters: KEY_RESULTS_PER_OKR,
        when: `an OKR has fewer than ${KEY_RESULTS_PER_OKR.minKeyResults} or more than ${KEY_RESULTS_PER_OKR.maxKeyResults} key results`,
        reportedAt: "the OKR's name",
        rationale: `One key result rarely captures an objective, and more than ${KEY_RESULTS_PER_OKR.maxKeyResults} dilute focus: between ${KEY_RESULTS_PER_OKR.minKeyResults} and ${KEY_RESULTS_PER_OKR.maxKeyResults} make an objective measurable and focused.`,
        message: (okr: string, count: number) => count < KEY_RESULTS_PER_OKR.minKeyResults
            ? `Objective ${q(okr)} has ${plural(count, 'key result')}; an objective needs ${KEY_RESULTS_PER_OKR.minKeyResults} to ${KEY_RESULTS_PER_OKR.maxKeyResults} key results to be measurable.`
            : `Objective ${q(okr)} has ${plural(count, 'key result')}; keep it to at most ${KEY_RESULTS_PER_OKR.maxKeyResults} so the team stays focused.`
    }),
    'reward-kpi-in-okr': rule({
        severity: 'error', step: 5, checkedInDraftOkrs: true,
        when: 'a key result `measures` a KPI marked `rewarded`',
        reportedAt: 'the `measures` reference',
        rationale: 'OKRs measure to move forward and must stay out of rewards: an owner accepts a near-impossible target only if it is not part of performance management.',
        message: (kpi: string, okr: string) =>
            `KPI ${q(kpi)} is used for rewards; a key result that measures it ties OKR ${q(okr)} to pay. Measure a KPI that is not rewarded, or state the key result on its own.`
    }),
    'duplicate-name': rule({
        severity: 'error', step: 0,
        when: 'elements (in any files of the workspace) share a name',
        reportedAt: "each such element's name",
        rationale: 'All .strat files of a workspace share one namespace, so every reference must name exactly one element.',
        message: (name: string, count: number) =>
            `The name ${q(name)} is used by ${count} elements in this workspace; names must be unique across all .strat files.`
    }),
    'kr-no-change': rule({
        severity: 'error', step: 5,
        when: "a key result's `from` equals its `to`",
        reportedAt: 'the `from` value',
        rationale: 'A key result describes a change: from where you are to where you want to be. Keeping a value steady is a KPI\'s job.',
        message: (keyResult: string, value: string) =>
            `Key result ${keyResult} goes from ${value} to ${value}: a key result must move something. Keeping a value steady is a KPI's job.`
    }),
    'confidence-range': rule({
        severity: 'error', step: 5,
        when: 'a confidence outside 0–100%',
        reportedAt: 'the confidence value',
        rationale: 'Confidence is the owner\'s estimate of reaching the target, a percentage from 0 to 100.',
        message: (value: string) => `Confidence ${value} is outside 0–100%.`
    }),
    'invalid-period': rule({
        severity: 'error', step: 0,
        when: 'a period that does not exist',
        reportedAt: 'the period',
        rationale: 'Periods order actuals and check-ins; a period that does not exist cannot be placed in time.',
        message: (period: string, reason: string) => `${q(period)} is not a valid period: ${reason}.`
    }),
    'support-cycle': rule({
        severity: 'error', step: 5,
        when: '`supports` links form a loop',
        reportedAt: 'each `supports` reference in the loop',
        rationale: 'Cascading OKRs align to a parent; a loop has no top and aligns to nothing.',
        message: (loop: string[], size: number) => `These OKRs support each other in a loop: ${[...loop, ...(size > loop.length ? [`… (${size} OKRs)`] : []), loop[0]].join(' → ')}. Cascading OKRs must end at a top-level objective.`
    }),
    'alert-side': rule({
        severity: 'error', step: 3,
        when: '`alert` lies on the passing side of `target` (or equals it)',
        reportedAt: 'the alert value',
        rationale: 'The alert is the red line beyond the target: between them is amber. An alert on the passing side makes the KPI red while it meets its target.',
        message: (kpi: string, alert: string, direction: string, target: string) => direction === '>='
            ? `KPI ${q(kpi)} has target >= ${target}, so its alert must be below ${target} (the red line under the target), not ${alert}.`
            : `KPI ${q(kpi)} has target <= ${target}, so its alert must be above ${target} (the red line over the target), not ${alert}.`
    }),
    'duplicate-property': rule({
        severity: 'error', step: 0,
        when: 'a property that is not repeatable is given twice in one element',
        reportedAt: "the second one's keyword",
        rationale: 'Each property states one fact; giving it twice leaves the reader guessing which one counts.',
        message: (property: string, element: string) => `${q(property)} is already given in ${element}; give it once.`
    }),
    'number-range': rule({
        severity: 'error', step: 0,
        when: 'a number is too large for Strat to compute with (beyond ±1.8 × 10^308), or so small that it would read as 0',
        reportedAt: 'the number',
        rationale: 'Statuses, progress and scores are computed with these numbers; one Strat cannot hold would silently become infinite or zero and turn every status built on it wrong.',
        message: (written: string, problem: 'large' | 'small') => problem === 'large'
            ? `The number ${shortened(written)} is too large for Strat (beyond ±1.8 × 10^308): write a smaller number.`
            : `The number ${shortened(written)} is too small for Strat: it would read as 0. Write 0, or a larger number.`
    }),
    'encoding': rule({
        severity: 'error', step: 0,
        when: 'a file is not UTF-8 text (UTF-16, UTF-32, or bytes that are not UTF-8)',
        reportedAt: 'the start of the file',
        rationale: 'Strat reads .strat files as UTF-8; a file in another encoding would read as thousands of syntax errors, so it is reported once and left out of the workspace until it is saved as UTF-8.',
        message: (found: string) => `This file is not UTF-8 text (${found}): save it as UTF-8 so that Strat can read it.`
    }),
    'syntax': rule({
        severity: 'error', step: 0,
        when: 'the text does not follow the .strat grammar',
        reportedAt: 'the unexpected text',
        rationale: 'Strat can only check what it can read.',
        message: (detail: string) => detail
    }),
    'unresolved': rule({
        severity: 'error', step: 0,
        when: 'a reference names no element of the right kind in the workspace',
        reportedAt: 'the reference',
        rationale: 'A link to nothing breaks the chain from ambition to OKR.',
        message: (name: string, expected: KindNoun, found?: KindNoun) => found
            ? `${q(name)} is ${found.article} ${found.singular}, not ${expected.article} ${expected.singular}.`
            : `No ${expected.singular} named ${q(name)} in this workspace.`
    }),
    'data-file': rule({
        severity: 'error', step: 4,
        when: "a KPI's `actuals from` cannot give its values: the path is absolute or leads outside the workspace, the file is of another type, missing or unreadable, it has no such sheet or column, some of its rows cannot be read, or it gives no value for the KPI",
        reportedAt: 'the path, at most once per `actuals from` (the first reason that applies)',
        rationale: 'Step 4: a KPI whose data file cannot be read is not monitored, however its last known status looks.',
        message: (detail: string) => detail
    }),
    'data-value': rule({
        severity: 'error', step: 4,
        when: 'a row of a CSV or TSV data file whose period or value cannot be read',
        reportedAt: 'the cell, in the data file itself',
        rationale: 'A value that cannot be read is left out of the KPI; the file should say what it means.',
        message: (detail: string) => detail
    }),
    'config': rule({
        severity: 'error', step: 0,
        when: '`strat.json` is not valid JSON, has an unknown key or a bad value',
        reportedAt: 'the problem in `strat.json` (the valid parts still apply)',
        rationale: 'The project configuration decides the reference date and the rules for every editor and for CI alike; a mistake in it must not pass unnoticed.',
        message: (detail: string) => detail
    }),

    // --- warnings ----------------------------------------------------------------------------
    'kr-not-measurable': rule({
        severity: 'warning', step: 5,
        when: 'a key result has no `from … to …`, no `target`, and measures no KPI with a target',
        reportedAt: 'the `key result` keyword',
        rationale: 'A key result is a measurable outcome; without a target nobody can tell whether it was reached.',
        message: (keyResult: string) => `Key result ${keyResult} is not measurable: say "from X to Y", give a target, or measure a KPI that has one.`
    }),
    'kpi-no-target': rule({
        severity: 'warning', step: 3,
        when: 'a KPI has no `target`',
        reportedAt: "the KPI's name",
        rationale: 'Without a target a KPI cannot turn green, amber or red, so it cannot trigger or close an OKR.',
        message: (kpi: string) => `KPI ${q(kpi)} has no target, so its status is unknown. Add "target >= N" or "target <= N".`
    }),
    'kpi-no-strategy': rule({
        severity: 'warning', step: 3,
        when: 'a KPI monitors no strategy',
        reportedAt: "the KPI's name",
        rationale: 'A KPI monitors the execution of a strategy; one that monitors none leaves nobody able to tell what it is for.',
        message: (kpi: string) => `KPI ${q(kpi)} monitors no strategy: nobody can tell what it is for. Add "monitors <strategy>".`
    }),
    'strategy-no-kpi': rule({
        severity: 'warning', step: 3,
        when: 'no KPI monitors a strategy',
        reportedAt: "the strategy's name",
        rationale: 'Step 3: every strategy needs KPIs in the framework, or its execution goes unmonitored.',
        message: (strategy: string) => `No KPI monitors strategy ${q(strategy)}: its execution is unmonitored.`
    }),
    'strategy-no-ambition': rule({
        severity: 'warning', step: 2,
        when: 'a strategy realizes no ambition',
        reportedAt: "the strategy's name",
        rationale: 'Step 2: strategies are the actions that realize the ambition; one that serves none may not belong.',
        message: (strategy: string) => `Strategy ${q(strategy)} realizes no ambition. Add "realizes <ambition>".`
    }),
    'okr-on-green-kpi': rule({
        severity: 'warning', step: 5, tells: 'addressed-kpis',
        when: 'an active OKR addresses KPIs that are all green',
        reportedAt: 'the `addresses` keyword',
        rationale: 'Step 5: OKRs are for what is not going as expected. When the KPIs are green, business as usual is enough.',
        message: (okr: string, kpis: string[]) =>
            `OKR ${q(okr)} addresses ${kpis.length === 1 ? `KPI ${q(kpis[0])}, which is` : `KPIs ${kpis.map(q).join(', ')}, which are all`} green: OKRs are for what is not going as expected.`
    }),
    'closed-okr-kpi-not-green': rule({
        severity: 'warning', step: 7, tells: 'addressed-kpis',
        when: 'a closed OKR addresses a KPI that is not green',
        reportedAt: 'the `status` keyword',
        rationale: 'Step 7: close an OKR and return to business as usual when its KPI is green again.',
        message: (okr: string, kpi: string, status: string) =>
            `OKR ${q(okr)} is closed but KPI ${q(kpi)} is ${status}: close an OKR when the KPI it addresses is green again.`
    }),
    'too-many-okrs': rule({
        severity: 'warning', step: 5,
        parameters: OWNER_LIMIT,
        when: `one owner has more than ${OWNER_LIMIT.maxActiveOkrsPerOwner} active OKRs in one cycle (the limit is a setting)`,
        reportedAt: 'the name of each OKR past the limit, in file then text order',
        rationale: 'Focus: an owner with many objectives at once achieves few of them.',
        message: (owner: string, cycle: string, count: number, limit: number) =>
            `Owner "${owner}" has ${count} active OKRs in ${cycle}; keep it to at most ${limit} to stay focused.`
    }),
    'confidential-okr': rule({
        severity: 'warning', step: 5,
        when: 'an OKR is marked confidential',
        reportedAt: 'the `confidential` keyword',
        rationale: 'OKRs are shared transparently so that teams can align; confidentiality belongs to KPIs.',
        message: (okr: string) => `OKR ${q(okr)} is marked confidential: OKRs are shared transparently. Keep confidential figures in KPIs.`
    }),
    'okr-no-cycle': rule({
        severity: 'warning', step: 5,
        when: 'an OKR has no `cycle`',
        reportedAt: "the OKR's name",
        rationale: 'Key results must be time-bound; the cycle (usually a quarter) says by when.',
        message: (okr: string) => `OKR ${q(okr)} has no cycle: key results must be time-bound. Add "cycle 2026-Q3" or similar.`
    }),
    'okr-cycle-over': rule({
        severity: 'warning', step: 7, needsReferenceDate: true,
        when: `an active OKR's cycle ended before the reference date`,
        reportedAt: 'the cycle period',
        rationale: 'Step 7: an OKR runs for its cycle, then is closed (back to business as usual) or moved to the next cycle. One left active after its cycle is forgotten, and it no longer stands for its KPI.',
        message: (okr: string, cycle: string, ended: string) =>
            `The cycle of OKR ${q(okr)} (${cycle}) ended on ${ended}: close the OKR or move it to the next cycle.`
    }),
    'kpi-stale': rule({
        severity: 'warning', step: 4, needsReferenceDate: true,
        when: `a KPI measured every time frame has no value for the time frame after its latest actual's`,
        reportedAt: "the KPI's name",
        rationale: 'Step 4: a KPI is monitored every time frame; one that has not been measured since is no longer monitored, whatever its last status.',
        message: (kpi: string, latest: string, frame: string, staleSince: string) =>
            `KPI ${q(kpi)} is stale: no value since ${latest} although it is measured ${frame}; stale since ${staleSince}.`
    }),
    'future-period': rule({
        severity: 'warning', step: 4, needsReferenceDate: true,
        when: `an \`actual\` or \`checkin\` whose period starts after the reference date`,
        reportedAt: 'the period',
        rationale: 'A value is measured after its period has begun; one dated in the future is most often a typo (2027 for 2026), and it still counts as the latest value.',
        message: (period: string, asOf: string) => `${q(period)} starts after the reference date ${asOf}: a value cannot have been measured yet. Check the period.`
    }),
    'checkin-outside-cycle': rule({
        severity: 'warning', step: 5,
        when: "a check-in whose period does not overlap its OKR's cycle",
        reportedAt: "the check-in's period",
        rationale: "A check-in reports progress during the OKR's cycle; one outside it belongs to another cycle or has a wrong date.",
        message: (period: string, okr: string, cycle: string) => `Check-in ${q(period)} lies outside the cycle ${cycle} of OKR ${q(okr)}.`
    }),
    'kr-wrong-direction': rule({
        severity: 'warning', step: 5,
        when: "a key result that measures a KPI moves against the KPI's direction (`from` > `to` for `>=`, `from` < `to` for `<=`)",
        reportedAt: 'the `from` value',
        rationale: 'A key result that measures a KPI should move it towards its target; moving it the other way makes the KPI worse as the key result succeeds.',
        message: (keyResult: string, kpi: string, direction: string) =>
            `Key result ${keyResult} moves KPI ${q(kpi)} the wrong way: the KPI is better ${direction === '>=' ? 'higher' : 'lower'} (target ${direction}), but the key result goes ${direction === '>=' ? 'down' : 'up'}.`
    }),
    'confidence-fraction': rule({
        severity: 'warning', step: 5,
        when: 'a confidence written as a fraction between 0 and 1 (`0.7`)',
        reportedAt: 'the confidence value',
        rationale: 'Confidence is a percentage from 0 to 100; 0.7 reads as less than one percent, where 70% was most likely meant.',
        message: (value: string, percent: string) => `Confidence ${value} is less than 1%: did you mean ${percent}?`
    }),
    'duplicate-period': rule({
        severity: 'warning', step: 4,
        when: 'two values for the same period: two actuals of one KPI (from the file and from a data file alike) or two check-ins of one key result',
        reportedAt: "the later one's period",
        rationale: 'One period has one measured value; when it is given twice, the value given last counts and the other is forgotten.',
        message: (period: string, owner: string) => `${q(period)} is given twice for ${owner}; the value given last counts.`
    }),

    // --- information -------------------------------------------------------------------------
    'kpi-no-frequency': rule({
        severity: 'info', step: 3,
        when: 'a KPI has no `every` time frame',
        reportedAt: "the KPI's name",
        rationale: 'A KPI is measured and reviewed over a time frame; without one, nobody knows when to look.',
        message: (kpi: string) => `KPI ${q(kpi)} has no time frame. Add "every day|week|month|quarter|year".`
    }),
    'kpi-no-actuals': rule({
        severity: 'info', step: 4,
        when: 'a KPI has no `actual` values (and reads none from a data file)',
        reportedAt: "the KPI's name",
        rationale: 'Step 4: a KPI without measured values is not being monitored.',
        message: (kpi: string) => `KPI ${q(kpi)} has no actual values: it is not being monitored yet.`
    }),
    'red-kpi-no-okr': rule({
        severity: 'info', step: 5,
        when: 'a KPI is red and no running OKR addresses it (active, and with a reference date, in a cycle that has not ended)',
        reportedAt: "the KPI's name",
        rationale: 'Step 5: where a KPI goes red, formulate an OKR to move it forward. An OKR whose cycle is over no longer does.',
        message: (kpi: string, value: string, alert: string) =>
            `KPI ${q(kpi)} is red (${value}, past ${alert}) and no running OKR addresses it: consider an OKR.`
    }),
    'okr-no-kpi': rule({
        severity: 'info', step: 5,
        when: 'an OKR addresses no KPI',
        reportedAt: "the OKR's name",
        rationale: 'In the seven-step model OKRs depend on KPIs: an OKR is formulated where a KPI is in trouble.',
        message: (okr: string) => `OKR ${q(okr)} addresses no KPI. Say which KPI's trouble it answers with "addresses <kpi>".`
    }),
    'okr-no-plan': rule({
        severity: 'info', step: 6,
        when: 'an active OKR has no improvement plan',
        reportedAt: "the OKR's name",
        rationale: 'Step 6: an improvement plan says what work will realize the OKR.',
        message: (okr: string) => `Active OKR ${q(okr)} has no improvement plan. Add "plan { initiative … }".`
    }),
    'kr-no-baseline': rule({
        severity: 'info', step: 5,
        when: 'a key result has a `target` but no baseline',
        reportedAt: 'the `target` keyword',
        rationale: 'Progress is measured from a baseline; "from X to Y" makes the ambition of a key result visible.',
        message: (keyResult: string) => `Key result ${keyResult} has a target but no baseline: say "from X to Y" so progress can be measured.`
    }),
    'kr-activity': rule({
        severity: 'info', step: 5,
        parameters: { activityWords: ACTIVITY_WORDS },
        when: `a key result's title reads as a task: its first word is one of ${ACTIVITY_WORDS.join(', ')} (any case)`,
        reportedAt: 'the title',
        rationale: 'Key results are outcomes, not activities; activities belong in the improvement plan.',
        message: (word: string) => `This key result reads as a task ("${word} …"): state the outcome it achieves, and put the activity in the plan.`
    }),
    'objective-has-number': rule({
        severity: 'info', step: 5,
        when: "an objective's title contains a digit",
        reportedAt: 'the title',
        rationale: 'An objective is qualitative and inspiring; numbers belong in its key results.',
        message: (okr: string) => `The objective of OKR ${q(okr)} contains a number: keep objectives qualitative and put numbers in key results.`
    }),
    'checkin-stale': rule({
        severity: 'info', step: 5, needsReferenceDate: true,
        parameters: CHECKIN_LIMIT,
        when: `in a running OKR whose cycle has started, a key result that measures no KPI has had no check-in for more than ${CHECKIN_LIMIT.checkinDays} days (the limit is a setting)`,
        reportedAt: 'the `key result` keyword',
        rationale: 'OKRs are checked in on regularly; a key result nobody has updated for weeks is an OKR set and forgotten.',
        message: (keyResult: string, since: string, days: number, limit: number) =>
            `Key result ${keyResult} has had no check-in since ${since} (${plural(days, 'day')}; check in at least every ${plural(limit, 'day')}).`
    }),
    'initiative-overdue': rule({
        severity: 'info', step: 6, needsReferenceDate: true,
        when: `in a running OKR, an initiative not \`done\` whose \`due\` period ended before the reference date`,
        reportedAt: 'the due period',
        rationale: 'Step 6: the improvement plan realizes the OKR; an initiative past its due date is late, or done without being marked so.',
        message: (initiative: string, due: string) => `Initiative "${initiative}" was due ${due} and is not done: mark it \`done\` or give it a new due date.`
    }),
    'okr-at-risk': rule({
        severity: 'info', step: 5, needsReferenceDate: true, tells: 'score',
        parameters: PACE_TOLERANCE,
        when: `a running OKR's objective is at risk: its score is more than ${PACE_TOLERANCE.behind} behind the share of its cycle that has passed`,
        reportedAt: "the OKR's name",
        rationale: 'Pace compares progress with time: far behind halfway through the cycle is the moment to act, not at its end.',
        message: (okr: string, score: string, elapsed: string) =>
            `OKR ${q(okr)} is at risk: ${score} done with ${elapsed} of its cycle gone.`
    }),
    'kr-short-of-kpi': rule({
        severity: 'info', step: 5,
        when: 'a key result that measures a KPI with an `alert` would leave that KPI red even when its `to` is reached',
        reportedAt: 'the `to` value',
        rationale: 'An OKR is formulated to bring a red KPI back; a key result that, fully reached, still leaves the KPI past its alert aims too low.',
        message: (keyResult: string, kpi: string, to: string, alert: string) =>
            `Key result ${keyResult} stops at ${to}, which leaves KPI ${q(kpi)} red (past its alert ${alert}) even when reached.`
    })
} as const;

export type RuleCode = keyof typeof RULES;
export type RuleArgs<C extends RuleCode> = Parameters<(typeof RULES)[C]['message']>;

export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export function isRuleCode(code: string): code is RuleCode {
    return Object.prototype.hasOwnProperty.call(RULES, code);
}

export function ruleMessage<C extends RuleCode>(code: C, ...args: RuleArgs<C>): string {
    const format = RULES[code].message as (...a: RuleArgs<C>) => string;
    return format(...args);
}

/** The documentation page of a rule (used for the LSP `codeDescription` link). */
export const RULE_DOCS_BASE = 'https://github.com/strat-dev/strat/blob/main/docs/rules.md';
export function ruleDocUrl(code: RuleCode): string {
    return `${RULE_DOCS_BASE}#${code}`;
}

/** The LSP `codeDescription` of a rule: one frozen object per code, shared by its findings (a broken file can have hundreds of thousands). */
export function ruleDocLink(code: RuleCode): { readonly href: string } {
    let link = docLinks.get(code);
    if (!link) {
        link = Object.freeze({ href: ruleDocUrl(code) });
        docLinks.set(code, link);
    }
    return link;
}

const docLinks = new Map<RuleCode, { readonly href: string }>();
