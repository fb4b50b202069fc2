/**
 * The scorecard of a working tree's folders as they were at a git revision — the BASE side of the
 * editor's comparison. Where the folders are in their repository is found once per folder set;
 * each revision is resolved to its commit on every request (a new commit on `HEAD` counts at
 * once), and the scorecard is built once per commit and settings, then kept: typing in the editor
 * recomputes only the working tree's side.
 */
import { existsSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { SettingsLayer } from '../../config/settings-layers.js';
import type { GivenReferenceDate } from '../../config/strat-settings.js';
import type { Scorecard } from '../../scorecard/model.js';
import { buildWorkspace, StratInputError, workspaceScorecard } from '../node-workspace-loader.js';
import { listRefs, type GitRef } from './git-refs.js';
import { repositoryRoot, resolveCommit } from './git.js';
import { RevisionSnapshot } from './revision-snapshot.js';

export interface RevisionScorecardRequest {
    /** Working-tree folders (the workspace folders) or one file, absolute. */
    paths: readonly string[];
    ref: string;
    /** The layers the revision's documents are checked with besides their own strat.json: the command line's, the editor's settings. */
    commandLine: SettingsLayer;
    editor: SettingsLayer;
    /** The working tree's reference date of each file (below `commandLine`), and what names those dates: a new key builds the revision again. */
    referenceDates?: { of: GivenReferenceDate; key: string };
}

export interface RevisionScorecard {
    ref: string;
    commit: string;
    files: number;
    scorecard: Scorecard;
}

/** Where working-tree paths are in their repository. */
export interface RepositoryPlace {
    root: string;
    /** The top folder as the working tree reaches it (through the links the paths were given with). */
    visibleRoot: string;
    /** The paths, relative to the top folder with `/`. */
    targets: string[];
    /** Whether a working-tree file is one of those compared. */
    contains(fsPath: string): boolean;
    /** A file as a reader sees it: relative to the top folder. */
    displayPath(fsPath: string): string;
}

/** How many built revisions are kept (a few refs a user switches between). */
const KEPT = 4;

export class RevisionScorecards {
    private readonly places = new Map<string, Promise<RepositoryPlace>>();
    private readonly built = new Map<string, Promise<RevisionScorecard>>();

    async place(paths: readonly string[]): Promise<RepositoryPlace> {
        const key = JSON.stringify(paths);
        let place = this.places.get(key);
        if (!place) {
            place = repositoryPlace(paths);
            this.places.set(key, place);
            place.catch(() => this.places.delete(key)); // a folder made a repository later is found then
        }
        return place;
    }

    async scorecard(request: RevisionScorecardRequest): Promise<RevisionScorecard> {
        const place = await this.place(request.paths);
        const commit = await resolveCommit(place.root, request.ref);
        if (commit === undefined) throw new StratInputError(`Unknown git revision: ${request.ref} (not a branch, tag or commit of ${place.root})`);
        const key = JSON.stringify([place.root, place.targets, commit, request.commandLine, request.editor, request.referenceDates?.key]);
        let result = this.built.get(key);
        if (!result) {
            result = this.build(place, commit, request);
            this.built.set(key, result);
            result.catch(() => this.built.delete(key));
            while (this.built.size > KEPT) this.built.delete(this.built.keys().next().value as string);
        }
        return { ...(await result), ref: request.ref };
    }

    async refs(paths: readonly string[]): Promise<GitRef[]> {
        return listRefs((await this.place(paths)).root);
    }

    private async build(place: RepositoryPlace, commit: string, request: RevisionScorecardRequest): Promise<RevisionScorecard> {
        const snapshot = await RevisionSnapshot.read({ root: place.root, commit, visibleRoot: place.visibleRoot, targets: place.targets });
        const folders = request.paths.filter(p => !p.endsWith('.strat')).map(p => URI.file(p));
        const options = { ...request.commandLine, referenceDateOf: request.referenceDates?.of };
        const loaded = await buildWorkspace(snapshot.stratSources(), options, folders, {
            fileSystemProvider: () => snapshot.fileSystem(),
            dataFiles: snapshot.dataAccess(),
            configure: settings => {
                // As the language server has them: strat.json is searched up to the workspace folders.
                settings.setWorkspaceFolders(folders);
                settings.setEditor(request.editor);
            }
        });
        return { ref: request.ref, commit, files: snapshot.stratPaths.length, scorecard: workspaceScorecard(loaded) };
    }
}

async function repositoryPlace(paths: readonly string[]): Promise<RepositoryPlace> {
    if (paths.length === 0) throw new StratInputError('There is no folder to compare: open a folder or a .strat file.');
    const first = paths[0];
    const folder = first.endsWith('.strat') ? path.dirname(first) : first;
    const root = await repositoryRoot(folder);
    if (root === undefined) throw new StratInputError(`Not a git repository: ${folder}`);
    const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
    const relative = (p: string) => path.relative(root, real(p)).split(path.sep).join('/');
    const targets = paths.map(relative).filter(rel => !rel.startsWith('..') && !path.isAbsolute(rel));
    if (targets.length === 0) throw new StratInputError(`Not in the git repository ${root}: ${first}`);
    // The working tree may reach the repository through a link: keep the paths as given.
    const firstTarget = relative(folder);
    const visibleRoot = firstTarget === '' ? folder : path.resolve(folder, ...firstTarget.split('/').map(() => '..'));
    const visible = (fsPath: string) => path.relative(visibleRoot, fsPath).split(path.sep).join('/');
    return {
        root,
        visibleRoot,
        targets,
        contains: fsPath => {
            const rel = visible(fsPath);
            return !rel.startsWith('..') && !path.isAbsolute(rel) && targets.some(target => target === '' || rel === target || rel.startsWith(`${target}/`));
        },
        displayPath: fsPath => visible(fsPath)
    };
}
