/**
 * The scorecard's CSS. `scorecardStylesheet` is theme-neutral: every colour and font comes from
 * the custom properties of `SCORECARD_THEME_PROPERTIES`, which a page defines for its setting —
 * the exported page with `EXPORT_THEME` (light and dark through `prefers-color-scheme`), the VS
 * Code preview with its own mapping to the editor theme. Print always uses the light palette.
 * Constants only: no user text ever reaches this file.
 */

import { AUDIENCE_STYLES } from './html-styles-audience.js';
import { DARK, LIGHT } from './html-palette.js';
import { PRINT_STYLES } from './html-styles-print.js';
import { TIME_STYLES } from './html-styles-time.js';

/** The custom properties a page must define for `scorecardStylesheet` (`--toggle-bg` is optional). */
export const SCORECARD_THEME_PROPERTIES = [
    '--bg', '--fg', '--muted', '--card', '--border', '--subtle', '--track', '--accent', '--on-accent', '--focus',
    '--violet', '--edge', '--shadow', '--green', '--amber', '--red', '--unknown', '--hero', '--on-hero',
    '--stale-bg', '--stale-fg', '--stale-border', '--font', '--mono', '--font-size',
] as const;

const SYSTEM_FONTS =
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';
const MONO_FONTS = 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

/** The exported page's theme: light, or dark when the system prefers it. */
export const EXPORT_THEME = `
:root {${LIGHT}
  --font: ${SYSTEM_FONTS}; --mono: ${MONO_FONTS}; --font-size: 15px;
}
@media (prefers-color-scheme: dark) { :root {${DARK} } }
`;

const SOURCE_LINKS = `
/* elements that carry their source location (render option \`sourceLinks\`) */
[role="link"] { cursor: pointer; }
[role="link"]:hover .map-box { stroke: var(--focus); }
.card[role="link"]:hover, .kr[role="link"]:hover, .diag[role="link"]:hover, .ambition[role="link"]:hover,
.kpi-group-head[role="link"]:hover { border-color: var(--focus); }
[role="link"]:focus { outline: none; }
[role="link"]:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
g[role="link"]:focus-visible { outline: none; }
g[role="link"]:focus-visible .map-box { stroke: var(--focus); stroke-width: 2.5; }
`;

const BASE = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font-family: var(--font); font-size: var(--font-size);
  line-height: 1.5; -webkit-font-smoothing: antialiased; overflow-wrap: anywhere; }
/* Long unbroken names, titles and paths wrap wherever they must, and no box grows wider than its column. */
main, section, header, li, dd, td, th, .card, .panel { min-width: 0; }
main { max-width: 1220px; margin: 0 auto; padding: 24px 24px 48px; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.3em; font-weight: 700; display: flex; align-items: center; gap: .5em; }
h3 { font-size: 1.08em; font-weight: 650; }
h4 { font-size: 1em; font-weight: 650; }
p { margin: .4em 0; }
code, .name { font-family: var(--mono); font-size: .86em; }
.name { color: var(--muted); overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.small { font-size: .85em; }
.empty { color: var(--muted); font-style: italic; margin: .5em 0; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.long { overflow-wrap: anywhere; word-break: break-word; }

/* status colours: one variable per status, used by chips, icons, strips and the map */
.s-green { --sc: var(--green); --on-sc: #ffffff; }
.s-amber { --sc: var(--amber); --on-sc: #1f2328; }
.s-red { --sc: var(--red); --on-sc: #ffffff; }
.s-unknown { --sc: var(--unknown); --on-sc: #ffffff; }
.si { flex: none; overflow: visible; }
.si-fill { fill: var(--sc); }
.si-mark { fill: none; stroke: var(--on-sc); stroke-width: 1.9; stroke-linecap: round; stroke-linejoin: round; }
.si-dot { fill: var(--on-sc); }
.si-ring { fill: none; stroke: var(--sc); stroke-width: 1.6; stroke-dasharray: 2.6 1.8; }
.si-q { fill: none; stroke: var(--sc); stroke-width: 1.6; stroke-linecap: round; }
.si-qdot { fill: var(--sc); }

.chip { display: inline-flex; align-items: center; gap: .35em; padding: .12em .62em; border-radius: 999px;
  font-size: .8em; font-weight: 600; line-height: 1.5; white-space: nowrap; border: 1px solid var(--border);
  background: var(--subtle); color: var(--fg); vertical-align: middle; max-width: 100%; }
.chip > span { overflow: hidden; text-overflow: ellipsis; }
.chip.status { border-color: color-mix(in srgb, var(--sc) 55%, transparent); background: color-mix(in srgb, var(--sc) 15%, transparent); }
.chip.badge-rewarded { border-color: color-mix(in srgb, var(--violet) 55%, transparent); background: color-mix(in srgb, var(--violet) 13%, transparent); }
.chip.badge-confidential { border-style: dashed; }
.chip.warn { border-color: color-mix(in srgb, var(--amber) 60%, transparent); background: color-mix(in srgb, var(--amber) 14%, transparent); }
.chips { display: flex; flex-wrap: wrap; gap: .35em; align-items: center; }

/* header */
.hero { background: var(--hero); color: var(--on-hero); border-radius: 16px; padding: 26px 28px 22px; margin-bottom: 22px; box-shadow: var(--shadow); }
.eyebrow { text-transform: uppercase; letter-spacing: .09em; font-size: .74em; font-weight: 700; opacity: .85;
  display: flex; flex-wrap: wrap; gap: .4em 1em; align-items: center; }
.hero h1 { font-size: 1.9em; font-weight: 750; margin: .25em 0 .15em; overflow-wrap: anywhere; }
.ambitions { list-style: none; margin: .6em 0 0; padding: 0; display: grid; gap: .5em; }
.ambition { padding: .55em .8em; border-radius: 10px; background: color-mix(in srgb, var(--on-hero) 10%, transparent); border: 1px solid color-mix(in srgb, var(--on-hero) 20%, transparent); }
.ambition-title { font-weight: 650; font-size: 1.08em; overflow-wrap: anywhere; }
.ambition .meta { font-size: .86em; opacity: .9; }
.hero .name { color: inherit; opacity: .8; }
.hero .empty { color: inherit; opacity: .9; }
.hero nav a { color: inherit; text-decoration-color: color-mix(in srgb, var(--on-hero) 45%, transparent); text-underline-offset: 3px; }
.hero nav a:hover { text-decoration-color: currentColor; }
.hero nav a:focus-visible { outline: 2px solid var(--on-hero); outline-offset: 2px; border-radius: 2px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 10px; margin-top: 18px; }
.tile { background: color-mix(in srgb, var(--on-hero) 10%, transparent); border: 1px solid color-mix(in srgb, var(--on-hero) 20%, transparent); border-radius: 10px; padding: .55em .8em; }
.tile-value { font-size: 1.55em; font-weight: 750; line-height: 1.2; font-variant-numeric: tabular-nums; }
.tile-label { font-size: .8em; opacity: .9; }
.health { margin-top: 16px; }
.health-bar { display: flex; height: 10px; border-radius: 999px; overflow: hidden; background: color-mix(in srgb, var(--on-hero) 22%, transparent); }
.health-bar > span { display: block; height: 100%; background: var(--sc); }
.health-legend { display: flex; flex-wrap: wrap; gap: .3em .9em; margin-top: .45em; font-size: .84em; }
.health-legend span { display: inline-flex; align-items: center; gap: .35em; }
.stale { display: flex; gap: .6em; align-items: center; background: var(--stale-bg); color: var(--stale-fg);
  border: 1px solid var(--stale-border); border-radius: 10px; padding: .6em .9em; margin-bottom: 14px; font-weight: 600; }

/* sections */
.panel { background: var(--card); border: 1px solid var(--border); border-radius: 14px; padding: 20px 22px 22px;
  margin: 0 0 20px; box-shadow: var(--shadow); }
.panel-head { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; justify-content: space-between; margin-bottom: 12px; }
.panel-head p { margin: .15em 0 0; color: var(--muted); font-size: .9em; }
.step-no { display: inline-grid; place-items: center; min-width: 1.9em; height: 1.9em; padding: 0 .45em; border-radius: 999px;
  background: var(--subtle); border: 1px solid var(--border); color: var(--muted); font-size: .68em; font-weight: 700; }

/* strategy map */
.map-scroll { overflow-x: auto; margin: 0 -6px; padding: 0 6px 4px; }
.map { display: block; width: 100%; min-width: 780px; height: auto; font-family: var(--font); }
.map-column { font-size: 11px; font-weight: 700; letter-spacing: .07em; text-transform: uppercase; fill: var(--muted); }
.map-box { fill: var(--card); stroke: var(--border); stroke-width: 1; }
.map-strip { fill: var(--accent); }
.map-strategy .map-strip { fill: var(--violet); }
.map-kpi .map-strip, .map-okr .map-strip { fill: var(--sc); }
.map-kpi .map-box { fill: color-mix(in srgb, var(--sc) 8%, var(--card)); stroke: color-mix(in srgb, var(--sc) 45%, var(--border)); }
.map-gap .map-box { stroke-dasharray: 4 3; }
.okr-closed .map-box { stroke-dasharray: 5 3; }
.okr-draft .map-title { font-style: italic; }
.map-title { font-size: 13px; font-weight: 650; fill: var(--fg); }
.map-meta { font-size: 11.5px; fill: var(--muted); }
.map-edge { fill: none; stroke: var(--edge); stroke-width: 1.5; }
.map-edge.edge-okr { stroke: color-mix(in srgb, var(--sc) 65%, var(--edge)); stroke-width: 1.8; }
.map-edge.edge-closed { stroke-dasharray: 5 4; }
.map-placeholder rect { fill: none; stroke: var(--border); stroke-dasharray: 4 4; }
.map-placeholder text { fill: var(--muted); font-size: 12px; font-style: italic; }
/* the map's print bands (html-map-print.ts): on paper only */
.map-print { display: none; }
.map-legend { display: flex; flex-wrap: wrap; gap: .4em 1.2em; margin-top: 10px; font-size: .84em; color: var(--muted); }
.map-legend span { display: inline-flex; gap: .35em; align-items: center; }

/* seven steps */
.steps { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(145px, 1fr)); gap: 10px; }
.step { border: 1px solid var(--border); border-radius: 12px; padding: .7em .8em; background: var(--bg); position: relative; }
.step.has-gaps { border-color: color-mix(in srgb, var(--amber) 60%, var(--border)); }
.step-head { display: flex; flex-direction: column; align-items: flex-start; gap: .35em; font-weight: 700; line-height: 1.25; }
.step-head > span:last-child { max-width: 100%; overflow-wrap: break-word; }
.step-num { display: inline-grid; place-items: center; width: 1.75em; height: 1.75em; border-radius: 50%;
  background: var(--accent); color: var(--on-accent); font-size: .82em; font-weight: 750; flex: none; }
.step-facts { list-style: none; margin: .45em 0 0; padding: 0; }
.step-facts li { font-size: .92em; }
.step-facts strong { font-size: 1.35em; font-variant-numeric: tabular-nums; }
.step-gaps { list-style: none; margin: .45em 0 0; padding: .4em 0 0; border-top: 1px dashed var(--border); font-size: .8em; color: var(--muted); }
.step-gaps li { overflow-wrap: anywhere; }
.step-ok { font-size: .8em; color: var(--muted); margin-top: .45em; padding-top: .4em; border-top: 1px dashed var(--border); }
h3.sub { margin: 18px 0 8px; font-size: .98em; }

/* tables */
table.data { border-collapse: collapse; width: 100%; font-size: .9em; }
table.data th, table.data td { text-align: left; padding: .42em .6em; border-bottom: 1px solid var(--border); vertical-align: top; }
table.data th { font-size: .78em; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 700; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.data tbody tr:last-child td { border-bottom: 0; }
.table-scroll { overflow-x: auto; }

/* KPI scorecard */
.group-toggle { display: inline-flex; align-items: center; gap: .5em; font-size: .86em; }
.group-toggle .seg { display: inline-flex; border: 1px solid var(--border); border-radius: 999px; overflow: hidden; }
.group-toggle label { padding: .3em .95em; cursor: pointer; user-select: none; color: var(--fg); }
.group-toggle label + label { border-left: 1px solid var(--border); }
.group-radio { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; pointer-events: none; }
#strat-group-strategy:checked ~ .panel-head label[for="strat-group-strategy"],
#strat-group-perspective:checked ~ .panel-head label[for="strat-group-perspective"],
#strat-group-attention:checked ~ .panel-head label[for="strat-group-attention"] { background: var(--toggle-bg, var(--accent)); color: var(--on-accent); font-weight: 650; }
#strat-group-strategy:focus-visible ~ .panel-head label[for="strat-group-strategy"],
#strat-group-perspective:focus-visible ~ .panel-head label[for="strat-group-perspective"],
#strat-group-attention:focus-visible ~ .panel-head label[for="strat-group-attention"] { outline: 2px solid var(--focus); outline-offset: -3px; }
/* one view at a time: the one whose radio is checked */
.by-strategy, .by-perspective, .by-attention { display: none; }
#strat-group-strategy:checked ~ .by-strategy, #strat-group-perspective:checked ~ .by-perspective,
#strat-group-attention:checked ~ .by-attention { display: block; }
.group-toggle { flex-wrap: wrap; max-width: 100%; }
.group-toggle .seg { flex-wrap: wrap; max-width: 100%; }
.group-toggle label { white-space: nowrap; }
.group-toggle .count { display: inline-block; min-width: 1.6em; margin-left: .25em; padding: 0 .4em; border-radius: 999px; text-align: center;
  background: color-mix(in srgb, currentColor 16%, transparent); font-variant-numeric: tabular-nums; font-weight: 700; }
.kpi-group { margin-top: 16px; }
.kpi-group-head { display: flex; flex-wrap: wrap; gap: .3em .8em; align-items: baseline; padding: .35em .2em .5em; border-bottom: 1px solid var(--border); margin-bottom: 10px; border-radius: 6px; }
.kpi-group-head h3 { overflow-wrap: anywhere; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); gap: 12px; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 12px; padding: 14px 16px; min-width: 0; box-shadow: var(--shadow); }
.kpi-card { border-left: 5px solid var(--sc); display: flex; flex-direction: column; gap: 10px; }
.card-head { display: flex; gap: .6em; align-items: flex-start; justify-content: space-between; }
.card-head > div { min-width: 0; }
.card-title { overflow-wrap: anywhere; }
.kpi-figures { display: flex; align-items: center; justify-content: space-between; gap: 10px; flex-wrap: wrap; }
.kpi-value .big { font-size: 1.7em; font-weight: 750; font-variant-numeric: tabular-nums; line-height: 1.1; overflow-wrap: anywhere; }
.kpi-value .unit { color: var(--muted); font-weight: 600; overflow-wrap: anywhere; }
.spark { display: block; flex: none; }
.spark-area { fill: color-mix(in srgb, var(--accent) 12%, transparent); }
.spark-line { fill: none; stroke: var(--accent); stroke-width: 1.8; stroke-linejoin: round; stroke-linecap: round; }
.spark-target { stroke: var(--green); stroke-width: 1.2; stroke-dasharray: 4 3; }
.spark-alert { stroke: var(--red); stroke-width: 1.2; stroke-dasharray: 1.5 2.5; }
.spark-last { fill: var(--sc); stroke: var(--card); stroke-width: 1.5; }
.spark-base { stroke: var(--border); stroke-dasharray: 3 3; }
.spark-note { fill: var(--muted); font-size: 10px; font-style: italic; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 6px 12px; margin: 0; font-size: .88em; }
.facts div { min-width: 0; }
.facts dt { color: var(--muted); font-size: .8em; text-transform: uppercase; letter-spacing: .05em; font-weight: 650; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.trend { font-weight: 650; white-space: nowrap; }
.trend .arrow { display: inline-block; min-width: 1em; font-weight: 800; }
.t-improving .arrow { color: var(--green); }
.t-worsening .arrow { color: var(--red); }
.card-foot { display: flex; flex-wrap: wrap; gap: .35em; align-items: center; font-size: .92em; }
.card-foot .label { color: var(--muted); font-size: .85em; }

/* OKR board */
.okr-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 470px), 1fr)); gap: 14px; }
.okr-card { display: flex; flex-direction: column; gap: 12px; border-top: 4px solid var(--sc); }
.okr-card.okr-draft { border-top-style: dashed; }
/* its parts are laid out on paper only (html-styles-print.ts) */
.okr-about, .okr-results, .okr-plan { display: contents; }
.okr-head { display: flex; gap: 14px; justify-content: space-between; align-items: flex-start; }
.okr-head > div:first-child { min-width: 0; }
.okr-head h3 { font-size: 1.12em; overflow-wrap: anywhere; margin-bottom: .2em; }
.score { display: flex; flex-direction: column; align-items: center; gap: 4px; flex: none; }
.ring { display: block; }
.ring-track { fill: none; stroke: var(--track); stroke-width: 7; }
.ring-value { fill: none; stroke: var(--sc); stroke-width: 7; stroke-linecap: round; }
.ring-text { font-size: 15px; font-weight: 750; fill: var(--fg); font-family: var(--font); }
.ring-text.nodata { font-size: 10.5px; font-weight: 600; fill: var(--muted); }
.flow { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6px; }
.flow li { border: 1px solid var(--border); border-radius: 9px; padding: .4em .6em; font-size: .84em; background: var(--bg); min-width: 0; }
.flow li.reached { border-color: color-mix(in srgb, var(--green) 55%, var(--border)); }
.flow .flow-step { display: block; font-size: .78em; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 700; }
.flow .chips { margin-top: .2em; }
.krs { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.kr { border: 1px solid var(--border); border-radius: 10px; padding: .6em .75em; background: var(--bg); min-width: 0; }
.kr-head { display: flex; flex-direction: column; gap: .05em; }
.kr-title { font-weight: 600; overflow-wrap: anywhere; min-width: 0; }
.kr-head .name { font-size: .8em; }
.kr-bar { display: flex; align-items: center; gap: .6em; margin: .45em 0 .3em; }
.progress { flex: 1; height: 9px; border-radius: 999px; background: var(--track); overflow: hidden; }
.progress-fill { display: block; height: 100%; border-radius: 999px; background: var(--accent); }
.progress.nodata { background: repeating-linear-gradient(45deg, var(--track) 0 6px, transparent 6px 12px); border: 1px dashed var(--border); }
.kr-pct { min-width: 4.6em; text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; font-size: .92em; }
.kr-pct.nodata { color: var(--muted); font-weight: 600; font-style: italic; }
.kr-facts { display: flex; flex-wrap: wrap; gap: .2em .9em; font-size: .85em; color: var(--muted); }
.kr-facts b { color: var(--fg); font-weight: 600; }
table.checkins { margin-top: .45em; font-size: .82em; }
table.checkins caption { text-align: left; font-size: .9em; color: var(--muted); font-weight: 650; padding-bottom: .15em; }
table.checkins th, table.checkins td { padding: .2em .5em; }
.plan { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.plan li { display: flex; gap: .55em; align-items: flex-start; font-size: .92em; }
.plan .mark { flex: none; margin-top: .2em; }
.mark-box { fill: none; stroke: var(--muted); stroke-width: 1.5; }
.done .mark-box { fill: var(--green); stroke: var(--green); }
.mark-check { fill: none; stroke: #ffffff; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.plan .what { overflow-wrap: anywhere; }
.plan .state { font-size: .78em; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.okr-meta { display: flex; flex-wrap: wrap; gap: .2em 1em; font-size: .86em; color: var(--muted); }
.okr-meta b { color: var(--fg); font-weight: 600; }

/* diagnostics */
.sev-summary { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
.sev { --sv: var(--unknown); }
.sev-error { --sv: var(--red); }
.sev-warning { --sv: var(--amber); }
.sev-info { --sv: var(--accent); }
.sev-hint { --sv: var(--unknown); }
.sev-chip { border-color: color-mix(in srgb, var(--sv) 55%, transparent); background: color-mix(in srgb, var(--sv) 13%, transparent); }
.sev-dot { width: .62em; height: .62em; border-radius: 2px; background: var(--sv); display: inline-block; flex: none; }
.sev-error .sev-dot { border-radius: 1px; transform: rotate(45deg); }
.sev-warning .sev-dot { clip-path: polygon(50% 0, 100% 100%, 0 100%); border-radius: 0; width: .75em; height: .7em; }
.sev-info .sev-dot { border-radius: 50%; }
.diags { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: auto auto minmax(0, 1fr) auto; gap: 6px 0; }
.diags > li { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; }
.diag { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; column-gap: .8em; row-gap: .3em; align-items: baseline; padding: .5em .75em;
  border: 1px solid var(--border); border-left: 4px solid var(--sv); border-radius: 9px; background: var(--bg); }
.diag > .chip { justify-self: start; }
.diag .msg { overflow-wrap: anywhere; min-width: 0; }
.diag .loc { font-family: var(--mono); font-size: .82em; color: var(--muted); overflow-wrap: anywhere; text-align: right; }
.diag code { color: var(--fg); }
@media (max-width: 640px) {
  main { padding: 12px 12px 32px; }
  .hero { padding: 18px; }
  .diags { grid-template-columns: auto minmax(0, 1fr); }
  .diags > li, .diag { display: grid; grid-template-columns: auto minmax(0, 1fr); }
  .diag .msg, .diag .loc { grid-column: 1 / -1; text-align: left; }
  .flow { grid-template-columns: 1fr; }
  .okr-head { flex-direction: column; }
  /* three choices do not fit one row: stack them */
  .group-toggle .seg { display: grid; grid-template-columns: minmax(0, 1fr); border-radius: 10px; }
  .group-toggle label + label { border-left: 0; border-top: 1px solid var(--border); }
}

@media (prefers-reduced-motion: no-preference) { .progress-fill { transition: width .3s ease; } }
`;

/**
 * The scorecard's layout and components, for any page that defines `SCORECARD_THEME_PROPERTIES`;
 * with `sourceLinks`, also the hover and focus of elements rendered with source links.
 */
export function scorecardStylesheet(options: { sourceLinks?: boolean } = {}): string {
    return BASE + TIME_STYLES + AUDIENCE_STYLES + (options.sourceLinks === true ? SOURCE_LINKS : '') + PRINT_STYLES;
}
