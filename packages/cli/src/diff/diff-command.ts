/** `strat diff`: build both states, compute both scorecards, print what changed. Exit 0 once printed. */
import { URI } from 'langium';
import { diffScorecards, diffSidesForAudience, renderScorecardDiff, type Audience, type DiffFormat } from '@strat/language';
import { workspaceScorecard, type WorkspaceOptions } from '@strat/language/node';
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
    // not the day — file by file, as each project of a folder may pin its own date. Each side keeps
    // its own rules and data files, as committed.
    const workspaceOptions = workspaceOptionsOf(options);
    const side = async (source: DiffSideSource, sideOptions: WorkspaceOptions) => {
        const loaded = await source.load(sideOptions);
        const built = {
            label: source.label,
            commit: source.commit,
            files: source.files,
            scorecard: workspaceScorecard(loaded),
            path: (uri: string) => displayPath(URI.parse(uri).fsPath, cwd)
        };
        return { built, settings: loaded.services.config.Settings };
    };
    // One side after the other: two workspaces need not be in memory at once while building.
    const { built: after, settings: headSettings } = await side(head, workspaceOptions);
    const { built: before } = await side(base, { ...workspaceOptions, referenceDateOf: uri => headSettings.forDocument(base.counterpart(uri)).asOf });
    io.stdout(renderScorecardDiff(diffScorecards(...diffSidesForAudience(before, after, options.audience)), options.format));
    return 0;
}

function pathKind(p: string): PathKind {
    if (!existsSync(p)) return undefined;
    return statSync(p).isDirectory() ? 'folder' : 'file';
}
