/** The scorecard diff: comparing two scorecards (pure) and its views. */
export * from './diff-model.js';
export { diffScorecards, type DiffSide } from './diff-scorecards.js';
export { diffSidesForAudience } from './diff-audience.js';
export { renderScorecardDiff, DIFF_FORMATS, type DiffFormat } from './render-diff.js';
export { renderScorecardDiffMarkdown } from './render-diff-markdown.js';
export { renderScorecardDiffText } from './render-diff-text.js';
export { NO_CHANGE } from './diff-words.js';
export { cardChanges, type CardChange, type KpiCardChange, type OkrCardChange } from './card-changes.js';
export { diffTables, diffSummaryText, trendOf, type DiffTable, type DiffTableRow, type ChangeTrend } from './diff-tables.js';
