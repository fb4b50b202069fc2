/**
 * The diagnostics: counts by severity and one entry per diagnostic (severity, code, message,
 * `file:line` 1-based). In the VS Code preview each entry reveals its place in the editor.
 */

import type { Severity } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { plural, SEVERITIES, SEVERITY_LABEL, SEVERITY_PLURAL } from './format.js';
import type { HtmlContext } from './html-context.js';
import { sortedDiagnostics } from './locations.js';

function severityCount(ctx: HtmlContext, severity: Severity): number {
    const s = ctx.scorecard.diagnostics.summary;
    switch (severity) {
        case 'error':
            return s.errors;
        case 'warning':
            return s.warnings;
        case 'info':
            return s.infos;
        case 'hint':
            return s.hints;
    }
}

export function diagnosticsSectionHtml(ctx: HtmlContext): SafeHtml {
    const summary = SEVERITIES.map((severity) => {
        const count = severityCount(ctx, severity);
        return html`<span class="${`chip sev-chip sev-${severity}`}"><span class="sev-dot" aria-hidden="true"></span>${plural(count, severity, SEVERITY_PLURAL[severity])}</span>`;
    });
    const items = sortedDiagnostics(ctx.scorecard).map((d) => {
        const location = ctx.locate.at(d.uri, d.range.start.line);
        const link = ctx.link({ uri: d.uri, range: d.range }, 'diagnostic');
        return html`<li><div class="${`diag sev-${d.severity}`}"${link}><span class="${`chip sev-chip sev-${d.severity}`}"><span class="sev-dot" aria-hidden="true"></span>${SEVERITY_LABEL[d.severity] ?? d.severity}</span><code>${d.code}</code><span class="msg">${d.message}</span><span class="loc">${location}</span></div></li>`;
    });
    const list =
        items.length > 0
            ? html`<ol class="diags">${items}</ol>`
            : html`<p class="empty">No problems found.</p>`;
    return html`<section class="panel" id="diagnostics" aria-labelledby="h-diags"><div class="panel-head"><div><h2 id="h-diags">Diagnostics</h2><p>What the rules found, most severe first.</p></div></div><div class="sev-summary">${summary}</div>${list}</section>`;
}
