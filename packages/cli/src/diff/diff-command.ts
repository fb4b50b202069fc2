/** `strat diff`: build both states, compute both scorecards, print what changed. Exit 0 once printed. */
import { URI } from 'langium';
import { diffScorecards, diffSidesForAudience, renderScorecardDiff, type Audience, type DiffFormat } from '@strat/language';
import { workspaceScorecard, type LoadedWorkspace } from '@strat/language/node';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { displayPath } from '../check-report.js';
import { workspaceOptionsOf, type RuleOptions } from '../load-paths.js';
import type { Io } from '../main.js';
import { diffTarget, type PathKind } from './diff-arguments.js';
import { diffSides, type DiffSideSource } from './diff-sides.js';

export interface DiffOptions extends RuleOptions {
    format: DiffFormat;
    audience: Audience;
}

export async function runDiff(args: string[], separatorAt: number | undefined, options: DiffOptions, io: Io, cwd = process.cwd()): Promise<number> {
    const target = diffTarget(args, separatorAt, arg => pathKind(path.resolve(cwd, arg)));
    const { base, head } = await diffSides(target, cwd);
    // Both sides are judged against one reference date per file: --as-of, else the date HEAD has for
    // that file (its project's strat.json's asOf, else today), so that what changed is the strategy,
    // not the day — file by file, as each project of a folder may pin its own date. A file HEAD has
    // neither itself nor in a project keeps its own date. Each side keeps its own rules and data
    // files, as committed.
    const workspaceOptions = workspaceOptionsOf(options);
    const built = (source: DiffSideSource, loaded: LoadedWorkspace) => ({
        label: source.label,
        commit: source.commit,
        files: source.files,
        scorecard: workspaceScorecard(loaded),
        path: (uri: string) => displayPath(URI.parse(uri).fsPath, cwd)
    });
    // One side after the other: two workspaces need not be in memory at once while building, so
    // HEAD's dates for BASE's files are looked up before HEAD is let go.
    const { after, baseDates } = await (async () => {
        const loaded = await head.load(workspaceOptions);
        return { after: built(head, loaded), baseDates: headDatesOf(base, loaded) };
    })();
    const before = built(base, await base.load({ ...workspaceOptions, referenceDateOf: uri => baseDates.get(uri.toString()) }));
    io.stdout(renderScorecardDiff(diffScorecards(...diffSidesForAudience(before, after, options.audience)), options.format));
    return 0;
}

/** For each BASE file, the reference date HEAD has for it: when HEAD has the file, or a strat.json over where it would be. */
function headDatesOf(base: DiffSideSource, head: LoadedWorkspace): Map<string, number | null> {
    const settings = head.services.config.Settings;
    const headFiles = new Set(head.documents.map(document => document.uri.toString()));
    const dates = new Map<string, number | null>();
    for (const uri of base.uris) {
        const there = base.counterpart(uri);
        if (headFiles.has(there.toString()) || settings.projectFileOf(there) !== undefined) {
            dates.set(uri.toString(), settings.forDocument(there).asOf);
        }
    }
    return dates;
}

function pathKind(p: string): PathKind {
    if (!existsSync(p)) return undefined;
    return statSync(p).isDirectory() ? 'folder' : 'file';
}
