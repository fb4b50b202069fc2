/**
 * The CSS of audiences (scorecard/audience.ts): the banner that says who a scorecard is for, the
 * lock colour of confidential statuses, and "confidential" where a figure is withheld. Part of
 * `scorecardStylesheet`; colours only through the theme's custom properties. Constants only.
 */

export const AUDIENCE_STYLES = `
/* audiences: a withheld status is a lock, in the colour of the unknown */
.s-confidential { --sc: var(--unknown); --on-sc: #ffffff; }
.withheld { display: inline-flex; align-items: center; gap: .3em; font-style: italic; color: var(--muted); font-weight: 600; }
.kpi-value .big.withheld { font-size: 1.25em; color: var(--muted); }
.audience-banner { display: flex; gap: .6em; align-items: center; margin: 0 0 14px; padding: .55em .9em; border-radius: 10px;
  border: 1px dashed var(--border); background: var(--subtle); color: var(--fg); font-weight: 600; }
`;
