/**
 * The page a preview shows before its first scorecard arrives, or when the language server
 * cannot give one: a line of text, no script, the same strict Content-Security-Policy. Pure.
 */
import { escapeHtml } from '@strat/language/render';
import { placeholderPageCsp } from './preview-csp.js';

export function placeholderPage(message: string, cspSource: string): string {
    const csp = placeholderPageCsp(cspSource);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-descriptionForeground, #888); background: var(--vscode-editor-background, transparent);
  margin: 0; padding: 32px; }
</style>
</head>
<body><main><p role="status">${escapeHtml(message)}</p></main></body>
</html>
`;
}
