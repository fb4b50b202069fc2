/**
 * The page's line to VS Code: `acquireVsCodeApi()` (which a page may call once), typed with the
 * preview protocol. Tests install a stand-in before the script runs.
 */
import type { PageMessage, SavedPreviewState } from '../src/preview/preview-protocol.js';

/** What VS Code gives a webview page. */
interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export type Post = (message: PageMessage) => void;

export interface PreviewHost {
    readonly post: Post;
    /** What the page saved before it was last discarded: untrusted, an older version may have written it. */
    savedState(): unknown;
    saveState(state: SavedPreviewState): void;
}

export function connectToVsCode(): PreviewHost {
    const api = acquireVsCodeApi();
    return {
        post: (message) => api.postMessage(message),
        savedState: () => api.getState(),
        saveState: (state) => api.setState(state),
    };
}
