/**
 * A workspace with every way a confidential figure can reach a view: a confidential KPI measured
 * by a key result of a transparent OKR (whose score, pace and findings would tell it), one that
 * a transparent OKR only addresses, a red one no OKR addresses (its finding quotes its value),
 * a green one an OKR addresses (its finding says it is green), and a confidential OKR that
 * another OKR supports. Its confidential numbers are distinctive, so a search for them in the
 * views means something.
 */
import { parseDay } from '../../packages/language/src/model/period-span.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { workspaceOf } from '../support/workspace.js';

export const AUDIENCE_AS_OF = '2026-08-17';

export const AUDIENCE_STRAT = `ambition Trusted "Be the bank clients trust" { horizon 2030 }
strategy Serve "Serve clients well" { realizes Trusted perspective customer }

kpi Margin "Gross margin" {
    monitors Serve
    unit "%"
    target >= 41.5
    alert 38.25
    every month
    confidential
    baseline 36.75
    actual 2026-06 37.125
    actual 2026-07 36.875
}

kpi Nps "Net Promoter Score" {
    monitors Serve
    target >= 30
    alert 20
    every month
    actual 2026-06 22
    actual 2026-07 24
}

kpi Cash "Cash reserve" {
    monitors Serve
    target >= 512
    alert 457
    every month
    confidential
    actual 2026-07 399
}

kpi Quiet "Liquidity coverage" {
    monitors Serve
    target >= 130
    alert 115
    every month
    confidential
    actual 2026-07 143.5
}

okr WinMargin "Win back our margin" {
    cycle 2026-Q3
    addresses Margin, Nps
    owner "CFO"
    key result MarginUp "Raise margin from 36.875% to 38%" {
        measures Margin
        from 36.875 to 38
        checkin 2026-08-01 36.9 confidence 40%
    }
    key result NpsUp "Raise NPS from 24 to 35" {
        measures Nps
        from 24 to 35
        current 25
    }
    plan { initiative "Reprice the fees" owner "Finance" due 2026-09-30 }
}

okr Polish "Polish our liquidity story" {
    cycle 2026-Q3
    addresses Quiet
    owner "Treasury"
    key result "Publish the liquidity report monthly" { from 0 to 3 current 1 }
    key result "Answer analysts within a day" { from 5 to 1 current 3 }
    plan { initiative "Write the report" owner "Treasury" due 2026-09-30 }
}

okr Takeover "Buy a competitor" {
    cycle 2026-Q3
    confidential
    addresses Nps
    owner "CEO"
    key result "Sign the term sheet" { from 0 to 1 current 0 }
    key result "Close the due diligence" { from 0 to 100 current 20 }
    plan { initiative "Hire advisers" owner "CEO" due 2026-09-30 }
}

okr Integrate "Make the new colleagues feel at home" {
    cycle 2026-Q3
    supports Takeover
    addresses Nps
    owner "HR"
    key result "Welcome every new colleague in week one" { from 0 to 100 current 60 }
    key result "Raise their engagement from 50 to 70" { from 50 to 70 current 58 }
    plan { initiative "Buddy programme" owner "HR" due 2026-09-30 }
}
`;

/** The confidential numbers of `AUDIENCE_STRAT`: none may appear in a public view. */
export const AUDIENCE_SECRETS = [41.5, 38.25, 36.75, 37.125, 36.875, 36.9, 38, 512, 457, 399, 130, 115, 143.5];

export async function audienceScorecard(): Promise<Scorecard> {
    const workspace = await workspaceOf({ 'audience.strat': AUDIENCE_STRAT }, { asOf: parseDay(AUDIENCE_AS_OF) });
    return workspace.scorecard();
}
