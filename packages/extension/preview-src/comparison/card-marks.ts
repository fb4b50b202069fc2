/**
 * The marks on changed cards while comparing: a KPI card or OKR card of the scorecard whose value,
 * score or status changed since the revision gets a line per change — `Value 21 → 27 ▲` — coloured
 * by whether it is good news. A card is found by the source location it carries (the same place
 * and kind: a KPI has a card under each grouping, and each gets the mark).
 */
import type { CardMark, MarkLine } from '../../src/preview/preview-comparison.js';
import { trendMark } from './changes-section.js';

export const CHANGE_MARK_CLASS = 'change-mark';
export const CHANGED_CARD_CLASS = 'is-changed';

const CARD_SELECTOR: Readonly<Record<CardMark['kind'], string>> = { kpi: 'article.kpi-card', okr: 'article.okr-card' };

/** The cards on the page that show this mark's element. */
export function cardsOf(root: ParentNode, mark: CardMark): Element[] {
    return Array.from(root.querySelectorAll(CARD_SELECTOR[mark.kind])).filter(
        (card) => card.getAttribute('data-uri') === mark.uri && card.getAttribute('data-line') === String(mark.line),
    );
}

function lineElement(document: Document, line: MarkLine): HTMLElement {
    const item = document.createElement('li');
    item.className = line.tone ? `mark-line tone-${line.tone}` : 'mark-line';
    const label = document.createElement('span');
    label.className = 'mark-label';
    label.textContent = line.label;
    const text = document.createElement('span');
    text.className = 'mark-text';
    text.textContent = line.text;
    item.append(label, ' ', text);
    if (line.trend) item.append(' ', trendMark(document, line.trend));
    return item;
}

/** Marks every card of `marks` under `root`; returns how many cards were marked. */
export function markChangedCards(root: ParentNode & Node, marks: readonly CardMark[], ref: string): number {
    const document = root.ownerDocument ?? (root as unknown as Document);
    let marked = 0;
    for (const mark of marks) {
        for (const card of cardsOf(root, mark)) {
            const list = document.createElement('ul');
            list.className = CHANGE_MARK_CLASS;
            list.setAttribute('aria-label', `Changed since ${ref}`);
            list.append(...mark.lines.map((line) => lineElement(document, line)));
            card.classList.add(CHANGED_CARD_CLASS);
            card.prepend(list);
            marked++;
        }
    }
    return marked;
}
