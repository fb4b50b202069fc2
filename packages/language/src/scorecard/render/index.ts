/**
 * The scorecard views: the HTML `<main>` content and its theme-neutral stylesheet (for any page,
 * such as the VS Code preview the extension builds), the self-contained exported HTML page, and
 * Markdown.
 */

export { renderScorecardMainHtml, type ScorecardBodyOptions } from './render-body.js';
export { renderScorecardHtml, EXPORT_CSP, type HtmlOptions } from './render-html.js';
export { scorecardStylesheet, SCORECARD_THEME_PROPERTIES, EXPORT_THEME } from './html-styles.js';
export { renderScorecardMarkdown, type MarkdownOptions } from './render-markdown.js';
export { escapeHtml, escapeAttribute, escapeMarkdown } from './escape.js';
export { AUDIENCE_BANNER } from './html-audience.js';
export { formatFraction, formatQuantity } from './format.js';
export { renderScorecard, scorecardTitle, isScorecardFormat, SCORECARD_FORMATS, type ScorecardFormat, type RenderOptions } from './render-scorecard.js';
