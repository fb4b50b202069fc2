/** A validator for SARIF 2.1.0 logs: the official schema (tests/cli/sarif/README.md) through Ajv. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from './paths.js';

const SCHEMA = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests', 'cli', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;

/** Ajv with the formats the schema uses (uri, uri-reference, date-time, uuid) checked, not ignored. */
export function sarifValidator() {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    return ajv.compile(SCHEMA);
}
