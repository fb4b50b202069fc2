import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
/** The shared conformance cases live beside the repository (../shared/conformance), or where STRAT_CONFORMANCE_DIR says. */
export const CONFORMANCE_DIR = process.env.STRAT_CONFORMANCE_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'conformance');
export const CLI_BIN = path.join(REPO_ROOT, 'packages', 'cli', 'bin', 'strat.js');
