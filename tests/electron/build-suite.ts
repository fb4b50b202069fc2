/**
 * Bundles the in-editor suite (tests/electron/suite) to CommonJS for VS Code's extension host:
 * `out/suite/index.cjs` (the `extensionTestsPath`) and one `*.test.cjs` per test file.
 * `vscode` stays external (the extension host provides it); so does mocha, loaded from this
 * checkout's node_modules as CommonJS (mocha 12's `index.js` is ESM).
 */
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const ELECTRON_TESTS_DIR = dirname(fileURLToPath(import.meta.url));
export const SUITE_OUT_DIR = join(ELECTRON_TESTS_DIR, 'out', 'suite');
/** What VS Code loads as `extensionTestsPath`. */
export const SUITE_ENTRY = join(SUITE_OUT_DIR, 'index.cjs');

const mochaCommonJs = join(dirname(createRequire(import.meta.url).resolve('mocha/package.json')), 'lib', 'mocha.cjs');

/** `import Mocha from 'mocha'` → `require('<abs>/mocha/lib/mocha.cjs')`. */
const mochaAsCommonJs: esbuild.Plugin = {
    name: 'mocha-as-commonjs',
    setup(build) {
        build.onResolve({ filter: /^mocha$/ }, () => ({ path: mochaCommonJs, external: true }));
    }
};

export async function buildSuite(): Promise<string> {
    const suiteDir = join(ELECTRON_TESTS_DIR, 'suite');
    const entryPoints = readdirSync(suiteDir).filter((name) => name === 'index.ts' || name.endsWith('.test.ts')).map((name) => join(suiteDir, name));
    rmSync(SUITE_OUT_DIR, { recursive: true, force: true });
    await esbuild.build({
        entryPoints,
        outdir: SUITE_OUT_DIR,
        outExtension: { '.js': '.cjs' },
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        sourcemap: 'inline',
        external: ['vscode'],
        plugins: [mochaAsCommonJs],
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        logLevel: 'warning'
    });
    return SUITE_ENTRY;
}
