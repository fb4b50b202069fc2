/**
 * The big inputs Strat must stay fast on (issue 10): `npm run bench` times them
 * (bench-big-files.mjs), and tests/language/robustness.test.ts checks they finish at all.
 */
export const BIG_INPUTS = {
    /** 36,000 KPIs on one line of over 1 MB, each one a syntax error (a `kpi` inside a body). */
    oneMegabyteLine: () => 'kpi K "k" { actual 2026-01 1 '.repeat(36_000) + '}',
    /** 100,000 ambitions with empty bodies, one per line. */
    tinyElements: () => Array.from({ length: 100_000 }, (_, i) => `ambition A${i} "a" { }`).join('\n') + '\n',
    /** One KPI with 300,000 actuals on one line (ten years of days, over and over). */
    actualsOnOneLine: () => `kpi K "k" { target >= 1 ${Array.from({ length: 300_000 }, (_, i) => `actual ${2020 + (i % 10)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} ${i}`).join(' ')} }`
};
