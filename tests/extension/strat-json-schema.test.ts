/**
 * The JSON schema the extension contributes for strat.json (so VS Code completes and checks it)
 * says what the language package's reader of strat.json accepts: the same keys, every rule code,
 * the same severities. Generated from them by packages/extension/scripts/strat-json-schema.mjs.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import * as ruleTable from '../../packages/language/src/diagnostics/rule-table.js';
import * as stratJson from '../../packages/language/src/config/strat-json.js';
import { REPO_ROOT } from '../support/paths.js';
// @ts-expect-error a plain .mjs script without types
import { stratJsonSchema } from '../../packages/extension/scripts/strat-json-schema.mjs';

const schema = (stratJsonSchema as (keys: typeof stratJson, table: typeof ruleTable) => object)(stratJson, ruleTable);
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Whether the schema and the reader agree on a text: both accept it, or both find problems. */
function agree(text: string): { schema: boolean; reader: boolean } {
    return { schema: validate(JSON.parse(text)) === true, reader: stratJson.readStratJson(text).problems.length === 0 };
}

describe('the strat.json schema', () => {
    it('is contributed for every strat.json, and is the generated one', () => {
        const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'extension', 'package.json'), 'utf8')) as { contributes: { jsonValidation: unknown } };
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'strat.json', url: './schemas/strat.schema.json' }]);
        const written = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'extension', 'schemas', 'strat.schema.json'), 'utf8')) as object;
        expect(written).toEqual(schema);
    });

    it('has the keys the reader knows, and every rule code', () => {
        const properties = (schema as { properties: Record<string, { properties?: Record<string, unknown> }> }).properties;
        expect(Object.keys(properties).sort()).toEqual([stratJson.SCHEMA_KEY, ...Object.keys(stratJson.STRAT_JSON_KEYS)].sort());
        expect(Object.keys(properties.rules.properties ?? {}).sort()).toEqual([...ruleTable.RULE_CODES].sort());
    });

    it('accepts what the reader accepts and rejects what it reports', () => {
        for (const text of [
            '{}',
            '{ "asOf": "2026-08-17", "rules": { "kpi-no-frequency": "off", "kr-activity": "information" }, "maxOkrsPerOwner": 2, "checkinDays": 21 }',
            '{ "$schema": "https://example.org/strat.schema.json", "asOf": "2026-08-17" }'
        ]) {
            expect(agree(text), text).toEqual({ schema: true, reader: true });
        }
        for (const text of [
            '{ "asof": "2026-08-17" }',
            '{ "asOf": "17/08/2026" }',
            '{ "rules": { "kpi-no-frequncy": "off" } }',
            '{ "rules": { "kr-count": "loud" } }',
            '{ "maxOkrsPerOwner": 0 }',
            '{ "checkinDays": 1.5 }',
            '{ "$schema": 1 }'
        ]) {
            expect(agree(text), text).toEqual({ schema: false, reader: false });
        }
    });
});
