/**
 * What the page keeps with `vscode.setState`, so that VS Code gives it back when the panel is
 * shown again or restored after a window reload: the extension's part (what the preview shows)
 * and the page's own (scroll position, KPI grouping).
 */
import type { SavedPreviewState } from '../src/preview/preview-protocol.js';
import { parseSavedState } from '../src/preview/preview-protocol.js';
import type { PreviewHost } from './webview-host.js';

export class PageState {
    private state: SavedPreviewState;

    constructor(private readonly host: PreviewHost) {
        this.state = parseSavedState(host.savedState());
    }

    get current(): SavedPreviewState {
        return this.state;
    }

    /** Merges `patch` into the state and saves it. */
    save(patch: SavedPreviewState): void {
        this.state = { ...this.state, ...patch };
        this.host.saveState(this.state);
    }
}
