/**
 * `strat check --format sarif`: the report as SARIF 2.1.0 for code-scanning tools. One rule
 * (`reportingDescriptor`) per code of the rule table, with its text, its rationale as help and
 * its documentation link; one result per finding, placed with 1-based lines and columns
 * (columns count UTF-16 code units, as the editor's positions do).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRuleCode, RULE_CODES, RULES, ruleDocUrl, type Severity } from '@strat/language';
import type { CheckReport } from './check-report.js';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, Level>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const STRAT_HOME = 'https://github.com/strat-dev/strat';

export function formatSarif(report: CheckReport, version: string): object {
    const rules = RULE_CODES.map(code => {
        const rule = RULES[code];
        return {
            id: code,
            shortDescription: { text: sentence(rule.when) },
            fullDescription: { text: rule.rationale },
            help: { text: rule.rationale, markdown: `${rule.rationale}\n\n[${code}](${ruleDocUrl(code)})` },
            helpUri: ruleDocUrl(code),
            defaultConfiguration: { level: LEVEL[rule.severity] },
            properties: { step: rule.step }
        };
    });
    const results = report.files.flatMap(file => file.diagnostics.map(d => ({
        ruleId: d.code,
        ...(isRuleCode(d.code) ? { ruleIndex: RULE_CODES.indexOf(d.code) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: artifactUri(file.path) },
                region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1
                }
            }
        }]
    })));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'strat', version, informationUri: STRAT_HOME, rules } },
            columnKind: 'utf16CodeUnits',
            results
        }]
    };
}

/** A report path as a URI reference: relative paths stay relative (to the repository, for code scanning). */
function artifactUri(displayed: string): string {
    if (path.isAbsolute(displayed)) return pathToFileURL(displayed).href;
    return displayed.split('/').map(encodeURIComponent).join('/');
}

/** The rule table's `when` ("an OKR has …") as a sentence. */
function sentence(text: string): string {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
