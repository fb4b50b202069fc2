/**
 * A preview's comparison with a git revision: which revision (none: the normal view), and what
 * to show with each refresh. It asks the server next to the scorecard, so the comparison follows
 * every edit; while the text has syntax errors it keeps the last comparison made without them.
 * A failure (not a repository, an unknown revision, no git) is shown in the preview in one line
 * and told once in a notification, not on every keystroke.
 */
import type { Scorecard } from '@strat/language';
import type { ScorecardComparisonResult, ScorecardParams } from '@strat/language/protocol';
import { window, type LogOutputChannel } from 'vscode';
import { errorReason } from '../error-reason.js';
import { comparisonProblem, comparisonView } from './comparison-view.js';
import type { ComparisonView } from './preview-comparison.js';
import type { ScorecardSource } from './scorecard-source.js';

export class PreviewComparing {
    private current: string | undefined;
    private lastGood: ComparisonView | undefined;
    /** The revision whose failure the user was told of. */
    private toldFailure: string | undefined;

    constructor(private readonly source: ScorecardSource, private readonly log: LogOutputChannel) {}

    /** The revision compared with; undefined: the normal view. */
    get ref(): string | undefined {
        return this.current;
    }

    set ref(ref: string | undefined) {
        if (ref === this.current) return;
        this.current = ref;
        this.lastGood = undefined;
        this.toldFailure = undefined;
    }

    /**
     * Asks the server now (next to the scorecard request); the function returned gives the
     * comparison to show over the scorecard then shown — undefined when not comparing. Never throws.
     */
    start(params: ScorecardParams): (shown: Scorecard) => Promise<ComparisonView | undefined> {
        const ref = this.current;
        if (ref === undefined) return async () => undefined;
        const reply = this.source.compare({ ...params, ref });
        reply.catch(() => undefined); // handled below, once the scorecard is there
        return (shown) => this.view(ref, reply, shown);
    }

    private async view(ref: string, reply: Promise<ScorecardComparisonResult>, shown: Scorecard): Promise<ComparisonView | undefined> {
        try {
            const result = await reply;
            if (ref !== this.current) return undefined;
            this.toldFailure = undefined;
            if (result.hasSyntaxErrors && this.lastGood) return this.lastGood;
            this.lastGood = comparisonView(ref, result, shown);
            return this.lastGood;
        } catch (error) {
            const reason = errorReason(error);
            this.log.warn(`Comparing the scorecard with ${ref}: ${reason}`);
            if (this.toldFailure !== ref) {
                this.toldFailure = ref;
                void window.showWarningMessage(`Strat cannot compare the scorecard with ${ref}: ${reason}`);
            }
            return comparisonProblem(ref, reason);
        }
    }
}
