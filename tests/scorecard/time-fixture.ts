/**
 * A scorecard judged against a reference date, built by the real builder from a `.strat` text
 * modelled on the time conformance case (../shared/conformance-time/01-time.strat) and
 * docs/language.md#time, with long texts for the layout. As of 17 August 2026:
 * - KPIs: `Complaints` red and stale, `Sales` red, `Margin` red (its OKR only behind), `Nps`
 *   stale and addressed by an OKR at risk, `Visits` fresh and green — so "needs attention" lists
 *   Complaints, Sales, Margin, Nps in that order;
 * - OKRs: `Win` on track on day 48 of 92 (key results behind and on track, one initiative
 *   overdue), `Old` active after its cycle ended (at risk, not provisional; its late initiative is
 *   not overdue, as the OKR no longer runs), `Retain` behind,
 *   `Stalled` at risk, `Next` not started (2026-Q4), `Finished` closed, `Someday` draft.
 * The same text without a reference date gives the scorecard as before time came in.
 */
import { parseDay } from '../../packages/language/src/model/period-span.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { workspaceOf } from '../support/workspace.js';

export const TIME_AS_OF = '2026-08-17';

export const LONG_KPI_TITLE = 'Share of customer complaints about delivered orders that were resolved completely within thirty calendar days';
export const LONG_INITIATIVE = 'Rebuild the same-day account opening flow end to end, including identity checks, paperwork, branch hand-offs and the welcome call';

export const TIME_STRAT = `
ambition A "Be the bank people choose first" {
    horizon 2030
}

strategy S "Grow with new clients" {
    realizes A
    perspective customer
}

kpi Complaints "${LONG_KPI_TITLE}" {
    monitors S
    target >= 90%
    alert 70%
    every month
    actual 2026-04 72%
    actual 2026-05 64%
}

kpi Sales "Sales" {
    monitors S
    target >= 100
    alert 80
    every quarter
    actual 2026-Q1 70
    actual 2026-Q2 75
}

kpi Margin "Gross margin" {
    monitors S
    target >= 40%
    alert 30%
    every quarter
    actual 2026-Q2 28%
}

kpi Nps "Net Promoter Score" {
    monitors S
    target >= 30
    alert 20
    every month
    actual 2026-05 18
    actual 2026-06 21
}

kpi Visits "Daily visits" {
    monitors S
    target >= 1000
    every day
    actual 2026-08-15 1200
    actual 2026-08-16 1100
}

okr Win "Become the bank new clients choose first" {
    cycle 2026-Q3
    owner "Retail"
    addresses Nps
    key result NpsUp "Increase NPS from 21 to 35" {
        measures Nps
        from 21 to 35
        current 26
    }
    key result Fast "Cut account opening time from 5 days to 1 day" {
        from 5 to 1
        checkin 2026-07-15 4
        checkin 2026-08-15 3
    }
    plan {
        initiative "Redesign onboarding" due 2026-08-31
        initiative "${LONG_INITIATIVE}" due 2026-07-31
    }
}

okr Old "Win back our buyers" {
    cycle 2026-Q2
    addresses Sales
    key result "Raise sales from 70 to 100" { from 70 to 100 current 75 }
    key result "Raise orders per client from 2 to 3" { from 2 to 3 current 2 }
    plan {
        initiative "Sales sprint" due 2026-06-30
    }
}

okr Retain "Keep our margin healthy" {
    cycle 2026-Q3
    addresses Margin
    key result "Raise margin from 20% to 40%" { from 20% to 40% current 28% }
    key result "Raise reviews from 5 to 50" { from 5 to 50 checkin 2026-08-10 20 }
}

okr Stalled "Make onboarding effortless" {
    cycle 2026-Q3
    addresses Nps
    key result "Cut onboarding steps from 12 to 4" { from 12 to 4 checkin 2026-08-12 12 }
    key result "Raise activation from 40% to 60%" { from 40% to 60% checkin 2026-08-12 41% }
}

okr Next "Open the first youth branch" {
    cycle 2026-Q4
    addresses Complaints
    key result "Sign 200 youth accounts" { from 0 to 200 current 0 }
    key result "Hire 5 youth advisers" { from 0 to 5 current 1 }
}

okr Finished "Fill the pipeline" {
    cycle 2026-Q1
    status closed
    key result "Raise leads from 30 to 60" { from 30 to 60 current 60 }
    key result "Raise win rate from 10% to 20%" { from 10% to 20% current 20% }
}

okr Someday "Delight every visitor" {
    cycle 2026-Q2
    status draft
    addresses Visits
    key result "Raise visits from 1000 to 2000" { from 1000 to 2000 }
    key result "Raise return visits from 10% to 30%" { from 10% to 30% }
}
`;

/** The scorecard of `TIME_STRAT` as of `asOf` (default 17 August 2026), or without a reference date (`null`). */
export async function timeScorecard(asOf: string | null = TIME_AS_OF): Promise<Scorecard> {
    const day = asOf === null ? null : parseDay(asOf);
    if (day === undefined) throw new Error(`not a day: ${asOf}`);
    const workspace = await workspaceOf({ 'time.strat': TIME_STRAT }, { asOf: day });
    return workspace.scorecard();
}
