import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildScorecard, type RuleSetting } from '@strat/language';
import { renderScorecardHtml, renderScorecardMarkdown } from '@strat/language/render';
import { findStratFiles, loadWorkspace, StratInputError } from '@strat/language/node';
import { displayPath } from './check-report.js';
import type { Io } from './main.js';

export interface ScorecardOptions {
    format: 'json' | 'md' | 'html';
    output?: string;
    rule: Record<string, RuleSetting>;
    maxOkrsPerOwner?: number;
}

export async function runScorecard(paths: string[], options: ScorecardOptions, io: Io): Promise<number> {
    const files = await findStratFiles(paths);
    const { documents } = await loadWorkspace(files, { rules: options.rule, maxActiveOkrsPerOwner: options.maxOkrsPerOwner });
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
