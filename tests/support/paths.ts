import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
/** The project's own conformance corpus (docs/language.md#conformance-cases), always present. */
export const OWN_CONFORMANCE_DIR = path.join(REPO_ROOT, 'tests', 'conformance', 'cases');
/** The shared folder beside the repository (../shared), or where STRAT_SHARED_DIR says; a plain clone may not have it. */
export const SHARED_DIR = process.env.STRAT_SHARED_DIR ? path.resolve(process.env.STRAT_SHARED_DIR) : path.resolve(REPO_ROOT, '..', 'shared');
export const CLI_BIN = path.join(REPO_ROOT, 'packages', 'cli', 'bin', 'strat.js');
