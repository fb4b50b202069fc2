/**
 * The "Changes" section the preview shows at the top while comparing with a git revision: what
 * it compares (the revision, its commit), the summary line, a "Stop comparing" link, then one
 * table per section of `strat diff` (KPI status, values, OKRs, definitions, elements, renames,
 * diagnostics), a ▲/▼ on rows whose number went up or down. Built as DOM from plain text: no
 * markup from the message is ever parsed.
 */
import type { ChangeTrend, ComparisonTable, ComparisonView } from '../../src/preview/preview-comparison.js';
import type { Post } from '../webview-host.js';

export const CHANGES_SECTION_ID = 'strat-changes';

export const TREND_ARROW: Readonly<Record<ChangeTrend, string>> = { up: '▲', down: '▼' };
const TREND_WORD: Readonly<Record<ChangeTrend, string>> = { up: 'up', down: 'down' };

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

/** `▲` with its meaning for a screen reader. */
export function trendMark(document: Document, trend: ChangeTrend): HTMLElement {
    const mark = element(document, 'span', `trend-mark trend-${trend}`, TREND_ARROW[trend]);
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', TREND_WORD[trend]);
    return mark;
}

function tableElement(document: Document, table: ComparisonTable): HTMLElement {
    const block = element(document, 'div', 'changes-block');
    block.append(element(document, 'h3', undefined, table.title));
    const tableNode = element(document, 'table', 'changes-table');
    const head = element(document, 'tr');
    for (const title of table.header) head.append(element(document, 'th', undefined, title));
    tableNode.append(element(document, 'thead'), element(document, 'tbody'));
    tableNode.tHead?.append(head);
    for (const row of table.rows) {
        const line = element(document, 'tr');
        row.cells.forEach((cell, index) => {
            const td = element(document, 'td', undefined, cell);
            // the arrow goes after the last cell: the "after" value
            if (row.trend && index === row.cells.length - 1) td.append(' ', trendMark(document, row.trend));
            line.append(td);
        });
        tableNode.tBodies[0]?.append(line);
    }
    block.append(tableNode);
    return block;
}

/** The section for a comparison; "Stop comparing" posts `stopComparing`. */
export function changesSection(document: Document, view: ComparisonView, post: Post): HTMLElement {
    const section = element(document, 'section', 'panel strat-changes');
    section.id = CHANGES_SECTION_ID;
    section.setAttribute('aria-labelledby', `${CHANGES_SECTION_ID}-title`);
    const head = element(document, 'div', 'changes-head');
    const title = element(document, 'h2', undefined, 'Changes');
    title.id = `${CHANGES_SECTION_ID}-title`;
    const since = element(document, 'span', 'changes-since', ` since ${view.ref}${view.commit ? ` (${view.commit})` : ''}`);
    title.append(since);
    const stop = element(document, 'button', 'changes-stop', 'Stop comparing');
    stop.type = 'button';
    stop.title = 'Back to the normal view (Strat: Stop Comparing)';
    stop.addEventListener('click', () => post({ type: 'stopComparing' }));
    head.append(title, stop);
    section.append(head);
    if (view.problem !== undefined) {
        const problem = element(document, 'p', 'changes-problem', view.problem);
        problem.setAttribute('role', 'alert');
        section.append(problem);
        return section;
    }
    section.append(element(document, 'p', 'changes-summary', view.summary));
    for (const table of view.tables) section.append(tableElement(document, table));
    return section;
}
