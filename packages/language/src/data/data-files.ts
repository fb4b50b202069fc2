/**
 * KPI actuals from data files (docs/language.md#data-files): for every `actuals from "PATH"` of
 * the documents being built, the file is found beside the `.strat` file (never outside the
 * workspace root, symlinks resolved), read once per change (cached by real path, size and
 * modification time, however many KPIs read it), and its rows attached to the KPI. What went
 * wrong is kept per KPI (its `data-file` finding) and per cell of a CSV (`data-value` findings in
 * the data file itself). Reading needs a host with a file system and a trusted workspace;
 * elsewhere every KPI says why its file was not read.
 */
import type { LangiumDocument, URI } from 'langium';
import { isKpi, type Kpi, type Model } from '../generated/ast.js';
import type { StratSettings } from '../config/strat-settings.js';
import { periodKey } from '../model/periods.js';
import { formatDay } from '../model/period-span.js';
import { ruleMessage } from '../diagnostics/rule-table.js';
import { attachDataActuals, latestDataRow, type DataActual } from '../scorecard/kpi-data-rows.js';
import { isProblem, type DataCell, type ReadResult } from './data-table.js';
import { dataFileFormat, resolveDataPath, type DataFileFormat } from './data-path.js';
import { sizeProblem } from './data-limits.js';
import { kpiSeries, type UnreadableCell } from './kpi-series.js';

/** What reading data needs from its host (Node: `node/node-data-access.ts`). */
export interface DataFileAccess {
    /** The real path (symlinks resolved), or undefined when nothing is there. */
    realPath(path: string): string | undefined;
    stat(path: string): { size: number; mtimeMs: number; isFile: boolean } | undefined;
    read(path: string): Promise<Uint8Array>;
    /** Reads a table; problems (a binary file, a zip bomb, a missing sheet…) come back as values. */
    parse(format: DataFileFormat, bytes: Uint8Array, sheet: string | undefined): Promise<ReadResult>;
}

/** How a KPI's data source turned out: the rows it gave, and the problem when there is one. */
export interface SourceOutcome {
    /** The data file, when the path led to one. */
    file?: URI;
    /** The value column's header as the file writes it. */
    column?: string;
    /** The headers of the file's value columns (all but the first, which holds periods). */
    columns?: readonly string[];
    /** The actuals the file gave (the readable rows, even when some were not). */
    actuals: readonly DataActual[];
    /** The row of the latest period. */
    latest?: DataActual;
    /** What makes it a `data-file` finding. */
    problem?: string;
}

/** A finding inside a data file (a CSV's cell): an unreadable value, a period given twice in the file, or one after the reference date. */
export interface DataFileFinding {
    code: 'data-value' | 'duplicate-period' | 'future-period';
    message: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface CachedTable {
    size: number;
    mtimeMs: number;
    sheet: string | undefined;
    result: ReadResult;
}

export class DataFiles {
    private trusted = true;
    private readonly tables = new Map<string, CachedTable>();
    private readonly outcomes = new WeakMap<Kpi, SourceOutcome>();
    /** Data file (real path) → the documents whose KPIs read it, as of their last build. */
    private readonly readers = new Map<string, Set<string>>();
    /** Data file URI → reading document → its findings in the file. */
    private readonly fileFindings = new Map<string, Map<string, DataFileFinding[]>>();

    private readonly settings: StratSettings;
    private readonly access: DataFileAccess | undefined;

    constructor(settings: StratSettings, access: DataFileAccess | undefined) {
        this.settings = settings;
        this.access = access;
    }

    /** Restricted Mode (an untrusted workspace): no data file is read. */
    setTrusted(trusted: boolean): void {
        this.trusted = trusted;
    }

    /** Reads the data of every KPI with `actuals from` in these documents (before they are validated). */
    async load(documents: readonly LangiumDocument[]): Promise<void> {
        for (const document of documents) {
            this.forgetDocument(document.uri.toString());
            for (const element of (document.parseResult.value as Model).elements ?? []) {
                if (isKpi(element) && element.source) {
                    const outcome = await this.read(element, document);
                    this.outcomes.set(element, outcome);
                    attachDataActuals(element, outcome.actuals);
                }
            }
        }
    }

    /** How the KPI's `actuals from` turned out in the last build; undefined without one. */
    outcomeOf(kpi: Kpi): SourceOutcome | undefined {
        return this.outcomes.get(kpi);
    }

    /** The documents whose KPIs read this file (by URI string), as of their last build. */
    documentsReading(file: URI): string[] {
        return [...(this.readers.get(this.realPathOf(file)) ?? [])];
    }

    /** Whether any KPI read this file in its last build. */
    isRead(file: URI): boolean {
        return (this.readers.get(this.realPathOf(file))?.size ?? 0) > 0;
    }

    /** A data file changed on disk: read it again next time. */
    fileChanged(file: URI): void {
        this.tables.delete(this.realPathOf(file));
    }

    /** The findings inside data files (CSV cells), by file URI; each cell once, however many KPIs read it. */
    findingsInFiles(): Map<string, DataFileFinding[]> {
        const byFile = new Map<string, DataFileFinding[]>();
        for (const [file, byDocument] of this.fileFindings) {
            const unique = new Map<string, DataFileFinding>();
            for (const finding of [...byDocument.values()].flat()) {
                unique.set(`${finding.code} ${finding.range.start.line}:${finding.range.start.character}`, finding);
            }
            byFile.set(file, [...unique.values()].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
        }
        return byFile;
    }

    private async read(kpi: Kpi, document: LangiumDocument): Promise<SourceOutcome> {
        const source = kpi.source!;
        const path = source.path ?? '';
        if (!this.trusted) {
            return { actuals: [], problem: 'Data files are not read in Restricted Mode: trust this workspace to read them.' };
        }
        if (!this.access) {
            return { actuals: [], problem: 'Data files cannot be read here.' };
        }
        const resolved = resolveDataPath(path, document.uri, this.settings.dataRootOf(document.uri), this.access);
        if ('problem' in resolved) {
            return { actuals: [], problem: resolved.problem };
        }
        const { file, real } = resolved;
        this.remember(real, document.uri.toString());
        const kind = dataFileFormat(file.path);
        if (!kind) {
            return { file, actuals: [], problem: `'${path}' is not a data file Strat reads: use a .csv, .tsv or .xlsx file.` };
        }
        const stat = this.access.stat(real);
        if (!stat?.isFile) {
            return { file, actuals: [], problem: `'${path}' ${stat ? 'is not a file' : 'does not exist'}.` };
        }
        const read = await this.table(real, kind, source.sheet, stat);
        if (isProblem(read)) {
            return { file, actuals: [], problem: `'${path}' cannot be read: ${read.problem}` };
        }
        const column = source.column ?? kpi.name ?? '';
        const columns = read.table.header.slice(1).map(cell => cell.text);
        const series = kpiSeries(read.table, column);
        if ('missingColumn' in series) {
            const known = columns.filter(header => header !== '').map(header => `'${header}'`).join(', ');
            return { file, columns, actuals: [], problem: `'${path}' has no column '${column}'${known ? `; its value columns are ${known}` : ''}.` };
        }
        this.noteFindings(file, document.uri, kind, series.unreadable, series.actuals);
        const outcome: SourceOutcome = { file, columns, column: series.column, actuals: series.actuals, latest: latestDataRow(series.actuals) };
        if (series.unreadable.length > 0) {
            return { ...outcome, problem: unreadableProblem(path, kind, series.unreadable) };
        }
        if (series.actuals.length === 0) {
            return { ...outcome, problem: `'${path}' gives no value for KPI '${kpi.name}' in column '${series.column}'.` };
        }
        return outcome;
    }

    private async table(real: string, kind: DataFileFormat, sheet: string | undefined, stat: { size: number; mtimeMs: number }): Promise<ReadResult> {
        const cached = this.tables.get(real);
        if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs && cached.sheet === sheet) {
            return cached.result;
        }
        let result: ReadResult;
        try {
            // A file over the size limit is refused on its size, without reading it.
            result = sizeProblem(kind, stat.size) ?? await this.access!.parse(kind, await this.access!.read(real), sheet);
        } catch (error) {
            // A reader's own failure (a file gone between stat and read): a problem like any other.
            result = { problem: error instanceof Error ? error.message : String(error) };
        }
        this.tables.set(real, { size: stat.size, mtimeMs: stat.mtimeMs, sheet, result });
        return result;
    }

    private realPathOf(file: URI): string {
        return this.access?.realPath(file.fsPath) ?? file.fsPath;
    }

    private remember(real: string, document: string): void {
        const readers = this.readers.get(real) ?? new Set<string>();
        readers.add(document);
        this.readers.set(real, readers);
    }

    private forgetDocument(document: string): void {
        this.readers.forEach(readers => readers.delete(document));
        this.fileFindings.forEach(byDocument => byDocument.delete(document));
    }

    /**
     * Unreadable cells, periods given twice and periods after the reference date, placed in a CSV
     * (a sheet has no place in the editor: the KPI's finding says what is wrong with it).
     */
    private noteFindings(file: URI, document: URI, kind: DataFileFormat, unreadable: readonly UnreadableCell[], actuals: readonly DataActual[]): void {
        if (kind === 'xlsx') return;
        const findings: DataFileFinding[] = unreadable.flatMap(cell => placed(cell.cell, 'data-value', `${cell.reason}: this row is left out of the KPI's actuals.`));
        const asOf = this.settings.forDocument(document).asOf;
        const seen = new Map<number, DataActual>();
        for (const actual of actuals) {
            if (asOf !== null && actual.start > asOf && actual.place) {
                findings.push({ code: 'future-period', message: ruleMessage('future-period', actual.period, formatDay(asOf)), range: actual.place });
            }
            const key = periodKey(actual);
            const earlier = seen.get(key);
            if (earlier && actual.place) {
                findings.push({ code: 'duplicate-period', message: `'${actual.period}' is given twice in this file (also on line ${earlier.row}); the value given last counts.`, range: actual.place });
            }
            seen.set(key, actual);
        }
        const byDocument = this.fileFindings.get(file.toString()) ?? new Map<string, DataFileFinding[]>();
        byDocument.set(document.toString(), findings);
        this.fileFindings.set(file.toString(), byDocument);
    }
}

function placed(cell: DataCell, code: DataFileFinding['code'], message: string): DataFileFinding[] {
    return cell.range ? [{ code, message, range: cell.range }] : [];
}


function unreadableProblem(path: string, kind: DataFileFormat, unreadable: readonly UnreadableCell[]): string {
    const row = (cell: UnreadableCell) => (kind === 'xlsx' ? `row ${cell.row}` : `line ${cell.row}`);
    const first = unreadable[0];
    const which = unreadable.length === 1 ? row(first) : `${unreadable.length} rows (the first on ${row(first)})`;
    return `'${path}' has ${which} that cannot be read: ${first.reason}. The readable rows still count.`;
}
