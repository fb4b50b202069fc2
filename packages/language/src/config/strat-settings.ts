/**
 * The settings each document is checked with: the command line's, then its `strat.json`'s, then
 * the editor's, then the defaults — and the reference date, which is today unless a layer says
 * otherwise. "Today" comes from a clock the caller gives; nothing else here reads the time.
 * Listeners hear of every change that may change findings or the scorecard.
 */
import { UriUtils, type FileSystemProvider, type URI } from 'langium';
import { ProjectFiles, type ProjectFile } from './project-files.js';
import { mergeSettings, type EffectiveSettings, type SettingsLayer } from './settings-layers.js';

/** Today as a day (days since 1970-01-01), the machine's local date. */
export type Clock = () => number;

/**
 * A reference date given per document by the caller, below the command line's and above
 * strat.json's: the BASE side of a comparison takes the date HEAD has for the same file, so that
 * both sides of every project are judged on one day. `undefined`: no say for that document.
 */
export type GivenReferenceDate = (document: URI) => number | null | undefined;

export class StratSettings {
    private commandLine: SettingsLayer = {};
    private referenceDateOf: GivenReferenceDate | undefined;
    private editor: SettingsLayer = {};
    private checkedFolders: URI[] = [];
    private today: number;
    private readonly files: ProjectFiles;
    private readonly effective = new Map<string, EffectiveSettings>();
    private readonly listeners: Array<() => void> = [];

    private readonly clock: Clock;

    constructor(fileSystem: FileSystemProvider, clock: Clock) {
        this.clock = clock;
        this.files = new ProjectFiles(fileSystem);
        this.today = clock();
    }

    /** The settings of a document. */
    forDocument(uri: URI): EffectiveSettings {
        const file = this.files.forDocument(uri);
        const given = this.commandLine.asOf === undefined ? this.referenceDateOf?.(uri) : undefined;
        // One object per project file and given date, so that equal settings stay the same object.
        const id = `${file?.uri.toString() ?? ''}\n${String(given)}`;
        let settings = this.effective.get(id);
        if (!settings) {
            const layers = given === undefined ? [this.commandLine] : [this.commandLine, { asOf: given }];
            settings = mergeSettings([...layers, file?.settings ?? {}, this.editor], this.today);
            this.effective.set(id, settings);
        }
        return settings;
    }

    /** The strat.json that applies to a document, if any. */
    projectFileOf(uri: URI): ProjectFile | undefined {
        return this.files.forDocument(uri);
    }

    /** Every strat.json read so far, with its problems. */
    projectFiles(): ProjectFile[] {
        return this.files.known();
    }

    /** `--as-of`, `--rule`, `--max-okrs-per-owner`: they win over everything. */
    setCommandLine(layer: SettingsLayer): void {
        this.commandLine = layer;
        this.changed();
    }

    /** Reference dates given per document (a comparison's BASE side): below the command line's `--as-of`. */
    setReferenceDateOf(dateOf: GivenReferenceDate | undefined): void {
        this.referenceDateOf = dateOf;
        this.changed();
    }

    /** The editor's `strat.*` settings: below strat.json. */
    setEditor(layer: SettingsLayer): void {
        this.editor = layer;
        this.changed();
    }

    /** The editor's layer as last set (a workspace built beside this one, at a git revision, takes it too). */
    editorLayer(): SettingsLayer {
        return this.editor;
    }

    /** The workspace folders, where the search for strat.json stops. */
    setWorkspaceFolders(folders: readonly URI[]): void {
        this.files.setWorkspaceFolders(folders);
        this.changed();
    }

    /**
     * The folders given to the command line: a document outside any workspace folder and without
     * a strat.json has the one it was found in as its workspace root (data files stay inside it).
     */
    setCheckedFolders(folders: readonly URI[]): void {
        this.checkedFolders = [...folders];
    }

    /**
     * The workspace root of a document (docs/language.md#data-files): the folder of its strat.json,
     * else its workspace folder, else the folder given to the command line, else its own folder.
     */
    dataRootOf(document: URI): URI {
        const projectFile = this.files.forDocument(document);
        if (projectFile) return UriUtils.dirname(projectFile.uri);
        const id = document.toString();
        const checked = this.checkedFolders.filter(folder => id.startsWith(`${folder.toString().replace(/\/$/, '')}/`)).sort((a, b) => b.toString().length - a.toString().length)[0];
        return this.files.workspaceFolderOf(document) ?? checked ?? UriUtils.dirname(document);
    }

    /** A strat.json was created, changed or deleted: read them again. */
    projectFilesChanged(): void {
        this.files.forget();
        this.changed();
    }

    /** The editor's text of an open strat.json, or undefined when it was closed (the disk counts again). */
    setProjectFileText(uri: URI, text: string | undefined): void {
        this.files.setOpenText(uri, text);
        this.changed();
    }

    /** Asks the clock again; returns whether the day changed (then listeners are told). */
    refreshToday(): boolean {
        const today = this.clock();
        if (today === this.today) return false;
        this.today = today;
        this.changed();
        return true;
    }

    onChange(listener: () => void): void {
        this.listeners.push(listener);
    }

    private changed(): void {
        this.effective.clear();
        this.listeners.forEach(listener => listener());
    }
}
