#!/usr/bin/env node
/**
 * GENERATES `schemas/strat.schema.json`, the JSON schema of a project's `strat.json` that the
 * extension contributes (`contributes.jsonValidation`), so VS Code completes and checks it. Its
 * keys and descriptions come from the language package's reader of strat.json, its rule codes
 * and severities from the rule table: the editor's schema and the checks never disagree.
 *
 *   node scripts/strat-json-schema.mjs           rewrite the schema if it changed
 *   node scripts/strat-json-schema.mjs --check   exit 1 if the schema is out of date
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = join(here, '..', 'schemas', 'strat.schema.json');
const languageOut = join(here, '..', '..', 'language', 'out');

/** The schema for these keys and rules. */
export function stratJsonSchema({ STRAT_JSON_KEYS }, { RULES, RULE_CODES, RULE_SETTINGS }) {
    const severity = { enum: [...RULE_SETTINGS, 'information'] };
    const describe = (key) => STRAT_JSON_KEYS[key].description;
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'Strat project configuration (strat.json)',
        description: 'Read by `strat check`, `strat scorecard` and the Strat language server alike. Generated from the language package; do not edit.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string', description: 'The address of this JSON schema, for editors that read it from the file (VS Code knows it already).' },
            asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: describe('asOf'), examples: ['2026-08-17'] },
            rules: {
                type: 'object',
                description: describe('rules'),
                additionalProperties: false,
                properties: Object.fromEntries(RULE_CODES.map((code) => [code, { ...severity, description: `${RULES[code].when} (default: ${RULES[code].severity}).` }]))
            },
            maxOkrsPerOwner: { type: 'integer', minimum: 1, default: RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner, description: describe('maxOkrsPerOwner') },
            checkinDays: { type: 'integer', minimum: 1, default: RULES['checkin-stale'].parameters.checkinDays, description: describe('checkinDays') }
        }
    };
}

async function main() {
    const keysPath = join(languageOut, 'config', 'strat-json.js');
    const tablePath = join(languageOut, 'diagnostics', 'rule-table.js');
    if (!existsSync(keysPath) || !existsSync(tablePath)) {
        throw new Error('The language package is not built: run npm run build at the repository root (or tsc -b).');
    }
    const schema = stratJsonSchema(await import(pathToFileURL(keysPath).href), await import(pathToFileURL(tablePath).href));
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    const current = existsSync(schemaPath) ? await readFile(schemaPath, 'utf8') : '';
    if (process.argv.includes('--check')) {
        if (current !== text) {
            console.error('packages/extension/schemas/strat.schema.json is out of date with the language package; run npm run build.');
            process.exitCode = 1;
        }
        return;
    }
    if (current !== text) {
        await mkdir(dirname(schemaPath), { recursive: true });
        await writeFile(schemaPath, text);
        console.log('schemas/strat.schema.json written');
    }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    main().catch((error) => {
        console.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
    });
}
