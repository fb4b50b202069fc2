/**
 * A small project whose findings and pace depend on the reference date — a monthly KPI with values
 * up to September 2026 and an OKR of Q3 — for tests of workspaces whose projects pin different
 * dates in their strat.json (strat diff, the editor's comparison).
 */
export function datedProject(name: string): string {
    return `kpi ${name}Sales "Sales ${name}" {
    target >= 100
    alert 80
    every month
    actual 2026-07 90
    actual 2026-08 95
    actual 2026-09 99
}

okr ${name}Grow "Grow ${name}" {
    cycle 2026-Q3
    addresses ${name}Sales
    key result ${name}Up "Sales from 90 to 120" { measures ${name}Sales from 90 to 120 }
    key result ${name}Calls "Calls from 0 to 50" { from 0 to 50 checkin 2026-08-01 20 }
}
`;
}
