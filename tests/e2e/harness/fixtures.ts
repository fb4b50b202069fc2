/**
 * Files the real-editor tests write into their temporary workspace, so that each test knows
 * exactly which findings to expect whatever examples/ holds. Names are unique across the
 * examples (one namespace per workspace).
 */

/** A KPI without a target → `kpi-no-target` (a warning) at `ProbeNoTarget`, line 2, column 5. */
export const PROBE_FILE = 'probe-kpi-no-target.strat';
export const PROBE_KPI = 'ProbeNoTarget';
export const PROBE = `// Written by the real-editor test: a KPI nobody set a target for.
kpi ProbeNoTarget "A KPI nobody set a target for" {
    every month
    actual 2026-05 3
}
`;
