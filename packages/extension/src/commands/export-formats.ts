/**
 * The files "Strat: Export Scorecard…" writes: the same bytes as `strat scorecard --format
 * html|md|json` for the same scorecard and subject — both go through the language package's
 * `renderScorecard` and `scorecardTitle`. This file only adds what the pickers show. Pure.
 */
import type { Scorecard } from '@strat/language';
import { renderScorecard, scorecardTitle, type ScorecardFormat } from '@strat/language/render';

export interface ExportFormat {
    id: ScorecardFormat;
    label: string;
    description: string;
    /** The file extension, without the dot. */
    extension: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
    {
        id: 'html',
        label: 'HTML',
        description: 'One self-contained page: no script, no external resource; prints well',
        extension: 'html',
    },
    {
        id: 'md',
        label: 'Markdown',
        description: 'For a wiki, a pull request or an e-mail',
        extension: 'md',
    },
    {
        id: 'json',
        label: 'JSON',
        description: 'The scorecard model, for other tools',
        extension: 'json',
    },
];

export function exportFormat(id: string): ExportFormat | undefined {
    return EXPORT_FORMATS.find((format) => format.id === id);
}

/** The exported file of a scorecard about `subject` (`bank.strat`, or the workspace's name). */
export function exportText(scorecard: Scorecard, format: ExportFormat, subject: string): string {
    return renderScorecard(scorecard, format.id, { title: scorecardTitle(subject) });
}

/** `bank.strat` → `bank-scorecard.html`. */
export function exportFileName(subject: string, format: ExportFormat): string {
    const stem = subject.replace(/\.strat$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'strategy';
    return `${stem}-scorecard.${format.extension}`;
}
