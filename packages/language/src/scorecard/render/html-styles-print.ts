/**
 * The scorecard on paper ("Save as PDF" gives a board pack): A4 landscape with numbered pages,
 * the light palette whatever the screen's theme, each main section from a new page, no card,
 * key result, step, table row or diagnostic cut by a page break, interactive controls hidden,
 * the strategy map as bands cut between its boxes (html-map-print.ts). Everything sits inside
 * `@media print`, so a page that never prints (the VS Code preview) is unaffected. Constants only.
 */

import { LIGHT } from './html-palette.js';

/** The printed page, in millimetres: A4 landscape and its margins (the bottom one holds the page number). */
export const PRINT_PAGE = { width: 297, height: 210, marginX: 12, marginTop: 12, marginBottom: 14 } as const;

const CSS_PX_PER_MM = 96 / 25.4;

/** The printable area in CSS pixels, which the strategy map's bands are cut to fit. */
export const PRINT_CONTENT_PX = {
    width: (PRINT_PAGE.width - 2 * PRINT_PAGE.marginX) * CSS_PX_PER_MM,
    height: (PRINT_PAGE.height - PRINT_PAGE.marginTop - PRINT_PAGE.marginBottom) * CSS_PX_PER_MM,
};

const { width, height, marginX, marginTop, marginBottom } = PRINT_PAGE;

export const PRINT_STYLES = `
@media print {
  @page {
    size: ${width}mm ${height}mm; margin: ${marginTop}mm ${marginX}mm ${marginBottom}mm;
    @bottom-right { content: counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; color: #57606a; vertical-align: middle; }
  }
  :root {${LIGHT}
    --hero: #ffffff; --on-hero: #1f2328; --shadow: none; }
  html, body { background: #ffffff; color: #1f2328; }
  body { font-size: 9.5pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  /* status colours are information: keep every background and mark as on screen */
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .group-toggle, .group-radio, .no-print, .map-scroll:has(+ .map-print) { display: none !important; }
  a { color: inherit; text-decoration: none; }

  /* the header: ambitions side by side, the tiles and the health bar kept whole */
  .hero { border: 1px solid #d8dee4; padding: 14px 18px; margin-bottom: 0; }
  .ambitions { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .ambition, .tile { background: #f5f7fa; border-color: #d8dee4; }
  .tiles { margin-top: 12px; }
  .tiles, .health { break-inside: avoid; }

  /* each main section from a new page, its heading never alone at the foot of one */
  .panel { break-before: page; box-shadow: none; border: 0; border-radius: 0; padding: 0; margin: 0; }
  .panel-head, .kpi-group-head, h3, h4, h3.sub, caption { break-after: avoid; }

  /* nothing cut in two */
  .card, .kr, .step, .diag, .ambition, .tile, .stale, .flow, .okr-head, .plan li, .map-band, .map-legend,
  table.data tr, .kpi-group-head { break-inside: avoid; }
  .table-scroll { overflow: visible; }

  /* KPI cards: their facts in three columns, so that two rows of cards share a page */
  .kpi-card { gap: 6px; padding: 10px 12px; }
  .kpi-card .facts { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .kpi-group { margin-top: 10px; }

  /* the OKR board: one objective a row; in it, what it is and its plan beside its key results */
  .okr-grid { display: block; }
  .okr-grid > .okr-card { margin-bottom: 12px; }
  .okr-card { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.8fr); grid-template-rows: auto 1fr;
    grid-template-areas: "about results" "plan results"; gap: 10px 18px; align-items: start; }
  .okr-about, .okr-results, .okr-plan { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
  .okr-about { grid-area: about; }
  .okr-results { grid-area: results; }
  .okr-plan { grid-area: plan; }
  .okr-card .flow { grid-template-columns: minmax(0, 1fr); gap: 4px; }
  .krs { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .kr { padding: .45em .65em; }
  .kr-bar { margin: .3em 0 .2em; }
  table.checkins th, table.checkins td { padding: .1em .5em; }
  .okr-card .ring { width: 64px; height: 64px; }
  .steps { grid-template-columns: repeat(7, minmax(0, 1fr)); }

  /* the strategy map: bands cut between its boxes, one per page at most */
  .map-print { display: block; }
  .map-band { display: block; width: 100%; height: auto; overflow: hidden; font-family: var(--font); }
}
`;
