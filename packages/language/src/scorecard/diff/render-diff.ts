/** One diff, one format: what `strat diff --format …` prints. */
import type { ScorecardDiff } from './diff-model.js';
import { renderScorecardDiffMarkdown } from './render-diff-markdown.js';
import { renderScorecardDiffText } from './render-diff-text.js';

export type DiffFormat = 'md' | 'json' | 'text';

export const DIFF_FORMATS: readonly DiffFormat[] = ['md', 'json', 'text'];

export function renderScorecardDiff(diff: ScorecardDiff, format: DiffFormat): string {
    switch (format) {
        case 'md':
            return renderScorecardDiffMarkdown(diff);
        case 'json':
            return `${JSON.stringify(diff, null, 2)}\n`;
        case 'text':
            return renderScorecardDiffText(diff);
    }
}
