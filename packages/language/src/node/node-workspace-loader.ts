/**
 * Loading `.strat` files from disk into one workspace and building it (parse, link, validate):
 * what the CLI, the tests and the benchmark share. I/O problems become `StratInputError`s with a
 * one-line message; nothing here prints.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI, type LangiumDocument } from 'langium';
import { createStratServices, type StratContext, type StratServices } from '../strat-module.js';
import { NodeDataAccess } from './node-data-access.js';
import type { SettingsLayer } from '../config/settings-layers.js';
import type { GivenReferenceDate, StratSettings } from '../config/strat-settings.js';
import type { Model } from '../generated/ast.js';
import { byPath } from '../workspace/document-order.js';
import { buildScorecard } from '../scorecard/build-scorecard.js';
import type { Scorecard } from '../scorecard/model.js';
import { FolderReadError, stratFilesIn } from './strat-files.js';

export class StratInputError extends Error {}

/**
 * The caller's settings (the command line's): they win over strat.json and the defaults.
 * `referenceDateOf`: a date per document where the command line gives none (strat diff's BASE side).
 */
export interface WorkspaceOptions extends SettingsLayer {
    referenceDateOf?: GivenReferenceDate;
}

export interface LoadedWorkspace {
    services: StratServices;
    documents: Array<LangiumDocument<Model>>;
}

/** The folders of the paths given to the command line: a folder as named, a file's own folder. */
export async function checkedFolders(paths: readonly string[]): Promise<string[]> {
    return Promise.all(paths.map(async given => ((await fs.stat(given).catch(() => undefined))?.isDirectory() ? given : path.dirname(given))));
}

/**
 * Files named directly, and every `*.strat` below the folders named (strat-files.ts: links
 * followed, each file once), sorted. A file named twice, or reached by two paths, is read once.
 */
export async function findStratFiles(paths: string[]): Promise<string[]> {
    const byRealPath = new Map<string, string>();
    const add = (file: string, realPath: string) => {
        const known = byRealPath.get(realPath);
        if (known === undefined || file < known) {
            byRealPath.set(realPath, file);
        }
    };
    for (const given of paths) {
        const absolute = path.resolve(given);
        let stat;
        try {
            stat = await fs.stat(absolute);
        } catch {
            throw new StratInputError(`No such file or folder: ${given}`);
        }
        if (stat.isDirectory()) {
            let found;
            try {
                found = await stratFilesIn(absolute);
            } catch (error) {
                throw new StratInputError(error instanceof FolderReadError ? error.message : `Cannot read folder ${given}: ${String(error)}`);
            }
            if (found.length === 0) {
                throw new StratInputError(`No .strat files in folder: ${given}`);
            }
            found.forEach(file => add(file.path, file.realPath));
        } else {
            add(absolute, await fs.realpath(absolute).catch(() => absolute));
        }
    }
    return [...byRealPath.values()].sort();
}

/**
 * Create services, read the files, and build them as one workspace. Files are read as the language
 * server reads them (strat-document-factory.ts): as UTF-8, a file in another encoding getting one
 * `encoding` error. `folders`: the folders the files were found in as the user named them (the
 * workspace root of a file without strat.json: its data files must stay inside).
 */
export async function loadWorkspace(files: string[], options: WorkspaceOptions = {}, folders: readonly string[] = []): Promise<LoadedWorkspace> {
    const services = workspaceServices(options, folders.map(folder => URI.file(path.resolve(folder))));
    const documents = await Promise.all(files.map(async file => {
        try {
            return await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path.resolve(file))) as LangiumDocument<Model>;
        } catch (error) {
            throw new StratInputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
    }));
    return built(services, documents);
}

/** Build documents given as text (tests, the benchmark, unsaved buffers, files at a git revision), their project and data files read from `host`. */
export async function buildWorkspace(sources: Array<{ uri: URI; text: string }>, options: WorkspaceOptions = {}, folders: readonly URI[] = [], host: WorkspaceHost = DISK): Promise<LoadedWorkspace> {
    const services = workspaceServices(options, folders, host);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const registry = services.shared.workspace.LangiumDocuments;
    const documents = sources.map(({ uri, text }) => {
        const document = factory.fromString<Model>(text, uri);
        registry.addDocument(document);
        return document;
    });
    return built(services, documents);
}

/** The scorecard of a loaded workspace, each document judged against its own reference date. */
export function workspaceScorecard({ services, documents }: LoadedWorkspace): Scorecard {
    const settings = services.config.Settings;
    return buildScorecard(documents, document => settings.forDocument(document.uri).asOf);
}

/** Where a workspace's files come from: the disk (the default), or elsewhere (a git revision: node/git/). */
export interface WorkspaceHost extends Pick<StratContext, 'fileSystemProvider' | 'dataFiles'> {
    /** Settings to give before the build, besides the command line's. */
    configure?(settings: StratSettings): void;
}

const DISK: WorkspaceHost = { ...NodeFileSystem, dataFiles: NodeDataAccess };

function workspaceServices(options: WorkspaceOptions, folders: readonly URI[], host: WorkspaceHost = DISK): StratServices {
    const services = createStratServices({ fileSystemProvider: host.fileSystemProvider, dataFiles: host.dataFiles }).Strat;
    const { referenceDateOf, ...commandLine } = options;
    services.config.Settings.setCommandLine(commandLine);
    services.config.Settings.setReferenceDateOf(referenceDateOf);
    services.config.Settings.setCheckedFolders(folders);
    host.configure?.(services.config.Settings);
    return services;
}

async function built(services: StratServices, documents: Array<LangiumDocument<Model>>): Promise<LoadedWorkspace> {
    const ordered = [...documents].sort(byPath);
    // Through the workspace lock, so that nothing else (a settings change) builds at the same time.
    await services.shared.workspace.WorkspaceLock.write(token => services.shared.workspace.DocumentBuilder.build(ordered, { validation: true }, token));
    return { services, documents: ordered };
}
