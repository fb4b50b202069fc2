/**
 * The CSS of what the views show about time (docs/language.md#time): the reference date in the
 * header, pace chips and the "expected by now" mark on progress bars and score rings, cycle
 * timelines, stale KPIs, overdue initiatives and the "needs attention" view. Part of
 * `scorecardStylesheet`; colours only through the theme's custom properties. Constants only.
 */

export const TIME_STYLES = `
/* time: the reference date */
.as-of { margin: .1em 0 0; font-size: .95em; font-weight: 600; opacity: .92; }
.as-of.no-date { font-weight: 500; font-style: italic; opacity: .8; }

/* time: pace, and the mark where progress should be by now */
.ti { flex: none; fill: none; stroke: currentColor; stroke-width: 1.6; stroke-linecap: round; stroke-linejoin: round; }
.kr-bar.paced { flex-wrap: wrap; row-gap: .3em; }
.progress-track { position: relative; flex: 1 1 120px; min-width: 0; }
.progress-track .progress { display: block; }
.kr-bar.paced .progress-fill { background: var(--sc); }
.expected, .expected-sample { width: 3px; border-radius: 2px; background: var(--fg); box-shadow: 0 0 0 1.5px var(--card); }
.expected { position: absolute; top: -4px; bottom: -4px; margin-left: -1.5px; }
.expected-sample { display: inline-block; height: 1em; vertical-align: -.15em; margin: 0 .25em 0 .1em; }
.pace-legend { font-size: .84em; }
.chip.pace { flex: none; }
.ring-expected { stroke: var(--fg); stroke-width: 2.5; stroke-linecap: round; }
.score .chip { max-width: 9.5em; }
.score.provisional .chip.status:not(.pace) { border-style: dashed; }
.grade-note { font-size: .74em; font-style: italic; color: var(--muted); line-height: 1.1; margin-top: -2px; }

/* time: an OKR's cycle as a timeline, with the reference date marked */
.cycle { font-size: .84em; }
.cycle-bar { position: relative; height: 6px; margin: 7px 6px 4px; border-radius: 999px; background: var(--track); }
.cycle-passed { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 999px; background: color-mix(in srgb, var(--accent) 40%, var(--track)); }
.cycle-today { position: absolute; top: 50%; width: 12px; height: 12px; margin: -6px 0 0 -6px; border-radius: 50%;
  background: var(--accent); border: 2px solid var(--card); }
.cycle-scale { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .1em .8em; color: var(--muted); }
.cycle-now { font-weight: 650; overflow-wrap: anywhere; }
.cycle-end { white-space: nowrap; font-variant-numeric: tabular-nums; }

/* time: stale KPIs and overdue initiatives — a clock and a word, never colour alone */
.card-status { display: flex; flex-direction: column; align-items: flex-end; gap: .3em; flex: none; }
.kpi-card.kpi-stale { border-top-style: dashed; border-right-style: dashed; border-bottom-style: dashed; }
.freshness { margin: 0; display: flex; gap: .4em; align-items: center; overflow-wrap: anywhere; }
.freshness.is-stale { font-size: .85em; font-weight: 600; color: var(--stale-fg); background: var(--stale-bg);
  border: 1px dashed var(--stale-border); border-radius: 8px; padding: .25em .6em; }
.plan li.overdue .what { font-weight: 650; }
.plan .chip.overdue { font-size: .72em; text-transform: uppercase; letter-spacing: .04em; }

/* an OKR addressing a KPI: its objective gives way before its status and pace */
.okr-chip { min-width: 0; }
.okr-chip > .okr-state { flex: none; }

/* the "needs attention" view: why each KPI is there */
.attention-reasons { display: flex; flex-wrap: wrap; gap: .35em; align-items: center; margin: 0; font-size: .9em; }
.attention-reasons .label { color: var(--muted); font-size: .85em; font-weight: 650; }
.chip.attention-reason { border-color: color-mix(in srgb, var(--amber) 60%, transparent); background: color-mix(in srgb, var(--amber) 14%, transparent); }
.chip.r-red { border-color: color-mix(in srgb, var(--red) 60%, transparent); background: color-mix(in srgb, var(--red) 14%, transparent); }
.chip.r-stale { border-style: dashed; }
`;
