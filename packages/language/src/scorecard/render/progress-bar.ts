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

/** `████░░░░░░ 36%` (as many cells as the style has), or `no data`. */
export function textProgressBar(progress: number | null | undefined, style: TextBarStyle): string {
    const percent = progressPercent(progress);
    if (percent === null) return NO_DATA;
    // Filled from the printed percentage, so the bar never disagrees with its number.
    const filled = Math.round((percent / 100) * style.cells);
    return `${style.filled.repeat(filled)}${style.empty.repeat(style.cells - filled)} ${percent}%`;
}
