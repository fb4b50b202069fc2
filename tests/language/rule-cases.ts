/**
 * One case that must fire and one that must not, for every rule code. Each case is a small
 * workspace: the healthy chain below with one thing changed.
 */
import type { RuleCode } from '../../packages/language/src/diagnostics/rule-table.js';

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

/** A workspace: one text (one file) or several files. */
export type Workspace = string | Record<string, string>;

export interface RuleCase {
    fires: Workspace;
    quiet: Workspace;
}

const keyResults = (n: number) => Array.from({ length: n }, (_, i) => `    key result "Grow share ${i} from 5% to 8%" { from 5% to 8% }\n`).join('');
const okrWithKeyResults = (n: number) => AMBITION + STRATEGY + KPI + `okr O "Win the market" {
    cycle 2026-Q1
    addresses K
${keyResults(n)}    plan { initiative "Price review" }
}
`;

export const RULE_CASES: Record<RuleCode, RuleCase> = {
    'kr-count': { fires: okrWithKeyResults(6), quiet: okrWithKeyResults(5) },
    'reward-kpi-in-okr': {
        fires: HEALTHY.replace('every month', 'every month\n    rewarded').replace('{ from 70 to 120 current 80 }', '{ measures K from 70 to 120 }'),
        quiet: HEALTHY.replace('{ from 70 to 120 current 80 }', '{ measures K from 70 to 120 }')
    },
    'duplicate-name': {
        fires: { 'a.strat': HEALTHY, 'b.strat': 'kpi K "Another" { monitors S target >= 1 every month actual 2026-01 1 }' },
        quiet: { 'a.strat': HEALTHY, 'b.strat': 'kpi K2 "Another" { monitors S target >= 1 every month actual 2026-01 1 }' }
    },
    'kr-no-change': { fires: HEALTHY.replace('{ from 70 to 120 current 80 }', '{ from 70 to 70 current 80 }'), quiet: HEALTHY },
    'confidence-range': { fires: HEALTHY.replace('current 80 }', 'current 80 confidence -5 }'), quiet: HEALTHY.replace('current 80 }', 'current 80 confidence 100% }') },
    'invalid-period': { fires: HEALTHY.replace('actual 2026-01 70', 'actual 2025-W53 70'), quiet: HEALTHY.replace('actual 2026-01 70', 'actual 2026-W53 70') },
    'support-cycle': {
        fires: HEALTHY.replace('cycle 2026-Q1', 'cycle 2026-Q1\n    supports O'),
        quiet: HEALTHY + okr('    supports O\n', 'Child', 'Support our digital customers').replace('addresses K', 'addresses K')
    },
    'alert-side': { fires: HEALTHY.replace('alert 80', 'alert 100'), quiet: HEALTHY.replace('alert 80', 'alert 99.9') },
    'duplicate-property': { fires: HEALTHY.replace('every month', 'every month\n    every quarter'), quiet: HEALTHY },
    'syntax': { fires: HEALTHY.replace('target >= 100', 'target => 100'), quiet: HEALTHY },
    'unresolved': { fires: HEALTHY.replace('monitors S', 'monitors Z'), quiet: HEALTHY },
    'kr-not-measurable': { fires: HEALTHY.replace('{ from 70 to 120 current 80 }', '{ current 80 }'), quiet: HEALTHY.replace('{ from 70 to 120 current 80 }', '{ measures K }') },
    'kpi-no-target': { fires: HEALTHY.replace('    target >= 100\n    alert 80\n', ''), quiet: HEALTHY },
    'kpi-no-strategy': { fires: HEALTHY.replace('    monitors S\n', '') + 'kpi K2 "Other" { monitors S target >= 1 every month actual 2026-01 1 }', quiet: HEALTHY },
    'strategy-no-kpi': { fires: HEALTHY + 'strategy S2 "Expand abroad" { realizes A }', quiet: HEALTHY + 'strategy S2 "Expand abroad" { realizes A }\nkpi K2 "Export" { monitors S, S2 target >= 1 every month actual 2026-01 1 }' },
    'strategy-no-ambition': { fires: HEALTHY.replace('    realizes A\n', ''), quiet: HEALTHY },
    'okr-on-green-kpi': { fires: HEALTHY.replace('actual 2026-01 70', 'actual 2026-01 100'), quiet: HEALTHY },
    'closed-okr-kpi-not-green': { fires: HEALTHY.replace('cycle 2026-Q1', 'cycle 2026-Q1\n    status closed'), quiet: HEALTHY.replace('actual 2026-01 70', 'actual 2026-01 70\n    actual 2026-02 120').replace('cycle 2026-Q1', 'cycle 2026-Q1\n    status closed') },
    'too-many-okrs': {
        fires: HEALTHY + okr('', 'O2', 'Win hearts') + okr('', 'O3', 'Win minds') + okr('', 'O4', 'Win souls'),
        quiet: HEALTHY + okr('', 'O2', 'Win hearts') + okr('', 'O3', 'Win minds') + okr('', 'O4', 'Win souls').replace('cycle 2026-Q1', 'cycle 2026-Q2')
    },
    'confidential-okr': { fires: HEALTHY.replace('cycle 2026-Q1', 'cycle 2026-Q1\n    confidential'), quiet: HEALTHY },
    'okr-no-cycle': { fires: HEALTHY.replace('    cycle 2026-Q1\n', ''), quiet: HEALTHY },
    'kpi-no-frequency': { fires: HEALTHY.replace('    every month\n', ''), quiet: HEALTHY },
    'kpi-no-actuals': { fires: HEALTHY.replace('    actual 2026-01 70\n', ''), quiet: HEALTHY },
    'red-kpi-no-okr': { fires: HEALTHY.replace('cycle 2026-Q1', 'cycle 2026-Q1\n    status draft'), quiet: HEALTHY },
    'okr-no-kpi': { fires: HEALTHY.replace('    addresses K\n', ''), quiet: HEALTHY },
    'okr-no-plan': { fires: HEALTHY.replace('    plan { initiative "Launch loyalty program" owner "Marketing" due 2026-02-28 }\n', ''), quiet: HEALTHY },
    'kr-no-baseline': { fires: HEALTHY.replace('from 70 to 120 current 80', 'target 120 current 80'), quiet: HEALTHY },
    'kr-activity': { fires: HEALTHY.replace('Increase digital revenue', 'Organise events to lift revenue'), quiet: HEALTHY.replace('Increase digital revenue', 'Doubled digital revenue') },
    'objective-has-number': { fires: HEALTHY.replace('Delight our digital customers', 'Win 2 markets'), quiet: HEALTHY }
};
