/**
 * One scorecard webview panel: creates it with a strict sandbox (scripts only with a fresh
 * nonce, `localResourceRoots` limited to the preview's own script and stylesheet, no command
 * URIs), loads the full page once (preview-page.ts), then patches it with `update` messages so
 * that it never flashes and keeps its scroll position. A hidden panel (its page is discarded: no
 * `retainContextWhenHidden`) gets the latest full page instead, and the page restores its scroll
 * position from `vscode.setState` when it is shown again.
 */
import type { SourceLocation } from '@strat/language';
import type { Disposable, Event, Webview, WebviewOptions, WebviewPanel } from 'vscode';
import { EventEmitter, Uri, ViewColumn, window } from 'vscode';
import { createNonce } from './nonce.js';
import { placeholderPage } from './placeholder-page.js';
import type { PageResources, ScorecardView } from './preview-page.js';
import { scorecardPageHtml, updateMessage } from './preview-page.js';
import type { ExtensionMessage, PageMessage } from './preview-protocol.js';
import { parsePageMessage } from './preview-protocol.js';
import { PREVIEW_RESOURCE_FOLDER, PREVIEW_SCRIPT, PREVIEW_STYLESHEET } from './preview-resources.js';
import { SCORECARD_VIEW_TYPE } from './scorecard-view-type.js';

function webviewOptions(extensionUri: Uri): WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [Uri.joinPath(extensionUri, ...PREVIEW_RESOURCE_FOLDER)] };
}

/** The page's files as this webview reaches them, and a fresh nonce. */
function pageResources(webview: Webview, extensionUri: Uri): PageResources {
    return {
        cspSource: webview.cspSource,
        nonce: createNonce(),
        scriptUri: webview.asWebviewUri(Uri.joinPath(extensionUri, ...PREVIEW_SCRIPT)).toString(),
        stylesheetUri: webview.asWebviewUri(Uri.joinPath(extensionUri, ...PREVIEW_STYLESHEET)).toString(),
    };
}

export class ScorecardPanel implements Disposable {
    private readonly messages = new EventEmitter<PageMessage>();
    private readonly disposables: Disposable[] = [];
    /** Whether a scorecard page (with the script) is loaded, so updates can be posted. */
    private hasScorecardPage = false;
    /** Whether `webview.html` holds the latest view (false after an update by message). */
    private pageIsCurrent = true;
    private latest: ScorecardView | undefined;
    private wasVisible: boolean;

    readonly onDidReceiveMessage: Event<PageMessage> = this.messages.event;
    readonly onDidDispose: Event<void>;

    static create(extensionUri: Uri, title: string, column: ViewColumn, preserveFocus: boolean): ScorecardPanel {
        const panel = window.createWebviewPanel(SCORECARD_VIEW_TYPE, title, { viewColumn: column, preserveFocus }, {
            ...webviewOptions(extensionUri),
            enableFindWidget: true,
        });
        panel.iconPath = Uri.joinPath(extensionUri, 'media', 'strat-file.svg');
        return new ScorecardPanel(panel, extensionUri);
    }

    /** Takes over a panel VS Code restored after a window reload (a `WebviewPanelSerializer`), with the same sandbox. */
    static restore(extensionUri: Uri, panel: WebviewPanel): ScorecardPanel {
        panel.webview.options = webviewOptions(extensionUri);
        panel.iconPath = Uri.joinPath(extensionUri, 'media', 'strat-file.svg');
        return new ScorecardPanel(panel, extensionUri);
    }

    private constructor(
        private readonly panel: WebviewPanel,
        private readonly extensionUri: Uri,
    ) {
        this.wasVisible = panel.visible;
        this.onDidDispose = panel.onDidDispose;
        this.disposables.push(
            this.messages,
            panel.webview.onDidReceiveMessage((message: unknown) => {
                const parsed = parsePageMessage(message);
                if (parsed) this.messages.fire(parsed);
            }),
            panel.onDidChangeViewState(() => this.visibilityChanged()),
        );
        this.showMessage('Computing the scorecard…');
    }

    get active(): boolean {
        return this.panel.active;
    }

    get visible(): boolean {
        return this.panel.visible;
    }

    /** The editor column the panel is in. */
    get viewColumn(): ViewColumn | undefined {
        return this.panel.viewColumn;
    }

    set title(title: string) {
        this.panel.title = title;
    }

    reveal(column: ViewColumn | undefined, preserveFocus: boolean): void {
        this.panel.reveal(column, preserveFocus);
    }

    /** Shows a scorecard: a full page the first time, an in-place update after; a hidden panel waits until it is shown. */
    show(view: ScorecardView): void {
        this.latest = view;
        if (!this.panel.visible) {
            // Rendered once when it is shown again (visibilityChanged), not on every keystroke meanwhile.
            this.pageIsCurrent = false;
            return;
        }
        if (!this.hasScorecardPage) {
            this.loadPage(view);
            return;
        }
        this.pageIsCurrent = false;
        this.post(updateMessage(view));
    }

    /** Shows a line of text instead of a scorecard (before the first one, or when the server fails). */
    showMessage(text: string): void {
        this.hasScorecardPage = false;
        this.latest = undefined;
        this.pageIsCurrent = true;
        this.panel.webview.html = placeholderPage(text, this.panel.webview.cspSource);
    }

    /** Scrolls the element defined at `location` into view. */
    scrollTo(location: SourceLocation): void {
        this.post({ type: 'scrollTo', uri: location.uri, line: location.range.start.line });
    }

    dispose(): void {
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private post(message: ExtensionMessage): void {
        void this.panel.webview.postMessage(message);
    }

    private loadPage(view: ScorecardView): void {
        this.panel.webview.html = scorecardPageHtml(view, pageResources(this.panel.webview, this.extensionUri));
        this.hasScorecardPage = true;
        this.pageIsCurrent = true;
    }

    /** A panel shown again rebuilds its page from `webview.html`: make sure that is the latest. */
    private visibilityChanged(): void {
        const visible = this.panel.visible;
        if (visible && !this.wasVisible && !this.pageIsCurrent && this.latest) {
            this.loadPage(this.latest);
        }
        this.wasVisible = visible;
    }
}
