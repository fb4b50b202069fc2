/**
 * The files "Strat: Export Scorecard…" writes: the same bytes as `strat scorecard --format
 * html|md|json` for the same scorecard (the HTML is the self-contained export page). Pure.
 */
import type { Scorecard } from '@strat/language';
import { renderScorecardHtml, renderScorecardMarkdown } from '@strat/language/render';

export type ExportFormatId = 'html' | 'md' | 'json';

export interface ExportFormat {
    id: ExportFormatId;
    label: string;
    description: string;
    /** The file extension, without the dot. */
    extension: string;
    render(scorecard: Scorecard, title: string): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
    {
        id: 'html',
        label: 'HTML',
        description: 'One self-contained page: no script, no external resource; prints well',
        extension: 'html',
        render: (scorecard, title) => renderScorecardHtml(scorecard, { mode: 'export', title }),
    },
    {
        id: 'md',
        label: 'Markdown',
        description: 'For a wiki, a pull request or an e-mail',
        extension: 'md',
        render: (scorecard) => renderScorecardMarkdown(scorecard),
    },
    {
        id: 'json',
        label: 'JSON',
        description: 'The scorecard model, for other tools',
        extension: 'json',
        render: (scorecard) => `${JSON.stringify(scorecard, null, 2)}\n`,
    },
];

export function exportFormat(id: string): ExportFormat | undefined {
    return EXPORT_FORMATS.find((format) => format.id === id);
}

/** The heading of an exported page, as the CLI writes it: `Scorecard — bank.strat`. */
export function exportTitle(subject: string): string {
    return `Scorecard — ${subject}`;
}

/** `bank.strat` → `bank-scorecard.html`. */
export function exportFileName(subject: string, format: ExportFormat): string {
    const stem = subject.replace(/\.strat$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'strategy';
    return `${stem}-scorecard.${format.extension}`;
}
