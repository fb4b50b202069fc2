/**
 * The open scorecard previews: at most one per target (the workspace, or one document), created
 * or revealed on demand (the webview-sample `createOrShow`), refreshed when the language server
 * announces a finished validation, and following the active `.strat` editor. Also handles what
 * the pages ask for: reveal a place in the editor, switch scope.
 */
import type { Audience } from '@strat/language';
import type { Disposable, Event, LogOutputChannel, TextEditor, Uri, WebviewPanel } from 'vscode';
import { ViewColumn, window, workspace } from 'vscode';
import type { ScorecardScope, PreviewTarget } from './preview-target.js';
import { isAffectedBy, otherScope, parsePreviewState, sameUri, targetKey } from './preview-target.js';
import { revealInEditor } from './reveal.js';
import { ScorecardPanel } from './scorecard-panel.js';
import { ScorecardPreview } from './scorecard-preview.js';
import type { ScorecardSource } from './scorecard-source.js';
import type { PageMessage, RevealMessage } from './preview-protocol.js';
import { errorReason } from '../error-reason.js';

export const STRAT_LANGUAGE_ID = 'strat';

export interface OpenRequest {
    /** The document to show; default: the active `.strat` editor's. */
    document?: Uri;
    /** Default: `file` when there is a document, else `workspace`. */
    scope?: ScorecardScope;
    /** Beside the current editor (and keep the focus there), or in its place. */
    toSide: boolean;
    /** Scroll the preview to this OKR. */
    okr?: string;
}

/** Asks the user which git revision to compare a preview with (commands/ref-picker.ts); undefined: cancelled. */
export type RefPicker = (preview: ScorecardPreview) => Promise<string | undefined>;

/** The language server knows saved and untitled .strat files, not `git:` or other virtual views of them. */
const SERVED_SCHEMES = new Set(['file', 'untitled']);

function isStratEditor(editor: TextEditor | undefined): editor is TextEditor {
    return editor?.document.languageId === STRAT_LANGUAGE_ID && SERVED_SCHEMES.has(editor.document.uri.scheme);
}

export class PreviewManager implements Disposable {
    /** Open previews, least recently used first. */
    private previews: ScorecardPreview[] = [];
    private readonly disposables: Disposable[] = [];
    /** The last `.strat` editor the user was in. */
    private lastStratEditor: { uri: Uri; column: ViewColumn | undefined } | undefined;

    constructor(
        private readonly extensionUri: Uri,
        private readonly source: ScorecardSource,
        private readonly log: LogOutputChannel,
        private readonly audience: { readonly current: Audience; readonly onDidChange: Event<Audience> },
        private readonly pickRef?: RefPicker,
    ) {
        this.rememberEditor(window.activeTextEditor);
        this.disposables.push(
            source.onValidated((uris) => this.validated(uris)),
            audience.onDidChange(() => this.previews.forEach((preview) => preview.audienceChanged())),
            window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
        );
    }

    /** Opens (or reveals) the preview for a request and returns it. */
    open(request: OpenRequest): ScorecardPreview {
        const active = window.activeTextEditor;
        const document = request.document ?? (isStratEditor(active) ? active.document.uri : this.lastStratEditor?.uri);
        const target: PreviewTarget = {
            scope: request.scope ?? (document ? 'file' : 'workspace'),
            documentUri: document?.toString(),
        };
        const sourceColumn = active?.viewColumn ?? this.lastStratEditor?.column;
        const existing = this.find(targetKey(target));
        const preview = existing ?? this.create(target, request.toSide ? ViewColumn.Beside : (sourceColumn ?? ViewColumn.Active), request.toSide);
        if (existing) {
            existing.retarget(target);
            // like the Markdown preview: in place means the editor's group; to the side stays beside
            const beside = existing.panel.viewColumn !== sourceColumn ? existing.panel.viewColumn : ViewColumn.Beside;
            existing.panel.reveal(request.toSide ? beside : (sourceColumn ?? existing.panel.viewColumn), request.toSide);
        }
        preview.sourceColumn = sourceColumn ?? preview.sourceColumn;
        this.touch(preview);
        if (request.okr) preview.scrollToOkr(request.okr);
        return preview;
    }

    /** The preview the user is looking at: the active panel, else the one of the active editor's document. */
    current(): ScorecardPreview | undefined {
        const active = this.previews.find((preview) => preview.panel.active);
        if (active) return active;
        const editor = window.activeTextEditor;
        if (isStratEditor(editor)) {
            return this.previews.find((preview) => sameUri(preview.target.documentUri, editor.document.uri.toString()));
        }
        return undefined;
    }

    /** Whether any preview is open. */
    get isShowing(): boolean {
        return this.previews.length > 0;
    }

    /** What "export" should export: the current preview's target, else the active document, else the workspace. */
    exportTarget(): PreviewTarget {
        const preview = this.current();
        if (preview) return preview.target;
        const editor = window.activeTextEditor;
        return isStratEditor(editor) ? { scope: 'file', documentUri: editor.document.uri.toString() } : { scope: 'workspace', documentUri: undefined };
    }

    /** Switches a preview between this file and the whole workspace. */
    toggleScope(preview = this.current()): void {
        if (!preview) {
            const editor = window.activeTextEditor;
            this.open({ scope: isStratEditor(editor) ? 'workspace' : 'file', toSide: true });
            return;
        }
        const scope = otherScope(preview.target.scope);
        const documentUri = preview.target.documentUri ?? this.lastStratEditor?.uri.toString();
        if (scope === 'file' && !documentUri) {
            void window.showInformationMessage('Open a .strat file to see the scorecard of that file alone.');
            return;
        }
        const target: PreviewTarget = { scope, documentUri };
        const other = this.find(targetKey(target));
        if (other && other !== preview) {
            other.panel.reveal(preview.panel.viewColumn, false);
            preview.dispose();
            return;
        }
        preview.retarget(target);
    }

    /**
     * Compares the current preview (else a new one) with a git revision: `ref`, or the one the
     * user picks. The comparison then follows every refresh until `stopComparing`.
     */
    async compare(ref?: string, preview = this.current() ?? this.open({ toSide: true })): Promise<void> {
        const chosen = ref ?? (await this.pickRef?.(preview));
        if (chosen === undefined || chosen.trim() === '') return;
        preview.compareWith(chosen.trim());
    }

    /** Back to the normal view. */
    stopComparing(preview = this.current() ?? this.previews.find((candidate) => candidate.comparingWith !== undefined)): void {
        preview?.compareWith(undefined);
    }

    /**
     * Takes over a panel VS Code restored after a window reload (the `WebviewPanelSerializer`):
     * it shows the target kept in its page state, or the workspace when the state has none
     * usable. A target that already has a preview keeps that one and the restored panel closes.
     */
    restore(panel: WebviewPanel, state: unknown): ScorecardPreview | undefined {
        const target = parsePreviewState(state) ?? { scope: 'workspace', documentUri: undefined };
        if (this.find(targetKey(target))) {
            panel.dispose();
            return undefined;
        }
        const preview = this.adopt(ScorecardPanel.restore(this.extensionUri, panel), target);
        preview.sourceColumn = this.lastStratEditor?.column;
        // the restored panels are the least recently used: an open request or the editor moves them on
        this.previews = [preview, ...this.previews.filter((other) => other !== preview)];
        return preview;
    }

    dispose(): void {
        for (const preview of this.previews.splice(0)) preview.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private create(target: PreviewTarget, column: ViewColumn, preserveFocus: boolean): ScorecardPreview {
        return this.adopt(ScorecardPanel.create(this.extensionUri, 'Scorecard', column, preserveFocus), target);
    }

    private adopt(panel: ScorecardPanel, target: PreviewTarget): ScorecardPreview {
        const preview = new ScorecardPreview(panel, target, {
            source: this.source,
            log: this.log,
            workspaceName: () => workspace.name,
            audience: () => this.audience.current,
        });
        this.previews.push(preview);
        preview.onDidDispose(() => {
            this.previews = this.previews.filter((other) => other !== preview);
        });
        preview.onDidReceiveMessage((message) => this.received(preview, message));
        return preview;
    }

    /** What a page asks for. Exhaustive: a new page message does not compile until it is handled here. */
    private received(preview: ScorecardPreview, message: PageMessage): void {
        switch (message.type) {
            case 'toggleScope':
                this.toggleScope(preview);
                return;
            case 'reveal':
                this.reveal(preview, message);
                return;
            case 'compare':
                void this.compare(undefined, preview);
                return;
            case 'stopComparing':
                this.stopComparing(preview);
                return;
            default: {
                const unhandled: never = message;
                this.log.warn(`The scorecard preview sent a message the extension does not handle: ${JSON.stringify(unhandled)}`);
            }
        }
    }

    private reveal(preview: ScorecardPreview, message: RevealMessage): void {
        // Reveal the scorecard's own URI for the document, never the page's string: the page only picks which.
        const known = [...preview.documents()].find((uri) => sameUri(uri, message.uri));
        if (known === undefined) {
            this.log.warn(`The scorecard preview asked to reveal a document it does not show: ${message.uri}`);
            return;
        }
        revealInEditor({ ...message, uri: known }, preview.sourceColumn ?? ViewColumn.One).catch((error: unknown) => {
            const reason = errorReason(error);
            this.log.error(`Could not reveal ${message.uri}: ${reason}`);
        });
    }

    private validated(uris: readonly string[]): void {
        for (const preview of this.previews) {
            if (isAffectedBy(preview.target, uris)) preview.refresh();
        }
    }

    private rememberEditor(editor: TextEditor | undefined): void {
        if (isStratEditor(editor)) {
            this.lastStratEditor = { uri: editor.document.uri, column: editor.viewColumn };
        }
    }

    /** A file preview follows the active `.strat` editor, unless another preview already shows that document. */
    private follow(editor: TextEditor | undefined): void {
        if (!isStratEditor(editor)) return;
        this.rememberEditor(editor);
        const uri = editor.document.uri.toString();
        for (const preview of this.previews) {
            preview.sourceColumn = editor.viewColumn ?? preview.sourceColumn;
            if (preview.target.scope === 'workspace') preview.retarget({ scope: 'workspace', documentUri: uri });
        }
        if (this.find(targetKey({ scope: 'file', documentUri: uri }))) return;
        const follower = [...this.previews].reverse().find((preview) => preview.target.scope === 'file');
        follower?.retarget({ scope: 'file', documentUri: uri });
    }

    private find(key: string): ScorecardPreview | undefined {
        return this.previews.find((preview) => preview.key === key);
    }

    /** Marks a preview as the most recently used (the one that follows the editor). */
    private touch(preview: ScorecardPreview): void {
        this.previews = [...this.previews.filter((other) => other !== preview), preview];
    }
}
