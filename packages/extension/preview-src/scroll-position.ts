/**
 * The scroll position, kept in the page state (at most once a frame) and restored when the page
 * loads again: a hidden panel's page is discarded and rebuilt when it is shown.
 */
import type { PageState } from './page-state.js';

export function rememberScrollPosition(window: Window, state: PageState): void {
    let pending = false;
    window.addEventListener('scroll', () => {
        if (pending) return;
        pending = true;
        window.requestAnimationFrame(() => {
            pending = false;
            state.save({ scrollY: window.scrollY });
        });
    }, { passive: true });
}

export function restoreScrollPosition(window: Window, state: PageState): void {
    const { scrollY } = state.current;
    if (scrollY !== undefined) window.scrollTo(0, scrollY);
}
