/**
 * Draws a comparison over the scorecard in `<main>` — the "Changes" section first, above
 * the page's header, the marks on changed cards — or, without one, makes sure none is left: the normal view.
 * Called after every update (which replaces `<main>`) and when the page loads.
 */
import type { ComparisonView } from '../../src/preview/preview-comparison.js';
import type { Post } from '../webview-host.js';
import { CHANGE_MARK_CLASS, CHANGED_CARD_CLASS, markChangedCards } from './card-marks.js';
import { CHANGES_SECTION_ID, changesSection } from './changes-section.js';

export function showComparison(main: HTMLElement, view: ComparisonView | undefined, post: Post): void {
    main.querySelector(`#${CHANGES_SECTION_ID}`)?.remove();
    main.querySelectorAll(`.${CHANGE_MARK_CLASS}`).forEach((mark) => mark.remove());
    main.querySelectorAll(`.${CHANGED_CARD_CLASS}`).forEach((card) => card.classList.remove(CHANGED_CARD_CLASS));
    if (!view) return;
    // first in <main>, above the page's header: what changed is the point of comparing
    main.prepend(changesSection(main.ownerDocument, view, post));
    if (view.problem === undefined) markChangedCards(main, view.marks, view.ref);
}
