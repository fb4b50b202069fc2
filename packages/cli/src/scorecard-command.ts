import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { renderScorecard, scorecardTitle, type ScorecardFormat } from '@strat/language/render';
import { StratInputError, workspaceScorecard } from '@strat/language/node';
import { forAudience, type Audience } from '@strat/language';
import { displayPath } from './check-report.js';
import { loadPaths, type RuleOptions } from './load-paths.js';
import type { Io } from './main.js';

export interface ScorecardOptions extends RuleOptions {
    format: ScorecardFormat;
    output?: string;
    audience: Audience;
}

export async function runScorecard(paths: string[], options: ScorecardOptions, io: Io): Promise<number> {
    const scorecard = forAudience(workspaceScorecard(await loadPaths(paths, options)), options.audience);
    const text = renderScorecard(scorecard, options.format, { title: scorecardTitle(scorecardSubject(paths)) });
    if (options.output) {
        try {
            await fs.writeFile(options.output, text, 'utf8');
        } catch (error) {
            throw new StratInputError(`Cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
        io.stderr(`Wrote ${displayPath(path.resolve(options.output), process.cwd())}\n`);
    } else {
        io.stdout(text);
    }
    return 0;
}

/**
 * What the scorecard covers, as the editor's export names it: the files' and folders' own names
 * (`bank.strat`, `examples`), never the path to them, so a shared page does not show the author's folders.
 */
export function scorecardSubject(paths: readonly string[]): string {
    return paths.map(p => path.basename(path.resolve(p)) || p).join(', ');
}
