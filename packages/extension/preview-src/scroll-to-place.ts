/**
 * A `scrollTo` brings the element defined at a place into the middle of the view: the first
 * visible one, a card rather than its strategy-map node (the code lens "open at this OKR").
 */
import { definedAt, SOURCE_LINK_SELECTOR } from './source-place.js';

export function elementDefinedAt(root: ParentNode, uri: string, line: number): Element | undefined {
    let mapNode: Element | undefined;
    for (const element of Array.from(root.querySelectorAll(SOURCE_LINK_SELECTOR))) {
        if (!definedAt(element, uri, line) || element.getClientRects().length === 0) continue;
        if (!element.closest('svg')) return element;
        mapNode ??= element;
    }
    return mapNode;
}

export function scrollToPlace(document: Document, uri: string, line: number): void {
    elementDefinedAt(document, uri, line)?.scrollIntoView({ block: 'center' });
}
