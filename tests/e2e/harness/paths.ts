/** Where things are: the repository, the packaged extension, the test results. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const EXTENSION_DIR = join(REPO_ROOT, 'packages', 'extension');
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
export const RESULTS_DIR = join(REPO_ROOT, 'test-results', 'e2e');
export const CHROMIUM = process.env.STRAT_CHROMIUM ?? '/usr/bin/chromium';

interface ExtensionManifest {
    name: string;
    version: string;
    publisher: string;
}

export function extensionManifest(): ExtensionManifest {
    return JSON.parse(readFileSync(join(EXTENSION_DIR, 'package.json'), 'utf8')) as ExtensionManifest;
}

/** The packaged extension (`npm run package`), or `$STRAT_VSIX`. */
export function packagedExtension(): string {
    const { name, version } = extensionManifest();
    const vsix = process.env.STRAT_VSIX ?? join(EXTENSION_DIR, `${name}-${version}.vsix`);
    if (!existsSync(vsix)) {
        throw new Error(`${vsix} does not exist: run \`npm run package\` first (\`npm run test:e2e\` does).`);
    }
    return vsix;
}

export function requireChromium(): string {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`${CHROMIUM} does not exist: install Debian's chromium (sh .ci/e2e-system-deps.sh).`);
    }
    return CHROMIUM;
}

/** A file-name-safe form of a test's name. */
export function slug(text: string): string {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 100);
}
