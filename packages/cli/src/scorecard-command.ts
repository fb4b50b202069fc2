import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildScorecard } from '@strat/language';
import { renderScorecardHtml, renderScorecardMarkdown } from '@strat/language/render';
import { StratInputError } from '@strat/language/node';
import { displayPath } from './check-report.js';
import { loadPaths, type RuleOptions } from './load-paths.js';
import type { Io } from './main.js';

export interface ScorecardOptions extends RuleOptions {
    format: 'json' | 'md' | 'html';
    output?: string;
}

export async function runScorecard(paths: string[], options: ScorecardOptions, io: Io): Promise<number> {
    const { documents } = await loadPaths(paths, options);
    const scorecard = buildScorecard(documents);
    const title = `Scorecard — ${paths.join(', ')}`;
    const text = options.format === 'json'
        ? JSON.stringify(scorecard, null, 2) + '\n'
        : options.format === 'md'
            ? renderScorecardMarkdown(scorecard)
            : renderScorecardHtml(scorecard, { mode: 'export', title });
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
