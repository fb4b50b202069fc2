/**
 * A generated workspace for the leak tests of the public audience with what time and data files
 * add (docs/language.md#time, #data-files): `groups` groups of KPIs and OKRs, judged as of
 * 2026-08-17 (strat.json). Each group has a CSV whose columns feed a confidential KPI (fresh or
 * stale, with a row given twice and a cell that cannot be read), a confidential percentage KPI
 * (its file's rows and an `actual` line for a month the file gives too) and a transparent KPI;
 * a transparent OKR whose key result measures the confidential KPI, checked in (once in the
 * future) and far behind its pace (`okr-at-risk`); a transparent OKR whose key result measures the
 * percentage KPI and stops short of its alert (`kr-short-of-kpi`); a confidential OKR and a
 * transparent one that supports it. One confidential KPI has a baseline too small for Strat
 * (`number-range`).
 *
 * `variant` 0 and 1 write the same workspace with every confidential figure different (the twin of
 * the leak tests); the transparent figures, the periods and the words stay.
 */
export interface DataWorkspace {
    /** Path (with `/`) → text. */
    files: Map<string, string>;
    /**
     * Confidential numbers that are no card's figure, which no public view may show: the number
     * in a cell a data file cannot read, the digits of the number too small for Strat.
     */
    hidden: number[];
}

export function generateConfidentialDataWorkspace(groups: number, variant: 0 | 1): DataWorkspace {
    let secret = 0;
    // ascending distinctive figures: 20,001.25, 20,038.75, … (variant 1: 60,001.25, …)
    const next = () => 20_001 + 40_000 * variant + 37 * secret++ + (secret % 2 === 0 ? 0.25 : 0.75);
    const percent = () => (31 + 17 * variant + (secret++ % 40) * 0.37).toFixed(2);
    const files = new Map<string, string>();
    const hidden: number[] = [];
    const lines = [
        'ambition A "Be the company our region trusts" { horizon 2030 owner "Board" }',
        'strategy S "Grow where it counts" { realizes A perspective financial owner "CFO" }',
        ''
    ];
    for (let g = 0; g < groups; g++) {
        const stale = g % 2 === 1;
        const months = stale ? ['2026-03', '2026-04', '2026-05'] : ['2026-05', '2026-06', '2026-07'];
        const [baseline, alert, target] = [next(), next(), next()];
        const revenue = months.map(() => next());
        const margins = months.map(() => percent());
        const unreadable = next();
        hidden.push(unreadable);
        // a row given twice (the later counts) and a cell that cannot be read, in the confidential column
        const rows = [
            ...months.map((month, m) => `${month},${revenue[m]},${margins[m]}%,${60 + m}`),
            `${months[2]},${next()},${margins[2]}%,62`,
            `2026-02,${unreadable}x,${percent()}%,59`
        ];
        files.set(`data/finance-${g}.csv`, `period,Revenue,Margin,Visits\n${rows.join('\n')}\n`);
        const marginAlert = percent();
        const tooSmall = g === 0 ? ` baseline 0.${'0'.repeat(330)}${98_765 + 1_000 * variant}` : '';
        if (g === 0) hidden.push(98_765 + 1_000 * variant);
        lines.push(
            `kpi Revenue${g} "Revenue of unit ${g}" {`,
            '    monitors S', '    every month', '    confidential', g % 4 === 0 ? '    rewarded' : '',
            `    target >= ${target}`, `    alert ${alert}`, `    baseline ${baseline}`,
            `    actuals from "data/finance-${g}.csv" column "Revenue"`,
            '}',
            `kpi Margin${g} "Margin of unit ${g}" {`,
            '    monitors S', '    every month', '    confidential', '    unit "%"',
            `    alert ${marginAlert}%${tooSmall}`, `    target >= ${percent()}%`,
            `    actuals from "data/finance-${g}.csv" column "Margin"`,
            `    actual ${months[2]} ${percent()}%`,
            '}',
            `kpi Visits${g} "Visits of unit ${g}" {`,
            '    monitors S', '    every month', '    target >= 100', '    alert 50',
            `    actuals from "data/finance-${g}.csv" column "Visits"`,
            '}',
            // measures the confidential KPI: barely moved since its start, halfway through the cycle
            `okr Grow${g} "Grow unit ${g} where clients need us" {`,
            '    cycle 2026-Q3', `    addresses Revenue${g}, Visits${g}`, `    owner "Unit ${g}"`,
            ...(g % 4 === 0 ? [] : [
                `    key result "Revenue from ${baseline} to ${target}" {`,
                `        measures Revenue${g}`, `        from ${baseline} to ${target}`,
                `        checkin 2026-07-15 ${baseline + 1} confidence 40%`,
                `        checkin 2026-10-01 ${baseline + 2}`,
                '    }'
            ]),
            '    key result "Visits from 60 to 120" { measures Visits' + g + ' from 60 to 120 checkin 2026-08-10 64 }',
            '    key result "Open two new branches" { from 0 to 2 checkin 2026-08-10 0 }',
            '    plan { initiative "Open the branches" owner "Ops" due 2026-07-31 }',
            '}',
            `okr Keep${g} "Keep unit ${g}'s margin healthy" {`,
            '    cycle 2026-Q3', `    addresses Margin${g}`,
            `    key result "Margin up" { measures Margin${g} from ${percent()}% to ${percent()}% }`,
            '    key result "Renegotiate contracts" { from 0 to 10 checkin 2026-08-01 6 }',
            '}',
            `okr Secret${g} "Prepare the unit ${g} deal" {`,
            '    cycle 2026-Q3', '    confidential', `    addresses Visits${g}`,
            `    key result "Valuation at ${next()}" { from ${next()} to ${next()} checkin 2026-08-01 ${next()} }`,
            `    key result "Sign" { from 0 to 1 current 0 }`,
            '}',
            `okr Child${g} "Support the unit ${g} deal" {`,
            '    cycle 2026-Q3', `    supports Secret${g}`, `    addresses Visits${g}`,
            '    key result "Data room ready" { from 0 to 10 checkin 2026-08-01 7 }',
            '    key result "Advisors hired" { from 0 to 3 checkin 2026-08-01 3 }',
            '}',
            ''
        );
    }
    files.set('strategy.strat', lines.filter(line => line !== '').join('\n') + '\n');
    files.set('strat.json', '{ "asOf": "2026-08-17" }\n');
    return { files, hidden };
}
