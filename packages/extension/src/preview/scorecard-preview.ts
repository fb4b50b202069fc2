/**
 * One open scorecard preview: what it shows (a target), its panel, and its refresh loop — ask
 * the server, keep the last good scorecard while the text has syntax errors, render, patch the
 * page. Refreshes are never timed: each validation asks for one, and requests that arrive while
 * one is in flight collapse into a single follow-up.
 */
import { window, type Disposable, type Event, type LogOutputChannel, type ViewColumn } from 'vscode';
import type { Audience, Scorecard } from '@strat/language';
import { LastGoodScorecard } from './last-good-scorecard.js';
import { PreviewComparing } from './preview-comparing.js';
import type { PreviewTarget } from './preview-target.js';
import { effectiveScope, pageHeading, panelTitle, previewState, scorecardParams, targetKey } from './preview-target.js';
import { RefreshQueue } from './refresh-queue.js';
import type { ScorecardPanel } from './scorecard-panel.js';
import type { ScorecardSource } from './scorecard-source.js';
import type { PageMessage } from './preview-protocol.js';
import { okrLocation, scorecardDocuments } from './scorecard-locations.js';
import { errorReason } from '../error-reason.js';

export interface PreviewContext {
    source: ScorecardSource;
    log: LogOutputChannel;
    /** The workspace's name, for the heading of a workspace scorecard. */
    workspaceName(): string | undefined;
    /** Who the preview is for now (preview-audience.ts). */
    audience(): Audience;
}

export class ScorecardPreview implements Disposable {
    private readonly lastGood = new LastGoodScorecard();
    private readonly comparing: PreviewComparing;
    private readonly queue: RefreshQueue;
    private readonly disposables: Disposable[] = [];
    private shown: Scorecard | undefined;
    private pendingOkr: string | undefined;
    private disposed = false;
    /** Set while requests fail, so the user is told once per run of failures, not on every keystroke. */
    private failing = false;
    private currentTarget: PreviewTarget;

    /** The editor column the user came from: reveals go there. */
    sourceColumn: ViewColumn | undefined;
    readonly onDidDispose: Event<void>;
    readonly onDidReceiveMessage: Event<PageMessage>;

    constructor(readonly panel: ScorecardPanel, target: PreviewTarget, private readonly context: PreviewContext) {
        this.currentTarget = target;
        this.comparing = new PreviewComparing(context.source, context.log);
        this.queue = new RefreshQueue(() => this.load(), (error) => this.failed(error));
        this.onDidDispose = panel.onDidDispose;
        this.onDidReceiveMessage = panel.onDidReceiveMessage;
        this.disposables.push(panel.onDidDispose(() => this.disposeState()));
        panel.title = panelTitle(target);
        this.queue.request();
    }

    get target(): PreviewTarget {
        return this.currentTarget;
    }

    get key(): string {
        return targetKey(this.currentTarget);
    }

    /** The documents the shown scorecard refers to (a reveal may only go there). */
    documents(): Set<string> {
        return this.shown ? scorecardDocuments(this.shown) : new Set();
    }

    /** Shows something else (another document, the other scope), starting from a clean state. */
    retarget(target: PreviewTarget): void {
        const changed = targetKey(target) !== this.key;
        this.currentTarget = target;
        if (!changed) return;
        this.lastGood.reset();
        this.panel.title = panelTitle(target);
        this.queue.request();
    }

    /**
     * Shows the scorecard for the audience chosen now. The last good state was another
     * audience's: forgotten, so that a file with syntax errors never shows a confidential figure
     * to everyone.
     */
    audienceChanged(): void {
        this.lastGood.reset();
        this.queue.request();
    }

    /** The git revision the preview compares with; undefined: the normal view. */
    get comparingWith(): string | undefined {
        return this.comparing.ref;
    }

    /** Compares with a git revision from now on (undefined: back to the normal view). */
    compareWith(ref: string | undefined): void {
        if (ref === this.comparing.ref) return;
        this.comparing.ref = ref;
        this.queue.request();
    }

    /** Asks the server again (after a validation). */
    refresh(): void {
        this.queue.request();
    }

    /** Scrolls to an OKR once the scorecard shows it. */
    scrollToOkr(name: string): void {
        this.pendingOkr = name;
        if (this.shown) this.scrollToPendingOkr(this.shown);
    }

    /** Resolves once no refresh is in flight. */
    idle(): Promise<void> {
        return this.queue.idle();
    }

    dispose(): void {
        this.panel.dispose();
        this.disposeState();
    }

    private disposeState(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.queue.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private async load(): Promise<void> {
        const target = this.currentTarget;
        const audience = this.context.audience();
        const requested = performance.now();
        const comparison = this.comparing.start({ ...scorecardParams(target), audience });
        const result = await this.context.source.request({ ...scorecardParams(target), audience });
        // retargeted or another audience meanwhile: the follow-up is queued
        if (this.disposed || targetKey(target) !== this.key || audience !== this.context.audience()) return;
        const received = performance.now();
        const { scorecard, stale } = this.lastGood.accept(result);
        const compared = await comparison(scorecard);
        if (this.disposed || targetKey(target) !== this.key) return;
        const comparing = this.comparing.ref;
        this.panel.show({
            scorecard,
            stale,
            ...(compared ? { comparison: compared } : {}),
            controls: { scope: effectiveScope(target), ...(comparing ? { comparing } : {}) },
            title: pageHeading(target, this.context.workspaceName()),
            state: previewState(target),
        });
        this.shown = scorecard;
        this.failing = false;
        this.scrollToPendingOkr(scorecard);
        const done = performance.now();
        this.context.log.trace(`scorecard preview ${this.key}: server ${(received - requested).toFixed(0)} ms, render ${(done - received).toFixed(0)} ms${stale ? ' (syntax errors: last good state)' : ''}`);
    }

    private scrollToPendingOkr(scorecard: Scorecard): void {
        if (!this.pendingOkr) return;
        const location = okrLocation(scorecard, this.pendingOkr);
        if (location) {
            this.pendingOkr = undefined;
            this.panel.scrollTo(location);
        }
    }

    private failed(error: unknown): void {
        if (this.disposed) return;
        const reason = errorReason(error);
        this.context.log.error(`The scorecard preview could not get the scorecard: ${reason}`);
        if (!this.shown) {
            this.panel.showMessage('The Strat language server could not compute the scorecard. See the "Strat" output for details.');
        } else if (!this.failing) {
            void window.showWarningMessage('The scorecard preview could not be updated and shows an earlier state. See the "Strat" output for details.');
        }
        this.failing = true;
    }
}
