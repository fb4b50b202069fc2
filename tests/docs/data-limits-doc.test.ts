/** The data-file limits the reference states are the readers' own (packages/language/src/data/data-limits.ts). */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_LIMITS, megabytes } from '../../packages/language/src/data/data-limits.js';
import { REPO_ROOT } from '../support/paths.js';

const reference = readFileSync(path.join(REPO_ROOT, 'docs', 'language.md'), 'utf8');
const limits = reference.slice(reference.indexOf('**Limits**'), reference.indexOf('### In the editor'));

describe('data-file limits in docs/language.md', () => {
    it.each([
        ['a CSV file', `${megabytes(DATA_LIMITS.csvBytes)} and ${DATA_LIMITS.csvCells / 1_000_000} million cells`],
        ['a cell', `${DATA_LIMITS.cellChars.toLocaleString('en-US')} characters`],
        ['an .xlsx file', `${megabytes(DATA_LIMITS.xlsxBytes)}; once unpacked, ${megabytes(DATA_LIMITS.xlsxUnpackedBytes)} in all and ${megabytes(DATA_LIMITS.xlsxSheetBytes)} of sheet data`],
        ['its parts', `${DATA_LIMITS.xlsxEntries.toLocaleString('en-US')}, each unpacking to at most ${DATA_LIMITS.xlsxRatio} times`]
    ])('%s: %s', (_what, text) => {
        expect(limits).toContain(text);
    });
});
