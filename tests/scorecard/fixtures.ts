/**
 * Scorecards for the renderer tests. Each card is written as its element states it — statuses,
 * scores and the links the element itself declares (`ambition`, `strategies` monitored,
 * `addresses`, `supports`, `measures`) — and the scorecard is made by `scorecardOfStatedCards`, the
 * builder's own last step: it derives the reverse links (an ambition's strategies, a strategy's
 * KPIs, a KPI's OKRs) and the seven-step counts, so the two directions of a link always agree.
 * Statuses and scores are given rather than parsed, so one test can pin exactly the case it needs:
 * - `bankScorecard`: a realistic workspace modelled on docs/language.md#a-complete-example (Acme Bank), extended with
 *   more strategies, a lower-is-better KPI, a KPI monitoring two strategies, an unassigned KPI,
 *   a committed OKR with a key result without data, a closed OKR, a draft OKR and diagnostics;
 * - `emptyScorecard`: nothing at all;
 * - `xssScorecard`: every string field is an injection payload, the reference date included;
 * - `largeScorecard`: 10 strategies, 50 KPIs, 15 OKRs, long titles — for robustness and layout.
 */

import { scorecardOfStatedCards } from '../../packages/language/src/scorecard/build-scorecard.js';
import { statusOf } from '../../packages/language/src/scorecard/kpi-status.js';
import { grade } from '../../packages/language/src/scorecard/objective-score.js';
import type { StatedAmbition, StatedKpi, StatedStrategy } from '../../packages/language/src/scorecard/card-links.js';
import type {
    KeyResultCard,
    OkrCard,
    Scorecard,
    ScorecardDiagnostic,
    Severity,
    SourceLocation,
} from '../../packages/language/src/scorecard/model.js';

const STRATEGY_URI = 'file:///home/ana/acme/strategy/bank.strat';
const OKR_URI = 'file:///home/ana/acme/strategy/okrs/2026-q3.strat';

function at(uri: string, line: number, character = 4, length = 8): SourceLocation {
    return { uri, range: { start: { line, character }, end: { line, character: character + length } } };
}

function diagnostic(uri: string, line: number, code: string, severity: Severity, message: string): ScorecardDiagnostic {
    return { uri, code, severity, message, range: at(uri, line).range };
}

function kpi(partial: Partial<StatedKpi> & Pick<StatedKpi, 'name' | 'title' | 'location'>): StatedKpi {
    return {
        status: 'unknown',
        value: null,
        period: null,
        target: null,
        alert: null,
        direction: 'up',
        trend: 'none',
        rewarded: false,
        confidential: false,
        unit: null,
        frequency: null,
        baseline: null,
        owner: null,
        description: null,
        strategies: [],
        actuals: [],
        stale: null,
        freshUntil: null,
        // as the builder says without a reference date: only a red status calls for attention
        attention: partial.status === 'red' ? ['red'] : [],
        source: null,
        ...partial,
    };
}

function keyResult(partial: Partial<KeyResultCard> & Pick<KeyResultCard, 'title' | 'location'>): KeyResultCard {
    return {
        name: null,
        progress: null,
        confidence: null,
        value: null,
        from: null,
        target: null,
        unit: null,
        measures: null,
        weight: 1,
        owner: null,
        checkins: [],
        pace: null,
        ...partial,
    };
}

function okr(partial: Partial<OkrCard> & Pick<OkrCard, 'name' | 'objective' | 'location'>): OkrCard {
    return {
        cycle: null,
        status: 'active',
        commitment: 'aspirational',
        score: null,
        grade: null,
        confidential: false,
        owner: null,
        description: null,
        addresses: [],
        supports: null,
        keyResults: [],
        plan: null,
        // the time fields as the builder states them without a reference date
        running: (partial.status ?? 'active') === 'active',
        elapsed: null,
        pace: null,
        cycleDays: null,
        provisional: false,
        ...partial,
    };
}

// ---------------------------------------------------------------------------------------------
// Acme Bank (docs/language.md#a-complete-example, extended)

const bankAmbitions: StatedAmbition[] = [
    {
        name: 'Appealing',
        title: 'Become the most appealing large bank to clients',
        horizon: '2030',
        owner: 'Executive Board',
        description: 'Clients choose us first, stay longer and recommend us to friends.',
        location: at(STRATEGY_URI, 2, 9, 9),
    },
];

const bankStrategies: StatedStrategy[] = [
    {
        name: 'DigitalFirst',
        title: 'Serve clients digital-first',
        perspective: 'customer',
        owner: 'COO',
        description: null,
        ambition: 'Appealing',
        location: at(STRATEGY_URI, 7, 9, 12),
    },
    {
        name: 'CostLeadership',
        title: 'Be the most efficient bank in the market',
        perspective: 'financial',
        owner: 'CFO',
        description: null,
        ambition: 'Appealing',
        location: at(STRATEGY_URI, 13, 9, 14),
    },
    {
        name: 'TalentMagnet',
        title: 'Attract and grow digital talent',
        perspective: 'learning',
        owner: 'CHRO',
        description: null,
        ambition: 'Appealing',
        location: at(STRATEGY_URI, 19, 9, 12),
    },
    {
        name: 'GreenFinance',
        title: 'Finance the energy transition of our clients',
        perspective: null,
        owner: null,
        description: null,
        ambition: 'Appealing',
        location: at(STRATEGY_URI, 25, 9, 12),
    },
];

const bankKpis: StatedKpi[] = [
    kpi({
        name: 'NewToBank',
        title: 'New-to-bank clients',
        status: 'red',
        value: 9400,
        period: '2026-Q2',
        target: 12000,
        alert: 10000,
        trend: 'improving',
        rewarded: true,
        confidential: true,
        unit: 'clients',
        frequency: 'quarter',
        owner: 'Retail',
        strategies: ['DigitalFirst'],
        actuals: [
            { period: '2025-Q3', value: 8700 },
            { period: '2025-Q4', value: 9300 },
            { period: '2026-Q1', value: 9100 },
            { period: '2026-Q2', value: 9400 },
        ],
        location: at(STRATEGY_URI, 30, 4, 9),
    }),
    kpi({
        name: 'Nps',
        title: 'Net Promoter Score',
        status: 'amber',
        value: 21,
        period: '2026-06',
        target: 30,
        alert: 20,
        trend: 'improving',
        frequency: 'month',
        strategies: ['DigitalFirst'],
        actuals: [
            { period: '2026-03', value: 19 },
            { period: '2026-04', value: 17 },
            { period: '2026-05', value: 18 },
            { period: '2026-06', value: 21 },
        ],
        location: at(STRATEGY_URI, 43, 4, 3),
    }),
    kpi({
        name: 'DigitalSales',
        title: 'Share of sales closed digitally',
        status: 'green',
        value: 44,
        period: '2026-Q2',
        target: 40,
        alert: 30,
        trend: 'improving',
        unit: '%',
        frequency: 'quarter',
        owner: 'Digital',
        strategies: ['DigitalFirst', 'CostLeadership'],
        actuals: [
            { period: '2025-Q4', value: 37.5 },
            { period: '2026-Q1', value: 41 },
            { period: '2026-Q2', value: 44 },
        ],
        location: at(STRATEGY_URI, 52, 4, 12),
    }),
    kpi({
        name: 'CostIncome',
        title: 'Cost/income ratio',
        status: 'amber',
        value: 57.25,
        period: '2026-Q2',
        target: 55,
        alert: 60,
        direction: 'down',
        trend: 'improving',
        unit: '%',
        frequency: 'quarter',
        owner: 'Finance',
        baseline: 61,
        strategies: ['CostLeadership'],
        actuals: [
            { period: '2025-Q4', value: 59.1 },
            { period: '2026-Q1', value: 58.4 },
            { period: '2026-Q2', value: 57.25 },
        ],
        location: at(STRATEGY_URI, 60, 4, 10),
    }),
    kpi({
        name: 'Engagement',
        title: 'Employee engagement',
        status: 'green',
        value: 78,
        period: '2025',
        target: 75,
        alert: 65,
        trend: 'improving',
        frequency: 'year',
        owner: 'HR',
        strategies: ['TalentMagnet'],
        actuals: [
            { period: '2023', value: 70 },
            { period: '2024', value: 72 },
            { period: '2025', value: 78 },
        ],
        location: at(STRATEGY_URI, 69, 4, 10),
    }),
    kpi({
        name: 'TimeToHire',
        title: 'Days to fill a tech vacancy',
        status: 'red',
        value: 66,
        period: '2026-06',
        target: 45,
        alert: 60,
        direction: 'down',
        trend: 'flat',
        unit: 'days',
        frequency: 'month',
        owner: 'Talent acquisition',
        strategies: ['TalentMagnet'],
        actuals: [
            { period: '2026-04', value: 64 },
            { period: '2026-05', value: 66 },
            { period: '2026-06', value: 66 },
        ],
        location: at(STRATEGY_URI, 77, 4, 10),
    }),
    kpi({
        name: 'AppRating',
        title: 'App store rating',
        status: 'unknown',
        value: 4.7,
        period: '2026-06',
        trend: 'improving',
        unit: 'stars',
        actuals: [
            { period: '2026-05', value: 4.6 },
            { period: '2026-06', value: 4.7 },
        ],
        location: at(STRATEGY_URI, 86, 4, 9),
    }),
];

const bankOkrs: OkrCard[] = [
    okr({
        name: 'WinNewClients',
        objective: 'Become the bank new clients choose first',
        cycle: '2026-Q3',
        score: 0.4285714,
        grade: 'amber',
        owner: 'Retail',
        addresses: ['Nps'],
        keyResults: [
            keyResult({
                name: 'NpsUp',
                title: 'Increase NPS from 21 to 35',
                progress: 0.3571428,
                confidence: 60,
                value: 26,
                from: 21,
                target: 35,
                measures: 'Nps',
                location: at(OKR_URI, 6, 4, 10),
            }),
            keyResult({
                name: 'FastOpening',
                title: 'Cut account opening time from 5 days to 1 day',
                progress: 0.5,
                confidence: 70,
                value: 3,
                from: 5,
                target: 1,
                unit: 'days',
                checkins: [
                    { period: '2026-07-15', value: 4, confidence: 70 },
                    { period: '2026-08-15', value: 3, confidence: null },
                ],
                location: at(OKR_URI, 12, 4, 10),
            }),
        ],
        plan: {
            initiatives: [
                { title: 'Redesign mobile onboarding', owner: 'CX', due: '2026-08-31', done: true, overdue: null },
                { title: 'Same-day account opening', owner: 'Ops', due: '2026-09-15', done: false, overdue: null },
            ],
        },
        location: at(OKR_URI, 1, 4, 13),
    }),
    okr({
        name: 'LeanOperations',
        objective: 'Make every client process lean and simple',
        cycle: '2026-Q3',
        commitment: 'committed',
        score: 0.3,
        grade: 'red',
        owner: 'COO',
        addresses: ['CostIncome'],
        keyResults: [
            keyResult({
                name: 'ManualSteps',
                title: 'Remove manual steps from mortgage processing: from 40 to 10',
                progress: 0.3,
                confidence: 50,
                value: 31,
                from: 40,
                target: 10,
                unit: 'steps',
                location: at(OKR_URI, 26, 4, 11),
            }),
            keyResult({
                name: 'Paperless',
                title: 'Go paperless in every branch',
                progress: null,
                target: 100,
                unit: '%',
                location: at(OKR_URI, 31, 4, 9),
            }),
        ],
        location: at(OKR_URI, 22, 4, 14),
    }),
    okr({
        name: 'GrowTalent',
        objective: 'Make Acme the place engineers want to be',
        cycle: '2026-Q1',
        status: 'closed',
        score: 0.875,
        grade: 'green',
        owner: 'CHRO',
        addresses: ['Engagement'],
        keyResults: [
            keyResult({
                name: 'Referrals',
                title: 'Grow employee referrals from 10 to 40 a quarter',
                progress: 1,
                confidence: 90,
                value: 40,
                from: 10,
                target: 40,
                checkins: [
                    { period: '2026-01-31', value: 18, confidence: 60 },
                    { period: '2026-02-28', value: 29, confidence: 75 },
                    { period: '2026-03-31', value: 40, confidence: 90 },
                ],
                location: at(OKR_URI, 41, 4, 9),
            }),
            keyResult({
                name: 'Attrition',
                title: 'Reduce regretted attrition from 12% to 8%',
                progress: 0.75,
                confidence: 80,
                value: 9,
                from: 12,
                target: 8,
                unit: '%',
                location: at(OKR_URI, 47, 4, 9),
            }),
        ],
        plan: {
            initiatives: [
                { title: 'Launch the engineering career ladder', owner: 'HR', due: '2026-02', done: true, overdue: null },
                { title: 'Referral bonus for hard-to-fill roles', owner: null, due: null, done: true, overdue: null },
            ],
        },
        location: at(OKR_URI, 37, 4, 10),
    }),
    okr({
        name: 'FirstChoiceYouth',
        objective: 'Be the first bank young adults choose',
        cycle: '2026-Q4',
        status: 'draft',
        owner: 'Retail',
        addresses: ['NewToBank'],
        supports: 'WinNewClients',
        keyResults: [
            keyResult({
                name: 'YouthAccounts',
                title: 'Open youth accounts: from 0 to 5,000',
                from: 0,
                target: 5000,
                unit: 'accounts',
                location: at(OKR_URI, 58, 4, 13),
            }),
        ],
        location: at(OKR_URI, 54, 4, 16),
    }),
];

// Written out rather than produced by the rules, so the diagnostics section is tested on a
// known list: one of each severity but hint, two files, and codes of several steps.
const bankDiagnostics: ScorecardDiagnostic[] = [
    diagnostic(STRATEGY_URI, 25, 'strategy-no-kpi', 'warning', 'No KPI monitors strategy GreenFinance: its execution is unmonitored (step 3).'),
    diagnostic(STRATEGY_URI, 86, 'kpi-no-strategy', 'warning', 'KPI AppRating monitors no strategy: nobody can tell what it is for.'),
    diagnostic(STRATEGY_URI, 86, 'kpi-no-target', 'warning', 'KPI AppRating has no target.'),
    diagnostic(STRATEGY_URI, 30, 'red-kpi-no-okr', 'info', 'KPI NewToBank is red and no active OKR addresses it: consider an OKR (step 5).'),
    diagnostic(STRATEGY_URI, 77, 'red-kpi-no-okr', 'info', 'KPI TimeToHire is red and no active OKR addresses it: consider an OKR (step 5).'),
    diagnostic(OKR_URI, 22, 'okr-no-plan', 'info', 'Active OKR LeanOperations has no improvement plan (step 6).'),
    diagnostic(OKR_URI, 31, 'kr-no-baseline', 'info', 'Key result has a target but no baseline: say "from X to Y".'),
    diagnostic(OKR_URI, 54, 'kr-count', 'error', 'OKR FirstChoiceYouth has 1 key result; an objective needs 2 to 5.'),
];

export const bankScorecard: Scorecard = scorecardOfStatedCards(
    { ambitions: bankAmbitions, strategies: bankStrategies, kpis: bankKpis, okrs: bankOkrs },
    bankDiagnostics,
);

// ---------------------------------------------------------------------------------------------
// Empty

export const emptyScorecard: Scorecard = scorecardOfStatedCards({ ambitions: [], strategies: [], kpis: [], okrs: [] }, []);

// ---------------------------------------------------------------------------------------------
// XSS: every string field is an injection payload

/** Each payload, if it ever ran, would set `window.__xss` (or open a dialog). */
export const XSS_PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    '</script><script>window.__xss=2</script>',
    '"><svg onload="window.__xss=3">',
    "' onmouseover='window.__xss=4' x='",
    '</style><script>window.__xss=5</script>',
    '</title><script>window.__xss=6</script>',
    '<iframe src="javascript:window.__xss=7"></iframe>',
    ']]><script>window.__xss=8</script><!--',
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    '*bold* _it_ | pipe | `code` [link](javascript:alert(1)) <b>&amp;</b>',
    '<a href="https://evil.example/">x</a><link rel=stylesheet href=//evil.example/x.css>',
] as const;

let payloadIndex = 0;
/** The next payload, tagged with a number so every field is distinct. */
function x(): string {
    const payload = XSS_PAYLOADS[payloadIndex % XSS_PAYLOADS.length] ?? '';
    payloadIndex++;
    return `${payload}#${payloadIndex}`;
}

function xssScorecardBuild(): Scorecard {
    payloadIndex = 0;
    const uri = `file:///tmp/${x()}/a.strat`;
    const otherUri = `javascript:window.__xss=9//${x()}`;
    const ambitionName = x();
    const strategyName = x();
    const kpiName = x();
    const okrName = x();
    const parentName = x();
    const unit = x();
    const ambition: StatedAmbition = {
        name: ambitionName,
        title: x(),
        horizon: x(),
        owner: x(),
        description: x(),
        location: at(uri, 0),
    };
    const strategy: StatedStrategy = {
        name: strategyName,
        title: x(),
        perspective: 'customer',
        owner: x(),
        description: x(),
        ambition: ambitionName,
        location: at(uri, 3),
    };
    const mainKpi = kpi({
        name: kpiName,
        title: x(),
        status: 'red',
        value: 5,
        period: x(),
        target: 10,
        alert: 7,
        trend: 'worsening',
        rewarded: true,
        confidential: true,
        unit,
        frequency: 'month',
        baseline: 1,
        owner: x(),
        description: x(),
        strategies: [strategyName],
        actuals: [
            { period: x(), value: 8 },
            { period: x(), value: 5 },
        ],
        location: at(otherUri, 8),
    });
    // Odd data on purpose: the builder keeps only resolved references, but a focused scorecard
    // keeps links to cards outside it, so views must skip names they cannot find. This KPI
    // monitors, the OKR addresses and a key result measures such a name.
    const orphanKpi = kpi({
        name: x(),
        title: x(),
        unit: x(),
        owner: x(),
        strategies: [x()],
        location: at(uri, 20),
    });
    const mainOkr = okr({
        name: okrName,
        objective: x(),
        cycle: x(),
        score: 0.5,
        grade: 'amber',
        confidential: true,
        owner: x(),
        description: x(),
        addresses: [kpiName, x()],
        supports: parentName,
        keyResults: [
            keyResult({
                name: x(),
                title: x(),
                progress: 0.5,
                confidence: 40,
                value: 6,
                from: 4,
                target: 8,
                unit: x(),
                measures: kpiName,
                owner: x(),
                checkins: [{ period: x(), value: 6, confidence: 40 }],
                location: at(uri, 30),
            }),
            keyResult({ name: null, title: x(), measures: x(), location: at(otherUri, 33) }),
        ],
        plan: {
            initiatives: [
                { title: x(), owner: x(), due: x(), done: true, overdue: null },
                { title: x(), owner: null, due: x(), done: false, overdue: null },
            ],
        },
        location: at(uri, 26),
    });
    const parentOkr = okr({
        name: parentName,
        objective: x(),
        cycle: x(),
        status: 'closed',
        owner: x(),
        location: at(uri, 40),
    });
    const items: ScorecardDiagnostic[] = [
        { uri, code: x(), severity: 'error', message: x(), range: at(uri, 3).range },
        { uri: otherUri, code: x(), severity: 'warning', message: x(), range: at(otherUri, 8).range },
        { uri, code: 'okr-no-kpi', severity: 'info', message: x(), range: at(uri, 40).range },
        { uri, code: x(), severity: 'hint', message: x(), range: at(uri, 41).range },
    ];
    // Judged against a reference date, so the views' time texts (freshness, cycle days) carry
    // payloads too; made last, so the payloads above keep their numbers.
    const staleKpi: StatedKpi = { ...mainKpi, stale: true, freshUntil: x(), attention: ['red', 'stale'] };
    const runningOkr: OkrCard = {
        ...mainOkr,
        running: true,
        elapsed: 0.4,
        pace: 'behind',
        cycleDays: { start: x(), end: x(), day: 37, of: 92 },
        provisional: true,
        keyResults: mainOkr.keyResults.map((kr) => ({ ...kr, pace: kr.progress === null ? null : 'on-track' })),
        plan: { initiatives: (mainOkr.plan?.initiatives ?? []).map((i) => ({ ...i, overdue: !i.done })) },
    };
    return scorecardOfStatedCards(
        { ambitions: [ambition], strategies: [strategy], kpis: [staleKpi, orphanKpi], okrs: [runningOkr, parentOkr] },
        items,
        x(),
    );
}

export const xssScorecard: Scorecard = xssScorecardBuild();

// ---------------------------------------------------------------------------------------------
// Large: 10 strategies, 50 KPIs, 15 OKRs, long titles

function largeScorecardBuild(): Scorecard {
    let seed = 7;
    const random = (): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
    };
    const uri = 'file:///home/ana/megacorp/strategy.strat';
    const perspectives = ['financial', 'customer', 'internal', 'learning', null] as const;
    const ambitions: StatedAmbition[] = [
        {
            name: 'Leader',
            title: 'Be the undisputed quality leader in every market we serve, from components to complete systems',
            horizon: '2032',
            owner: 'Board of Directors',
            description: null,
            location: at(uri, 0),
        },
        {
            name: 'Planet',
            title: 'Net-zero operations',
            horizon: '2035',
            owner: null,
            description: null,
            location: at(uri, 4),
        },
    ];
    const strategies: StatedStrategy[] = Array.from({ length: 10 }, (_, i) => ({
        name: `S${i + 1}`,
        title:
            i === 3
                ? 'A deliberately very long strategy title that keeps going to test wrapping and truncation in every view'
                : `Strategy number ${i + 1}: ${['grow', 'simplify', 'automate', 'partner', 'decarbonize'][i % 5] ?? 'grow'} the business`,
        perspective: perspectives[i % perspectives.length] ?? null,
        owner: `Owner ${i + 1}`,
        description: null,
        ambition: i < 8 ? 'Leader' : 'Planet',
        location: at(uri, 10 + i * 5),
    }));
    const kpis: StatedKpi[] = Array.from({ length: 50 }, (_, i) => {
        const first = strategies[i % 10];
        const second = i % 7 === 0 ? strategies[(i + 3) % 10] : undefined;
        const monitored = i === 49 ? [] : [first, second].filter((s): s is StatedStrategy => s !== undefined).map((s) => s.name);
        const down = i % 4 === 0;
        const target = 100 + Math.round(random() * 900);
        const actuals = Array.from({ length: i % 9 }, (_, k) => ({
            period: `2026-${String(k + 1).padStart(2, '0')}`,
            value: Math.round(target * (0.6 + random() * 0.6) * 100) / 100,
        }));
        const last = actuals[actuals.length - 1]?.value ?? null;
        const alert = Math.round((down ? target * 1.2 : target * 0.8) * 100) / 100;
        // The status as the builder computes it from these numbers.
        const status = statusOf(last ?? undefined, target, alert, down ? 'down' : 'up');
        return kpi({
            name: `K${i + 1}`,
            title: i === 11 ? 'Percentage of customer orders delivered complete, on time and without any quality complaint within thirty days' : `KPI ${i + 1} ${['revenue', 'margin', 'on-time delivery', 'defects per million', 'employee turnover'][i % 5] ?? ''}`,
            status,
            value: last,
            period: actuals[actuals.length - 1]?.period ?? null,
            target,
            alert,
            direction: down ? 'down' : 'up',
            trend: actuals.length < 2 ? 'none' : (['improving', 'worsening', 'flat'] as const)[i % 3] ?? 'flat',
            unit: ['EUR k', '%', 'ppm', null][i % 4] ?? null,
            frequency: (['week', 'month', 'quarter', 'year'] as const)[i % 4] ?? null,
            owner: i % 3 === 0 ? null : `Team ${i % 6}`,
            rewarded: i % 10 === 0,
            confidential: i % 8 === 0,
            strategies: monitored,
            actuals,
            location: at(uri, 100 + i * 8),
        });
    });
    const red = kpis.filter((k) => k.status === 'red');
    const okrs: OkrCard[] = Array.from({ length: 15 }, (_, i) => {
        const addressed = red[i % Math.max(1, red.length)];
        const progress = [0.2, 0.55, null, 0.9, 1][i % 5] ?? null;
        return okr({
            name: `O${i + 1}`,
            objective: i === 2 ? 'An objective with a remarkably long and inspiring title that goes on and on and on' : `Objective ${i + 1}: move forward`,
            cycle: `2026-Q${(i % 4) + 1}`,
            status: i % 6 === 5 ? 'closed' : 'active',
            score: progress,
            grade: grade(progress ?? undefined, 'aspirational') ?? null,
            owner: `Owner ${i % 4}`,
            addresses: addressed ? [addressed.name] : [],
            keyResults: [
                keyResult({ name: `O${i + 1}KR1`, title: 'Raise the thing from 10 to 20', progress, from: 10, target: 20, value: progress === null ? null : 10 + progress * 10, location: at(uri, 600 + i * 10) }),
                keyResult({ name: `O${i + 1}KR2`, title: 'Lower the other thing', progress: null, location: at(uri, 602 + i * 10) }),
            ],
            plan: i % 2 === 0 ? { initiatives: [{ title: 'Do the work', owner: 'Ops', due: '2026-12', done: i % 4 === 0, overdue: null }] } : null,
            location: at(uri, 598 + i * 10),
        });
    });
    const items: ScorecardDiagnostic[] = kpis
        .filter((k) => k.actuals.length === 0)
        .map((k) => diagnostic(uri, k.location.range.start.line, 'kpi-no-actuals', 'info', `KPI ${k.name} has no actual values: it is not being monitored (step 4).`));
    return scorecardOfStatedCards({ ambitions, strategies, kpis, okrs }, items);
}

export const largeScorecard: Scorecard = largeScorecardBuild();

export const FIXTURES = {
    bank: bankScorecard,
    empty: emptyScorecard,
    xss: xssScorecard,
    large: largeScorecard,
} as const;

export type FixtureName = keyof typeof FIXTURES;
