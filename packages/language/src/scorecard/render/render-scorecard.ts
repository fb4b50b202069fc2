/**
 * One scorecard, one format, one result: the file `strat scorecard --format …` prints and
 * "Strat: Export Scorecard…" writes. Both call `renderScorecard` with a title from
 * `scorecardTitle`, so the same scorecard gives the same bytes from either.
 */

import type { Scorecard } from '../model.js';
import { renderScorecardHtml } from './render-html.js';
import { renderScorecardMarkdown } from './render-markdown.js';

export type ScorecardFormat = 'json' | 'md' | 'html';

export const SCORECARD_FORMATS: readonly ScorecardFormat[] = ['json', 'md', 'html'];

export function isScorecardFormat(value: string): value is ScorecardFormat {
    return (SCORECARD_FORMATS as readonly string[]).includes(value);
}

export interface RenderOptions {
    /** The heading of the page (HTML and Markdown); JSON has none. */
    title?: string;
}

/** The heading of a shared scorecard: `Scorecard — bank.strat`, the subject being what it covers. */
export function scorecardTitle(subject: string): string {
    return `Scorecard — ${subject}`;
}

/** The scorecard as a file: the model as JSON, the Markdown page, or the self-contained HTML page. */
export function renderScorecard(scorecard: Scorecard, format: ScorecardFormat, options: RenderOptions = {}): string {
    switch (format) {
        case 'json':
            return `${JSON.stringify(scorecard, null, 2)}\n`;
        case 'md':
            return renderScorecardMarkdown(scorecard, { title: options.title });
        case 'html':
            return renderScorecardHtml(scorecard, { title: options.title });
    }
}
