/**
 * Click, Enter or Space on an element with a source location asks the extension to show it in
 * the editor. Controls (the group-by radios and their labels, toolbar buttons) keep their own
 * meaning.
 */
import type { Post } from './webview-host.js';
import { revealMessage, SOURCE_LINK_SELECTOR } from './source-place.js';

export function revealOnActivate(document: Document, post: Post): void {
    document.addEventListener('click', (event) => {
        const target = event.target;
        if (!(target instanceof Element) || target.closest('label, input, button')) return;
        const element = target.closest(SOURCE_LINK_SELECTOR);
        const message = element ? revealMessage(element) : undefined;
        if (!message) return;
        event.preventDefault();
        post(message);
    });
    document.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const target = event.target;
        if (!(target instanceof Element) || !target.matches(SOURCE_LINK_SELECTOR)) return;
        const message = revealMessage(target);
        if (!message) return;
        // Space would scroll the page
        event.preventDefault();
        post(message);
    });
}
