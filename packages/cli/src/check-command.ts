import { workspaceFindings } from '@strat/language';
import { checkReport } from './check-report.js';
import { COLOURS, NO_COLOURS, formatText } from './format-text.js';
import type { Io } from './main.js';
import { useColour } from './colour.js';
import { formatGithub } from './format-github.js';
import { formatSarif } from './format-sarif.js';
import { VERSION } from './version.js';
import { loadPaths, type RuleOptions } from './load-paths.js';

export interface CheckOptions extends RuleOptions {
    format: 'text' | 'json' | 'sarif' | 'github';
}

/** Exit 0 without errors, 1 with errors (docs/language.md#command-line). */
export async function runCheck(paths: string[], options: CheckOptions, io: Io): Promise<number> {
    const { services, documents } = await loadPaths(paths, options);
    const report = checkReport(workspaceFindings(documents, services.config.Settings, services.data.DataFiles));
    if (options.format === 'json') {
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    } else if (options.format === 'sarif') {
        io.stdout(JSON.stringify(formatSarif(report, VERSION), null, 2) + '\n');
    } else if (options.format === 'github') {
        io.stdout(formatGithub(report));
    } else {
        io.stdout(formatText(report, useColour(io) ? COLOURS : NO_COLOURS));
    }
    return report.summary.errors > 0 ? 1 : 0;
}
