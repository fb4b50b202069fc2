/**
 * Findings inside data files (a CSV's unreadable cells, periods given twice in it) as diagnostics
 * of those files, for the Problems panel and `strat check`, with the severity the settings of the
 * file's folder give their code.
 */
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { LSP_SEVERITY } from '../diagnostics/lsp-severity.js';
import { ruleDocUrl } from '../diagnostics/rule-table.js';
import type { StratSettings } from '../config/strat-settings.js';
import type { DataFiles } from './data-files.js';


/** Data file URI → its diagnostics (an empty list for a file whose findings were all turned off). */
export function dataFileDiagnostics(dataFiles: DataFiles, settings: StratSettings): Map<string, Diagnostic[]> {
    const byFile = new Map<string, Diagnostic[]>();
    for (const [file, findings] of dataFiles.findingsInFiles()) {
        const effective = settings.forDocument(URI.parse(file));
        byFile.set(file, findings.flatMap(finding => {
            const setting = effective.settingOf(finding.code);
            return setting === undefined || setting === 'off' ? [] : [{
                range: finding.range,
                severity: LSP_SEVERITY[setting],
                code: finding.code,
                codeDescription: { href: ruleDocUrl(finding.code) },
                source: 'strat',
                message: finding.message
            }];
        }));
    }
    return byFile;
}
