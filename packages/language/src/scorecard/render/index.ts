/** The scorecard views: HTML (exported page, VS Code preview) and Markdown. */

export { renderScorecardHtml, renderScorecardMainHtml, contentSecurityPolicy, cleanSource, EXPORT_CSP, type HtmlOptions } from './render-html.js';
export { renderScorecardMarkdown, type MarkdownOptions } from './render-markdown.js';
export { escapeHtml, escapeAttribute, escapeMarkdown } from './escape.js';
