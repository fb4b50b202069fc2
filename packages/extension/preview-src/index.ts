/**
 * The scorecard preview's page script (bundled into dist/preview/preview.js, loaded with the
 * page's nonce). It reads everything from the page and from messages, never from text placed
 * inside a script: the extension writes the page (preview-page.ts) and the protocol
 * (preview-protocol.ts) types every message both ways.
 *
 * - click, Enter or Space on an element with a source location posts `reveal`;
 * - the toolbar's controls post their messages (the scope switch: `toggleScope`);
 * - the scroll position and the KPI grouping are kept with `vscode.setState`, next to the
 *   target the extension puts in `<body data-state>` and in each update (restored after a reload);
 * - `update` replaces the inside of `<main>` and the toolbar's state, keeping scroll and focus;
 * - a comparison with a git revision (in `<body data-comparison>`, then in updates) is drawn over
 *   the scorecard: the "Changes" section and the marks on changed cards (comparison/);
 * - `scrollTo` brings the element defined at a place into view.
 */
import { parseComparisonView } from '../src/preview/preview-comparison.js';
import { parseExtensionMessage, parsePreviewControls, parseSavedState } from '../src/preview/preview-protocol.js';
import { showComparison } from './comparison/show-comparison.js';
import { TOOLBAR_CONTROLS } from './controls/index.js';
import { applyKpiGrouping, rememberKpiGrouping } from './kpi-grouping.js';
import { replaceMainContent } from './main-update.js';
import { jsonAttribute } from './page-data.js';
import { PageState } from './page-state.js';
import { revealOnActivate } from './reveal-on-activate.js';
import { rememberScrollPosition, restoreScrollPosition } from './scroll-position.js';
import { scrollToPlace } from './scroll-to-place.js';
import { Toolbar } from './toolbar.js';
import { connectToVsCode } from './webview-host.js';

const host = connectToVsCode();
const state = new PageState(host);
state.save(parseSavedState(jsonAttribute(document.body, 'data-state')));

const toolbarElement = document.querySelector<HTMLElement>('.preview-toolbar');
const toolbar = toolbarElement ? new Toolbar(toolbarElement, TOOLBAR_CONTROLS, host.post) : undefined;
const controls = parsePreviewControls(jsonAttribute(document.body, 'data-controls'));
if (controls) toolbar?.show(controls);

revealOnActivate(document, host.post);
rememberKpiGrouping(document, state);
rememberScrollPosition(window, state);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseExtensionMessage(event.data);
    if (!message) return;
    switch (message.type) {
        case 'update': {
            state.save(message.state);
            toolbar?.show(message.controls);
            const main = document.querySelector('main');
            if (main) {
                replaceMainContent(main, message.body, () => {
                    applyKpiGrouping(document, state.current.groupBy);
                    showComparison(main, message.comparison, host.post);
                });
            }
            return;
        }
        case 'scrollTo':
            scrollToPlace(document, message.uri, message.line);
            return;
        default: {
            const unhandled: never = message;
            console.warn('The scorecard preview received a message it does not handle', unhandled);
        }
    }
});

applyKpiGrouping(document, state.current.groupBy);
const initialMain = document.querySelector('main');
if (initialMain) showComparison(initialMain, parseComparisonView(jsonAttribute(document.body, 'data-comparison')), host.post);
restoreScrollPosition(window, state);
