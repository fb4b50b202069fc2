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

/**
 * A key result that `measures` SaasArr, a rewarded KPI of examples/software-company/software-company.strat →
 * `reward-kpi-in-okr` (an error) at the reference, line 8, column 18; nothing else.
 * The quick fix "Remove the measures link" deletes line 8.
 */
export const REWARD_FILE = 'probe-reward-kpi-in-okr.strat';
export const REWARD_KPI = 'SaasArr';
export const REWARD_MEASURES_LINE = 8;
export const REWARD_MEASURES_COLUMN = 18;
export const REWARD_FIX_TITLE = 'Remove the measures link';
export const REWARD = `// Written by the real-editor test: a key result that measures a rewarded KPI (SaasArr).
okr ProbeRenewals "Make renewals easy" {
    cycle 2026-Q3
    addresses SaasArr
    owner "Probe Owner"

    key result ProbeArrUp "Grow ARR from €41.6 M to €48 M" {
        measures SaasArr
        from 41_600_000 to 48_000_000
    }
    key result ProbeSeats "Raise active seats from 12,000 to 15,000" {
        from 12_000 to 15_000
    }

    plan {
        initiative "Renewal playbook for every account"
    }
}
`;

/**
 * A valid file in no layout at all: bad indentation, several properties on one line, elements
 * without a blank line between them. No findings. Format Document gives MESSY_FORMATTED.
 */
export const MESSY_FILE = 'probe-messy.strat';
export const MESSY = `// Written by the real-editor test: a messy file for Format Document.
ambition ProbeTidy "Files anyone can read" { horizon 2030 owner "Board" }
   strategy ProbeNeat "Keep every file neat" {realizes ProbeTidy
 perspective internal }
kpi ProbeLayout "Files in the canonical layout" { monitors ProbeNeat unit "%" target >= 95 alert 80
      every month actual 2026-05 70 actual 2026-06 90 }
okr ProbeFormat "Make every file tidy" { cycle 2026-Q3 addresses ProbeLayout owner "Probe"
key result "Raise tidy files from 90% to 100%" { measures ProbeLayout from 90% to 100% }
  key result "Cut layout review comments from 12 to 0" {from 12 to 0}
plan { initiative "Format on save" done } }
`;

/** The canonical layout of MESSY (written by hand from docs/language.md; the tests also ask the server). */
export const MESSY_FORMATTED = `// Written by the real-editor test: a messy file for Format Document.
ambition ProbeTidy "Files anyone can read" {
    horizon 2030
    owner "Board"
}

strategy ProbeNeat "Keep every file neat" {
    realizes ProbeTidy
    perspective internal
}

kpi ProbeLayout "Files in the canonical layout" {
    monitors ProbeNeat
    unit "%"
    target >= 95
    alert 80
    every month
    actual 2026-05 70
    actual 2026-06 90
}

okr ProbeFormat "Make every file tidy" {
    cycle 2026-Q3
    addresses ProbeLayout
    owner "Probe"
    key result "Raise tidy files from 90% to 100%" {
        measures ProbeLayout
        from 90% to 100%
    }
    key result "Cut layout review comments from 12 to 0" {
        from 12 to 0
    }
    plan {
        initiative "Format on save" done
    }
}
`;

/** The files the in-editor suite (tests/electron) finds in its workspace, next to examples/. */
export const IN_EDITOR_FILES: Readonly<Record<string, string>> = {
    [PROBE_FILE]: PROBE,
    [REWARD_FILE]: REWARD,
    [MESSY_FILE]: MESSY
};
