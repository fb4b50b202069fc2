/**
 * An `update` replaces the inside of `<main>` in place — no reload, no flash — and keeps what
 * the user had: the scroll position and the keyboard focus. The focus goes back to the element
 * of the same place, and among several (a KPI has a map node and a card under each grouping)
 * to the one in the same position.
 */
import { samePlace, SOURCE_LINK_SELECTOR } from './source-place.js';

function focusable(element: Element): element is HTMLElement | SVGElement {
    return element instanceof HTMLElement || element instanceof SVGElement;
}

/** The elements under `root` at the same place as `like`, in document order. */
function twins(root: Element, like: Element): Element[] {
    return Array.from(root.querySelectorAll(SOURCE_LINK_SELECTOR)).filter((candidate) => samePlace(candidate, like));
}

/** Replaces the content of `main` with `body`; `restore` re-applies page choices (the grouping) before focus and scroll. */
export function replaceMainContent(main: HTMLElement, body: string, restore: () => void): void {
    const document = main.ownerDocument;
    const window = document.defaultView;
    const active = document.activeElement;
    const focused = active && main.contains(active) && active.matches(SOURCE_LINK_SELECTOR) ? active : undefined;
    const position = focused ? twins(main, focused).indexOf(focused) : -1;
    const scrollY = window?.scrollY ?? 0;
    main.innerHTML = body;
    restore();
    if (focused) {
        const candidates = twins(main, focused);
        const again = candidates[position] ?? candidates[0];
        if (again && focusable(again)) again.focus({ preventScroll: true });
    }
    window?.scrollTo(0, scrollY);
}
