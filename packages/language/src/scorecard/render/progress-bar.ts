/**
 * A key result's progress, as every view shows it: a whole percentage (clamped to 0…100) and a
 * bar filled to match that number; unknown progress is "no data", never 0. The text bar serves
 * Markdown (`████░░░░░░ 36%`) and the editor's hints and hovers (`▮▮▯▯▯ 36%`); the HTML view
 * draws its bar as markup (html-okrs.ts) from the same `progressPercent` and `progressLabel`.
 */

import { fractionToPercent, NO_DATA } from './format.js';

export interface TextBarStyle {
    cells: number;
    filled: string;
    empty: string;
}

export const MARKDOWN_BAR: TextBarStyle = { cells: 10, filled: '█', empty: '░' };
/** Short, for inlay hints beside a key result's title. */
export const EDITOR_BAR: TextBarStyle = { cells: 5, filled: '▮', empty: '▯' };

/** 0…1 progress → a whole percentage 0…100, or null for "no data". */
export function progressPercent(progress: number | null | undefined): number | null {
    return fractionToPercent(progress);
}

/** `36%`, or `no data`. */
export function progressLabel(progress: number | null | undefined): string {
    const percent = progressPercent(progress);
    return percent === null ? NO_DATA : `${percent}%`;
}

/** Where a text bar marks the progress expected by now (the share of the cycle passed). */
export const EXPECTED_MARK = '│';

/**
 * `████░░░░░░ 36%` (as many cells as the style has), or `no data`. With `expected` (0…1), a mark
 * between the cells where the progress should be by now: `████░│░░░░ 36%`.
 */
export function textProgressBar(progress: number | null | undefined, style: TextBarStyle, expected: number | null = null): string {
    const percent = progressPercent(progress);
    if (percent === null) return NO_DATA;
    // Filled from the printed percentage, so the bar never disagrees with its number.
    const filled = Math.round((percent / 100) * style.cells);
    const cells = style.filled.repeat(filled) + style.empty.repeat(style.cells - filled);
    if (expected === null) return `${cells} ${percent}%`;
    const at = Math.round(Math.min(Math.max(expected, 0), 1) * style.cells);
    return `${[...cells].slice(0, at).join('')}${EXPECTED_MARK}${[...cells].slice(at).join('')} ${percent}%`;
}
