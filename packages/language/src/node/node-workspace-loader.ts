/**
 * Loading `.strat` files from disk into one workspace and building it (parse, link, validate):
 * what the CLI, the tests and the benchmark share. I/O problems become `StratInputError`s with a
 * one-line message; nothing here prints.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI, type LangiumDocument } from 'langium';
import { createStratServices, type StratServices } from '../strat-module.js';
import { NodeDataAccess } from './node-data-access.js';
import type { SettingsLayer } from '../config/settings-layers.js';
import type { Model } from '../generated/ast.js';
import { byPath } from '../workspace/document-order.js';
import { buildScorecard } from '../scorecard/build-scorecard.js';
import type { Scorecard } from '../scorecard/model.js';

export class StratInputError extends Error {}

/** The caller's settings (the command line's): they win over strat.json and the defaults. */
export type WorkspaceOptions = SettingsLayer;

export interface LoadedWorkspace {
    services: StratServices;
    documents: Array<LangiumDocument<Model>>;
}

/** The folders of the paths given to the command line: a folder as named, a file's own folder. */
export async function checkedFolders(paths: readonly string[]): Promise<string[]> {
    return Promise.all(paths.map(async given => ((await fs.stat(given).catch(() => undefined))?.isDirectory() ? given : path.dirname(given))));
}

/** Files named directly, and every `*.strat` below the folders named, sorted, without repeats. */
export async function findStratFiles(paths: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const given of paths) {
        const absolute = path.resolve(given);
        let stat;
        try {
            stat = await fs.stat(absolute);
        } catch {
            throw new StratInputError(`No such file or folder: ${given}`);
        }
        if (stat.isDirectory()) {
            const before = found.size;
            await collect(absolute, found);
            if (found.size === before) {
                throw new StratInputError(`No .strat files in folder: ${given}`);
            }
        } else {
            found.add(absolute);
        }
    }
    return [...found].sort();
}

async function collect(folder: string, found: Set<string>): Promise<void> {
    let entries;
    try {
        entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
        throw new StratInputError(`Cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && entry.name !== 'node_modules') {
                await collect(full, found);
            }
        } else if (entry.isFile() && entry.name.endsWith('.strat')) {
            found.add(full);
        }
    }
}

/** Create services, read the files, and build them as one workspace. */
/**
 * `folders`: the folders the files were found in as the user named them (the workspace root of
 * a file without strat.json: its data files must stay inside).
 */
export async function loadWorkspace(files: string[], options: WorkspaceOptions = {}, folders: readonly string[] = []): Promise<LoadedWorkspace> {
    const texts = await Promise.all(files.map(async file => {
        try {
            return { file, text: stripBom(await fs.readFile(file, 'utf8')) };
        } catch (error) {
            throw new StratInputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
    }));
    return buildWorkspace(texts.map(({ file, text }) => ({ uri: URI.file(path.resolve(file)), text })), options, folders.map(folder => URI.file(path.resolve(folder))));
}

/** Build documents given as text (tests, the benchmark, unsaved buffers). */
export async function buildWorkspace(sources: Array<{ uri: URI; text: string }>, options: WorkspaceOptions = {}, folders: readonly URI[] = []): Promise<LoadedWorkspace> {
    const services = createStratServices({ ...NodeFileSystem, dataFiles: NodeDataAccess }).Strat;
    services.config.Settings.setCommandLine(options);
    services.config.Settings.setCheckedFolders(folders);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const registry = services.shared.workspace.LangiumDocuments;
    const documents = sources.map(({ uri, text }) => {
        const document = factory.fromString<Model>(text, uri);
        registry.addDocument(document);
        return document;
    }).sort(byPath);
    // Through the workspace lock, so that nothing else (a settings change) builds at the same time.
    await services.shared.workspace.WorkspaceLock.write(token => services.shared.workspace.DocumentBuilder.build(documents, { validation: true }, token));
    return { services, documents };
}

/** The scorecard of a loaded workspace, each document judged against its own reference date. */
export function workspaceScorecard({ services, documents }: LoadedWorkspace): Scorecard {
    const settings = services.config.Settings;
    return buildScorecard(documents, document => settings.forDocument(document.uri).asOf);
}

function stripBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
