/**
 * What the preview shows while a document has syntax errors: the last scorecard computed from
 * text without syntax errors, marked stale, instead of a half-parsed one. Pure.
 */
import type { Scorecard } from '@strat/language';
import type { ScorecardResult } from '@strat/language/protocol';

export interface ShownScorecard {
    scorecard: Scorecard;
    /** True when the scorecard is the last good one (or the best there is) and the text has syntax errors. */
    stale: boolean;
}

export class LastGoodScorecard {
    private last: Scorecard | undefined;

    /** Takes a server answer and says what to show. */
    accept(result: ScorecardResult): ShownScorecard {
        if (!result.hasSyntaxErrors) {
            this.last = result.scorecard;
            return { scorecard: result.scorecard, stale: false };
        }
        return { scorecard: this.last ?? result.scorecard, stale: true };
    }

    /** Forgets the last good state (the preview now shows something else). */
    reset(): void {
        this.last = undefined;
    }
}
