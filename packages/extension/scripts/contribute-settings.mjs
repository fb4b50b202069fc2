#!/usr/bin/env node
/**
 * GENERATES `contributes.configuration` of packages/extension/package.json from the rule
 * table (packages/language/src/diagnostics/rule-table.ts, built to out/), so that the VS Code settings,
 * the validator and the CLI share one source of truth. Do not edit that part of the manifest by
 * hand: edit the rule table and rebuild.
 *
 *   node scripts/contribute-settings.mjs           rewrite the manifest if it changed
 *   node scripts/contribute-settings.mjs --check   exit 1 if the manifest is out of date
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const manifestPath = join(here, '..', 'package.json');
const ruleTablePath = join(here, '..', '..', 'language', 'out', 'diagnostics', 'rule-table.js');

/** The settings every Strat user has besides the rule severities; the OKR limit's default is the rule table's. */
function generalSettings(RULES) {
    return {
        'strat.maxActiveOkrsPerOwner': {
            type: 'number',
            default: RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner,
            minimum: 1,
            scope: 'resource',
            markdownDescription: 'How many active OKRs one owner may have in one cycle before `too-many-okrs` is reported. '
                + 'Focus: an owner with many objectives at once achieves few of them. A `maxOkrsPerOwner` in the project\'s `strat.json` wins over this setting.'
        },
        'strat.checkinDays': {
            type: 'number',
            default: RULES['checkin-stale'].parameters.checkinDays,
            minimum: 1,
            scope: 'resource',
            markdownDescription: 'How many days a key result that measures no KPI may go without a check-in before `checkin-stale` is reported. '
                + 'A `checkinDays` in the project\'s `strat.json` wins over this setting.'
        },
        'strat.preview.audience': {
            type: 'string',
            enum: ['internal', 'public'],
            default: 'internal',
            scope: 'window',
            enumDescriptions: [
                'Everything, with the figures of confidential KPIs.',
                'What everyone may see: the figures of confidential KPIs and what is computed from them are hidden, confidential OKRs are left out.'
            ],
            markdownDescription: 'Who the scorecard preview is for when it opens, as `strat scorecard --audience` does. '
                + '**Strat: Preview as Everyone** and **Strat: Preview as Internal** (the lock button on the preview) switch the open previews until the window reloads; '
                + '**Export Scorecard…** exports what the preview shows.'
        },
        'strat.trace.server': {
            type: 'string',
            enum: ['off', 'messages', 'verbose'],
            default: 'off',
            scope: 'window',
            enumDescriptions: [
                'No tracing.',
                'Trace the names of the messages between VS Code and the Strat language server.',
                'Trace the messages with their contents.'
            ],
            markdownDescription: 'Traces the communication between VS Code and the Strat language server in the **Strat** output channel (for troubleshooting).'
        }
    };
}

const SETTING_DESCRIPTIONS = {
    off: 'Do not report this rule.',
    hint: 'Report as a hint (a faint underline, not listed in the Problems panel).',
    information: 'Report as information.',
    warning: 'Report as a warning.',
    error: 'Report as an error.'
};

const GROUPS = [
    { severity: 'error', title: 'Strat: errors' },
    { severity: 'warning', title: 'Strat: warnings' },
    { severity: 'info', title: 'Strat: information' },
    { severity: 'hint', title: 'Strat: hints' }
];

function sentence(text) {
    const trimmed = text.trim();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** VS Code's word for a severity: `information` where the CLI and the rule table say `info` (the server takes both). */
export function settingWord(setting) {
    return setting === 'info' ? 'information' : setting;
}

/** The setting for one rule: its severity, defaulting to the table's. */
export function ruleSetting(code, rule, settings, order) {
    const step = rule.step > 0 ? ` (step ${rule.step} of the seven-step OKR model)` : '';
    const words = settings.map(settingWord);
    return {
        type: 'string',
        enum: words,
        enumDescriptions: words.map((setting) => SETTING_DESCRIPTIONS[setting] ?? setting),
        default: settingWord(rule.severity),
        scope: 'resource',
        order,
        markdownDescription: `\`${code}\`${step}. **When:** ${sentence(rule.when)} `
            + `**Shown at:** ${sentence(rule.reportedAt)}\n\n${sentence(rule.rationale)}`
    };
}

/** `contributes.configuration` for the given rule table. */
export function configurationContribution({ RULES, RULE_CODES, RULE_SETTINGS }) {
    const general = { title: 'Strat', properties: generalSettings(RULES) };
    const groups = GROUPS.map(({ severity, title }) => {
        const properties = {};
        RULE_CODES.forEach((code, index) => {
            const rule = RULES[code];
            if (rule.severity === severity) {
                properties[`strat.rules.${code}`] = ruleSetting(code, rule, RULE_SETTINGS, index);
            }
        });
        return { title, properties };
    }).filter((group) => Object.keys(group.properties).length > 0);
    const unknown = RULE_CODES.filter((code) => !GROUPS.some((group) => group.severity === RULES[code].severity));
    if (unknown.length > 0) {
        throw new Error(`Rules with an unknown default severity: ${unknown.join(', ')}`);
    }
    return [general, ...groups];
}

async function main() {
    if (!existsSync(ruleTablePath)) {
        throw new Error(`${ruleTablePath} is missing: build the language package first (npm run build at the repository root, or tsc -b).`);
    }
    const table = await import(pathToFileURL(ruleTablePath).href);
    const text = await readFile(manifestPath, 'utf8');
    const manifest = JSON.parse(text);
    manifest.contributes = { ...manifest.contributes, configuration: configurationContribution(table) };
    const updated = `${JSON.stringify(manifest, null, 2)}\n`;
    if (process.argv.includes('--check')) {
        if (updated !== text) {
            console.error('packages/extension/package.json: contributes.configuration is out of date with the rule table; run npm run build.');
            process.exitCode = 1;
        }
        return;
    }
    if (updated !== text) {
        await writeFile(manifestPath, updated);
        console.log(`contributes.configuration: ${table.RULE_CODES.length} rule settings written to package.json`);
    } else {
        console.log(`contributes.configuration: up to date (${table.RULE_CODES.length} rules)`);
    }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    main().catch((error) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
    });
}
