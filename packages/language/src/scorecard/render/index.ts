/** The scorecard views: HTML (exported page, VS Code preview) and Markdown. */

export { renderScorecardHtml, renderScorecardMainHtml, contentSecurityPolicy, cleanSource, EXPORT_CSP, type HtmlOptions } from './render-html.js';
export { renderScorecardMarkdown, type MarkdownOptions } from './render-markdown.js';
export { escapeHtml, escapeAttribute, escapeMarkdown } from './escape.js';
export { renderScorecard, scorecardTitle, isScorecardFormat, SCORECARD_FORMATS, type ScorecardFormat, type RenderOptions } from './render-scorecard.js';
