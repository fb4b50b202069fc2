/**
 * Completion inside `actuals from "…" column "…"` (docs/language.md#data-files): after `from`,
 * the data files of the workspace (.csv, .tsv, .xlsx), as paths relative to the `.strat` file;
 * after `column`, the value columns of the KPI's data file, from its header row.
 */
import { AstUtils, UriUtils, type FileSystemProvider, type LangiumDocument, type URI } from 'langium';
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { isKpi } from '../generated/ast.js';
import { dataFileFormat } from '../data/data-path.js';
import type { DataFiles } from '../data/data-files.js';
import type { StratSettings } from '../config/strat-settings.js';

/** Enough to choose from, and a bound on the walk through a big workspace. */
const MAX_FILES = 300;
const MAX_DEPTH = 8;

export interface DataSourceCompletionContext {
    document: LangiumDocument;
    /** The text being completed: from its start (maybe an opening quote) to the end of the token. */
    range: Range;
    /** The KPI the source belongs to, if the parser recovered it. */
    node: unknown;
}

export class DataSourceCompletion {
    private readonly fileSystem: FileSystemProvider;
    private readonly settings: StratSettings;
    private readonly dataFiles: DataFiles;

    constructor(fileSystem: FileSystemProvider, settings: StratSettings, dataFiles: DataFiles) {
        this.fileSystem = fileSystem;
        this.settings = settings;
        this.dataFiles = dataFiles;
    }

    async paths(context: DataSourceCompletionContext): Promise<CompletionItem[]> {
        const folder = UriUtils.dirname(context.document.uri);
        const files = await this.dataFilesBelow(this.settings.dataRootOf(context.document.uri));
        return files.map(file => {
            const path = UriUtils.relative(folder, file);
            return item(path, quoted(path), context.range, CompletionItemKind.File, `Data file (${dataFileFormat(file.path)})`);
        });
    }

    columns(context: DataSourceCompletionContext): CompletionItem[] {
        const kpi = AstUtils.getContainerOfType(context.node as never, isKpi);
        const columns = kpi ? this.dataFiles.outcomeOf(kpi)?.columns ?? [] : [];
        return columns.filter(column => column !== '').map(column => item(column, quoted(column), context.range, CompletionItemKind.Field, 'Column of the data file'));
    }

    private async dataFilesBelow(root: URI): Promise<URI[]> {
        const found: URI[] = [];
        const walk = async (folder: URI, depth: number): Promise<void> => {
            if (depth > MAX_DEPTH || found.length >= MAX_FILES) return;
            let entries;
            try {
                entries = await this.fileSystem.readDirectory(folder);
            } catch {
                return;
            }
            for (const entry of entries.sort((a, b) => a.uri.path.localeCompare(b.uri.path))) {
                const name = UriUtils.basename(entry.uri);
                if (entry.isFile && dataFileFormat(name)) {
                    found.push(entry.uri);
                    if (found.length >= MAX_FILES) return;
                } else if (entry.isDirectory && !name.startsWith('.') && name !== 'node_modules') {
                    await walk(entry.uri, depth + 1);
                }
            }
        };
        await walk(root, 0);
        return found;
    }
}

function item(label: string, newText: string, range: Range, kind: CompletionItemKind, detail: string): CompletionItem {
    return { label, kind, detail, textEdit: { range, newText }, filterText: newText, sortText: '0' };
}

/** As a .strat string: `"…"` with `\` and `"` escaped. */
function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
