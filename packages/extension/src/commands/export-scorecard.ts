/**
 * "Strat: Export Scorecard…": pick HTML, Markdown or JSON, pick a file, write the scorecard of
 * what the user is looking at (the current preview, else the active .strat file, else the
 * workspace) for the audience the previews show (docs/decisions.md) — the same output as
 * `strat scorecard --format html|md|json --audience internal|public`.
 *
 * Scripts and tests may skip the questions: `strat.exportScorecard({ format: 'html', destination: '<uri>' })`,
 * and choose the audience: `audience: 'public'`.
 */
import { isAudience, type Audience } from '@strat/language';
import type { Disposable } from 'vscode';
import { commands, Uri, window, workspace } from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';
import type { PreviewTarget } from '../preview/preview-target.js';
import { documentName, effectiveScope, scorecardParams } from '../preview/preview-target.js';
import type { ScorecardSource } from '../preview/scorecard-source.js';
import { COMMANDS } from './command-ids.js';
import type { ExportFormat } from './export-formats.js';
import { EXPORT_FORMATS, exportFileName, exportFormat, exportText } from './export-formats.js';
import { errorReason } from '../error-reason.js';
import { audienceNote } from '../preview/audience-setting.js';
import type { PreviewAudience } from '../preview/preview-audience.js';

interface ExportArguments {
    format?: string;
    destination?: string;
    audience?: Audience;
}

function exportArguments(value: unknown): ExportArguments {
    if (typeof value !== 'object' || value === null) return {};
    const record = value as Record<string, unknown>;
    return {
        format: typeof record.format === 'string' ? record.format : undefined,
        destination: typeof record.destination === 'string' ? record.destination : undefined,
        audience: isAudience(record.audience) ? record.audience : undefined,
    };
}

/** What the export is about: `bank.strat`, or the workspace's name. */
function subjectOf(target: PreviewTarget): string {
    if (effectiveScope(target) === 'file' && target.documentUri) return documentName(target.documentUri);
    return workspace.name ?? 'workspace';
}

async function pickFormat(): Promise<ExportFormat | undefined> {
    const picked = await window.showQuickPick(
        EXPORT_FORMATS.map((format) => ({ label: format.label, description: `.${format.extension}`, detail: format.description, format })),
        // the first of two steps (then the save dialog): a webview taking the focus back must not close it
        { title: 'Export Scorecard', placeHolder: 'Choose a format', ignoreFocusOut: true },
    );
    return picked?.format;
}

function defaultLocation(target: PreviewTarget, fileName: string): Uri | undefined {
    if (effectiveScope(target) === 'file' && target.documentUri) {
        const document = Uri.parse(target.documentUri, true);
        if (document.scheme !== 'untitled') return Uri.joinPath(document, '..', fileName);
    }
    const folder = workspace.workspaceFolders?.[0];
    return folder ? Uri.joinPath(folder.uri, fileName) : undefined;
}

export function registerExportCommand(source: ScorecardSource, previews: PreviewManager, previewAudience: PreviewAudience): Disposable {
    return commands.registerCommand(COMMANDS.exportScorecard, async (options?: unknown): Promise<Uri | undefined> => {
        const args = exportArguments(options);
        const target = previews.exportTarget();
        // what the preview shows: export for everyone while the preview is for everyone
        const audience = args.audience ?? previewAudience.current;
        const format = args.format ? exportFormat(args.format) : await pickFormat();
        if (!format) {
            if (args.format) void window.showErrorMessage(`Unknown scorecard format "${args.format}": use html, md or json.`);
            return undefined;
        }
        const subject = subjectOf(target);
        const destination = args.destination
            ? Uri.parse(args.destination, true)
            : await window.showSaveDialog({
                title: `Export Scorecard as ${format.label}`,
                saveLabel: 'Export',
                defaultUri: defaultLocation(target, exportFileName(subject, format)),
                filters: { [format.label]: [format.extension] },
            });
        if (!destination) return undefined;
        try {
            const result = await source.request({ ...scorecardParams(target), audience });
            const text = exportText(result.scorecard, format, subject);
            await workspace.fs.writeFile(destination, new TextEncoder().encode(text));
            if (!args.destination) {
                const note = result.hasSyntaxErrors ? ' The text has syntax errors: the scorecard shows what could be read.' : '';
                void window.showInformationMessage(`Exported the scorecard${audienceNote(audience)} to ${workspace.asRelativePath(destination)}.${note}`);
            }
            return destination;
        } catch (error) {
            const reason = errorReason(error);
            void window.showErrorMessage(`Could not export the scorecard: ${reason}`);
            return undefined;
        }
    });
}
