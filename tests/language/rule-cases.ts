/**
 * One case that must fire and one that must not, for every rule code. Each case is a small
 * workspace: the healthy chain below with one thing changed.
 */
import type { RuleCode } from '../../packages/language/src/diagnostics/rule-table.js';
import { edited } from './edited.js';

export const AMBITION = `ambition A "Be the most trusted bank" {
    horizon 2030
}
`;
export const STRATEGY = `strategy S "Grow digitally" {
    realizes A
}
`;
export const KPI = `kpi K "Digital revenue" {
    monitors S
    target >= 100
    alert 80
    every month
    actual 2026-01 70
}
`;
export const okr = (body = '', name = 'O', title = 'Delight our digital customers') => `okr ${name} "${title}" {
    cycle 2026-Q1
    addresses K
    owner "Retail"
    key result R1 "Increase digital revenue from 70 to 120" { from 70 to 120 current 80 }
    key result R2 "Raise retention from 80% to 90%" { from 80% to 90% current 85% }
    plan { initiative "Launch loyalty program" owner "Marketing" due 2026-02-28 }
${body}}
`;
export const HEALTHY = AMBITION + STRATEGY + KPI + okr();

/** A workspace: one text (one file) or several files (bytes: read from disk as Strat reads files). */
export type Workspace = string | Record<string, string | Uint8Array>;

export interface RuleCase {
    fires: Workspace;
    quiet: Workspace;
    /** The message of its (first) finding in `fires`, naming the elements involved. */
    message: string;
    /** How many findings `fires` gives (1 unless said). */
    count?: number;
    /** The reference date both are checked with (YYYY-MM-DD); without it, none. */
    asOf?: string;
}

const keyResults = (n: number) => Array.from({ length: n }, (_, i) => `    key result "Grow share ${i} from 5% to 8%" { from 5% to 8% }\n`).join('');
const okrWithKeyResults = (n: number) => AMBITION + STRATEGY + KPI + `okr O "Win the market" {
    cycle 2026-Q1
    addresses K
${keyResults(n)}    plan { initiative "Price review" }
}
`;
const R1 = '{ from 70 to 120 current 80 }';

export const RULE_CASES: Record<RuleCode, RuleCase> = {
    'kr-count': {
        fires: okrWithKeyResults(6), quiet: okrWithKeyResults(5),
        message: "Objective 'O' has 6 key results; keep it to at most 5 so the team stays focused."
    },
    'reward-kpi-in-okr': {
        fires: edited(HEALTHY, ['every month', 'every month\n    rewarded'], [R1, '{ measures K from 70 to 120 }']),
        quiet: edited(HEALTHY, [R1, '{ measures K from 70 to 120 }']),
        message: "KPI 'K' is used for rewards; a key result that measures it ties OKR 'O' to pay. Measure a KPI that is not rewarded, or state the key result on its own."
    },
    'duplicate-name': {
        fires: { 'a.strat': HEALTHY, 'b.strat': 'kpi K "Another" { monitors S target >= 1 every month actual 2026-01 1 }' },
        quiet: { 'a.strat': HEALTHY, 'b.strat': 'kpi K2 "Another" { monitors S target >= 1 every month actual 2026-01 1 }' },
        message: "The name 'K' is used by 2 elements in this workspace; names must be unique across all .strat files.",
        count: 2
    },
    'kr-no-change': {
        fires: edited(HEALTHY, [R1, '{ from 70 to 70 current 80 }']), quiet: HEALTHY,
        message: "Key result 'R1' goes from 70 to 70: a key result must move something. Keeping a value steady is a KPI's job."
    },
    'confidence-range': {
        fires: edited(HEALTHY, ['current 80 }', 'current 80 confidence -5 }']),
        quiet: edited(HEALTHY, ['current 80 }', 'current 80 confidence 100% }']),
        message: 'Confidence -5 is outside 0–100%.'
    },
    'number-range': {
        fires: edited(HEALTHY, ['target >= 100', `target >= 1${'0'.repeat(400)}`]),
        quiet: edited(HEALTHY, ['target >= 100', `target >= 1${'0'.repeat(300)}`]),
        message: 'The number 100000000000…000000 (401 characters) is too large for Strat (beyond ±1.8 × 10^308): write a smaller number.'
    },
    'encoding': {
        fires: { 'a.strat': HEALTHY, 'b.strat': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kpi B "b" { }', 'utf16le')]) },
        quiet: { 'a.strat': HEALTHY, 'b.strat': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kpi B "b" { monitors S target >= 1 alert 0 every month actual 2026-01 2 }')]) },
        message: 'This file is not UTF-8 text (it starts with a UTF-16 LE byte order mark): save it as UTF-8 so that Strat can read it.'
    },
    'invalid-period': {
        fires: edited(HEALTHY, ['actual 2026-01 70', 'actual 2025-W53 70']),
        quiet: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-W53 70']),
        message: "'2025-W53' is not a valid period: 2025 has ISO weeks W01 to W52."
    },
    'support-cycle': {
        fires: edited(HEALTHY, ['cycle 2026-Q1', 'cycle 2026-Q1\n    supports O']),
        quiet: HEALTHY + okr('    supports O\n', 'Child', 'Support our digital customers'),
        message: 'These OKRs support each other in a loop: O → O. Cascading OKRs must end at a top-level objective.'
    },
    'alert-side': {
        fires: edited(HEALTHY, ['alert 80', 'alert 100']), quiet: edited(HEALTHY, ['alert 80', 'alert 99.9']),
        message: "KPI 'K' has target >= 100, so its alert must be below 100 (the red line under the target), not 100."
    },
    'duplicate-property': {
        fires: edited(HEALTHY, ['every month', 'every month\n    every quarter']), quiet: HEALTHY,
        message: "'every' is already given in KPI 'K'; give it once."
    },
    'syntax': {
        fires: edited(HEALTHY, ['target >= 100', 'target => 100']), quiet: HEALTHY,
        message: "Unexpected character '='.",
        count: 2
    },
    'unresolved': {
        fires: edited(HEALTHY, ['monitors S', 'monitors Z']), quiet: HEALTHY,
        message: "No strategy named 'Z' in this workspace."
    },
    'kr-not-measurable': {
        fires: edited(HEALTHY, [R1, '{ current 80 }']), quiet: edited(HEALTHY, [R1, '{ measures K }']),
        message: `Key result 'R1' is not measurable: say "from X to Y", give a target, or measure a KPI that has one.`
    },
    'kpi-no-target': {
        fires: edited(HEALTHY, ['    target >= 100\n    alert 80\n', '']), quiet: HEALTHY,
        message: `KPI 'K' has no target, so its status is unknown. Add "target >= N" or "target <= N".`
    },
    'kpi-no-strategy': {
        fires: edited(HEALTHY, ['    monitors S\n', '']) + 'kpi K2 "Other" { monitors S target >= 1 every month actual 2026-01 1 }', quiet: HEALTHY,
        message: `KPI 'K' monitors no strategy: nobody can tell what it is for. Add "monitors <strategy>".`
    },
    'strategy-no-kpi': {
        fires: HEALTHY + 'strategy S2 "Expand abroad" { realizes A }',
        quiet: HEALTHY + 'strategy S2 "Expand abroad" { realizes A }\nkpi K2 "Export" { monitors S, S2 target >= 1 every month actual 2026-01 1 }',
        message: "No KPI monitors strategy 'S2': its execution is unmonitored."
    },
    'strategy-no-ambition': {
        fires: edited(HEALTHY, ['    realizes A\n', '']), quiet: HEALTHY,
        message: `Strategy 'S' realizes no ambition. Add "realizes <ambition>".`
    },
    'okr-on-green-kpi': {
        fires: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-01 100']), quiet: HEALTHY,
        message: "OKR 'O' addresses KPI 'K', which is green: OKRs are for what is not going as expected."
    },
    'closed-okr-kpi-not-green': {
        fires: edited(HEALTHY, ['cycle 2026-Q1', 'cycle 2026-Q1\n    status closed']),
        quiet: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-01 70\n    actual 2026-02 120'], ['cycle 2026-Q1', 'cycle 2026-Q1\n    status closed']),
        message: "OKR 'O' is closed but KPI 'K' is red: close an OKR when the KPI it addresses is green again."
    },
    'too-many-okrs': {
        fires: HEALTHY + okr('', 'O2', 'Win hearts') + okr('', 'O3', 'Win minds') + okr('', 'O4', 'Win souls'),
        quiet: HEALTHY + okr('', 'O2', 'Win hearts') + okr('', 'O3', 'Win minds') + edited(okr('', 'O4', 'Win souls'), ['cycle 2026-Q1', 'cycle 2026-Q2']),
        message: 'Owner "Retail" has 4 active OKRs in 2026-Q1; keep it to at most 3 to stay focused.'
    },
    'confidential-okr': {
        fires: edited(HEALTHY, ['cycle 2026-Q1', 'cycle 2026-Q1\n    confidential']), quiet: HEALTHY,
        message: "OKR 'O' is marked confidential: OKRs are shared transparently. Keep confidential figures in KPIs."
    },
    'okr-no-cycle': {
        fires: edited(HEALTHY, ['    cycle 2026-Q1\n', '']), quiet: HEALTHY,
        message: `OKR 'O' has no cycle: key results must be time-bound. Add "cycle 2026-Q3" or similar.`
    },
    'kpi-no-frequency': {
        fires: edited(HEALTHY, ['    every month\n', '']), quiet: HEALTHY,
        message: `KPI 'K' has no time frame. Add "every day|week|month|quarter|year".`
    },
    'kpi-no-actuals': {
        fires: edited(HEALTHY, ['    actual 2026-01 70\n', '']), quiet: HEALTHY,
        message: "KPI 'K' has no actual values: it is not being monitored yet."
    },
    'red-kpi-no-okr': {
        fires: edited(HEALTHY, ['cycle 2026-Q1', 'cycle 2026-Q1\n    status draft']), quiet: HEALTHY,
        message: "KPI 'K' is red (70, past the alert 80) and no running OKR addresses it: consider an OKR."
    },
    'okr-no-kpi': {
        fires: edited(HEALTHY, ['    addresses K\n', '']), quiet: HEALTHY,
        message: `OKR 'O' addresses no KPI. Say which KPI's trouble it answers with "addresses <kpi>".`
    },
    'okr-no-plan': {
        fires: edited(HEALTHY, ['    plan { initiative "Launch loyalty program" owner "Marketing" due 2026-02-28 }\n', '']), quiet: HEALTHY,
        message: `Active OKR 'O' has no improvement plan. Add "plan { initiative … }".`
    },
    'kr-no-baseline': {
        fires: edited(HEALTHY, ['from 70 to 120 current 80', 'target 120 current 80']), quiet: HEALTHY,
        message: `Key result 'R1' has a target but no baseline: say "from X to Y" so progress can be measured.`
    },
    'kr-activity': {
        fires: edited(HEALTHY, ['Increase digital revenue', 'Organise events to lift revenue']),
        quiet: edited(HEALTHY, ['Increase digital revenue', 'Doubled digital revenue']),
        message: 'This key result reads as a task ("Organise …"): state the outcome it achieves, and put the activity in the plan.'
    },
    'objective-has-number': {
        fires: edited(HEALTHY, ['Delight our digital customers', 'Win 2 markets']), quiet: HEALTHY,
        message: "The objective of OKR 'O' contains a number: keep objectives qualitative and put numbers in key results."
    },
    'okr-cycle-over': {
        asOf: '2026-04-15',
        fires: HEALTHY, quiet: edited(HEALTHY, ['cycle 2026-Q1', 'cycle 2026-Q2']),
        message: "The cycle of OKR 'O' (2026-Q1) ended on 2026-03-31: close the OKR or move it to the next cycle."
    },
    'kpi-stale': {
        asOf: '2026-03-01',
        fires: HEALTHY, quiet: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-01 70\n    actual 2026-02 75']),
        message: "KPI 'K' is stale: no value since 2026-01 although it is measured monthly; stale since 2026-03-01."
    },
    'future-period': {
        asOf: '2026-02-15',
        fires: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-01 70\n    actual 2026-03 90']),
        quiet: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-01 70\n    actual 2026-02 90']),
        message: "'2026-03' starts after the reference date 2026-02-15: a value cannot have been measured yet. Check the period."
    },
    'checkin-outside-cycle': {
        fires: edited(HEALTHY, [R1, '{ from 70 to 120 checkin 2026-04-02 80 }']),
        quiet: edited(HEALTHY, [R1, '{ from 70 to 120 checkin 2026-03-02 80 }']),
        message: "Check-in '2026-04-02' lies outside the cycle 2026-Q1 of OKR 'O'."
    },
    'kr-wrong-direction': {
        fires: edited(HEALTHY, [R1, '{ measures K from 120 to 70 }']),
        quiet: edited(HEALTHY, [R1, '{ measures K from 70 to 120 }']),
        message: "Key result 'R1' moves KPI 'K' the wrong way: the KPI is better higher (target >=), but the key result goes down."
    },
    'confidence-fraction': {
        fires: edited(HEALTHY, ['current 80 }', 'current 80 confidence 0.7 }']),
        quiet: edited(HEALTHY, ['current 80 }', 'current 80 confidence 70 }']),
        message: 'Confidence 0.7 is less than 1%: did you mean 70%?'
    },
    'duplicate-period': {
        fires: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-01 70\n    actual 2026-01 72']),
        quiet: edited(HEALTHY, ['actual 2026-01 70', 'actual 2026-01 70\n    actual 2026-02 72']),
        message: "'2026-01' is given twice for KPI 'K'; the value given last counts."
    },
    'checkin-stale': {
        asOf: '2026-02-15',
        fires: HEALTHY,
        quiet: edited(HEALTHY, [R1, '{ from 70 to 120 checkin 2026-02-10 80 }'], ['current 85% }', 'checkin 2026-02-10 85% }']),
        message: "Key result 'R1' has had no check-in since the cycle started on 2026-01-01 (45 days; check in at least every 14 days).",
        count: 2
    },
    'initiative-overdue': {
        asOf: '2026-03-05',
        fires: HEALTHY, quiet: edited(HEALTHY, ['due 2026-02-28 }', 'due 2026-02-28 done }']),
        message: 'Initiative "Launch loyalty program" was due 2026-02-28 and is not done: mark it `done` or give it a new due date.'
    },
    'okr-at-risk': {
        asOf: '2026-03-15',
        fires: HEALTHY, quiet: edited(HEALTHY, ['current 80 }', 'current 110 }'], ['current 85% }', 'current 89% }']),
        message: "OKR 'O' is at risk: 35% done with 82% of its cycle gone."
    },
    'kr-short-of-kpi': {
        fires: edited(HEALTHY, [R1, '{ measures K from 70 to 75 }']),
        quiet: edited(HEALTHY, [R1, '{ measures K from 70 to 120 }']),
        message: "Key result 'R1' stops at 75, which leaves KPI 'K' red (past its alert 80) even when reached."
    },
    'config': {
        fires: { 'a.strat': HEALTHY, 'strat.json': '{ "asof": "2026-01-01" }' },
        quiet: { 'a.strat': HEALTHY, 'strat.json': '{ "asOf": "2026-01-01" }' },
        message: 'Unknown key "asof" in strat.json. The keys are "asOf", "rules", "maxOkrsPerOwner", "checkinDays".'
    },
    'data-file': {
        fires: { 'a.strat': edited(HEALTHY, ['    actual 2026-01 70\n', '    actuals from "data/revenue.csv" column "Revenue"\n']), 'data/revenue.csv': 'period,Sales\n2026-01,70\n' },
        quiet: { 'a.strat': edited(HEALTHY, ['    actual 2026-01 70\n', '    actuals from "data/revenue.csv" column "Revenue"\n']), 'data/revenue.csv': 'period,Revenue\n2026-01,70\n' },
        message: "'data/revenue.csv' has no column 'Revenue'; its value columns are 'Sales'."
    },
    'data-value': {
        fires: { 'a.strat': edited(HEALTHY, ['    actual 2026-01 70\n', '    actuals from "data/revenue.csv" column "Revenue"\n']), 'data/revenue.csv': 'period,Revenue\n2026-01,70\n2026-02,n/a\n' },
        quiet: { 'a.strat': edited(HEALTHY, ['    actual 2026-01 70\n', '    actuals from "data/revenue.csv" column "Revenue"\n']), 'data/revenue.csv': 'period,Revenue\n2026-01,70\n2026-02,\n' },
        message: "'n/a' is not a number: this row is left out of the KPI's actuals."
    },
};
