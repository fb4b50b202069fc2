/**
 * Finding a document's `strat.json`: from the document's folder upward, stopping after a folder
 * that holds `.git` or is a workspace folder (docs/language.md#project-configuration). Lookups and
 * readings are cached until `forget()` (a `strat.json` was created, changed or deleted).
 */
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { STRAT_JSON, readStratJson, type ConfigProblem, type ProjectSettings } from './strat-json.js';

export interface ProjectFile {
    uri: URI;
    text: string;
    settings: ProjectSettings;
    problems: ConfigProblem[];
}

export class ProjectFiles {
    private readonly folderFiles = new Map<string, ProjectFile | undefined>();
    private readonly readFiles = new Map<string, ProjectFile>();
    /** Texts of strat.json files open (and maybe unsaved) in the editor: they win over the disk. */
    private readonly openTexts = new Map<string, string>();
    private stopFolders = new Set<string>();

    private readonly fileSystem: FileSystemProvider;

    constructor(fileSystem: FileSystemProvider) {
        this.fileSystem = fileSystem;
    }

    /** The workspace folders: the lookup never goes above them. */
    setWorkspaceFolders(folders: readonly URI[]): void {
        this.stopFolders = new Set(folders.map(folder => key(folder)));
        this.forget();
    }

    /** The strat.json that applies to a document, if any. */
    forDocument(document: URI): ProjectFile | undefined {
        const start = document.scheme === 'file' ? UriUtils.dirname(document) : this.firstWorkspaceFolder();
        return start ? this.forFolder(start) : undefined;
    }

    /** Every strat.json read so far, with its problems (for their diagnostics). */
    known(): ProjectFile[] {
        return [...this.readFiles.values()];
    }

    forget(): void {
        this.folderFiles.clear();
        this.readFiles.clear();
    }

    /** The editor's text of a strat.json (undefined: closed, read the disk again). */
    setOpenText(uri: URI, text: string | undefined): void {
        if (text === undefined) this.openTexts.delete(key(uri));
        else this.openTexts.set(key(uri), text);
        this.forget();
    }

    private forFolder(folder: URI): ProjectFile | undefined {
        const visited: string[] = [];
        let found: ProjectFile | undefined;
        for (let current: URI | undefined = folder; current; current = this.parentWithin(current)) {
            const id = key(current);
            if (this.folderFiles.has(id)) {
                found = this.folderFiles.get(id);
                break;
            }
            visited.push(id);
            found = this.read(UriUtils.joinPath(current, STRAT_JSON));
            if (found) break;
        }
        visited.forEach(id => this.folderFiles.set(id, found));
        return found;
    }

    /** The folder to look in next, or undefined after a repository root, a workspace folder or the file-system root. */
    private parentWithin(folder: URI): URI | undefined {
        if (this.stopFolders.has(key(folder)) || this.exists(UriUtils.joinPath(folder, '.git'))) {
            return undefined;
        }
        const parent = UriUtils.dirname(folder);
        return key(parent) === key(folder) ? undefined : parent;
    }

    private read(uri: URI): ProjectFile | undefined {
        const id = key(uri);
        const cached = this.readFiles.get(id);
        if (cached) return cached;
        let text = this.openTexts.get(id);
        if (text === undefined) {
            if (!this.exists(uri)) return undefined;
            try {
                text = this.fileSystem.readFileSync(uri);
            } catch {
                // A strat.json that cannot be read (a folder of that name, no permission) is no configuration.
                return undefined;
            }
        }
        const file = { uri, text, ...readStratJson(text) };
        this.readFiles.set(id, file);
        return file;
    }

    private exists(uri: URI): boolean {
        try {
            return this.fileSystem.existsSync(uri);
        } catch {
            return false;
        }
    }

    /** The workspace folder a document is in, if any. */
    workspaceFolderOf(document: URI): URI | undefined {
        const id = key(document);
        const folder = [...this.stopFolders].filter(folder => id.startsWith(`${folder}/`)).sort((a, b) => b.length - a.length)[0];
        return folder ? URI.parse(folder) : undefined;
    }

    private firstWorkspaceFolder(): URI | undefined {
        const first = [...this.stopFolders][0];
        return first ? URI.parse(first) : undefined;
    }
}

function key(uri: URI): string {
    return uri.toString().replace(/\/$/, '');
}
