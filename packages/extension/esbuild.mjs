#!/usr/bin/env node
/**
 * Bundles the extension for VS Code (CommonJS, Node 20 as in VS Code's extension host):
 *   src/extension.ts                        → dist/extension.cjs  (`vscode` stays external)
 *   ../language/src/main.ts (the server)    → dist/server.cjs     (Langium 4 is ESM-only: bundled in)
 *   preview-src/ (the preview page)         → dist/preview/preview.js + preview.css (for the webview:
 *                                             scripts/preview-bundle.mjs)
 * and copies the TextMate grammar into the extension folder (vsce packs only this folder).
 *
 *   node esbuild.mjs [--dev] [--sourcemap] [--watch]
 *     --dev        no minification
 *     --sourcemap  write source maps (never packaged: .vscodeignore drops them)
 *     --watch      rebuild on change
 */
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { previewBundleOptions } from './scripts/preview-bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const sourcemap = args.has('--sourcemap');
const watch = args.has('--watch');

// ESM sources read `import.meta.url` (Langium, and our own files); in a CommonJS bundle
// esbuild would leave it empty. Point it at the bundle file instead.
const importMetaUrlShim = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: !dev,
    sourcemap: sourcemap ? 'linked' : false,
    sourcesContent: false,
    legalComments: 'none',
    // Warnings and errors only: a normal build is quiet (the bundle sizes are not news).
    logLevel: 'warning',
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: importMetaUrlShim },
    // ES modules first: a package's UMD "main" (jsonc-parser's) loads its parts with a require()
    // esbuild cannot follow, and the bundled server would not start.
    mainFields: ['module', 'main']
};

const builds = [
    {
        ...common,
        entryPoints: { extension: join(here, 'src', 'extension.ts') },
        outdir: join(here, 'dist'),
        outExtension: { '.js': '.cjs' },
        external: ['vscode']
    },
    {
        ...common,
        entryPoints: { server: join(repoRoot, 'packages', 'language', 'src', 'main.ts') },
        outdir: join(here, 'dist'),
        outExtension: { '.js': '.cjs' }
    },
    previewBundleOptions({ minify: !dev, sourcemap })
];

/** The TextMate grammar lives at the repository root; the extension ships a copy. */
async function copyGrammar() {
    const source = join(repoRoot, 'syntaxes', 'strat.tmLanguage.json');
    const target = join(here, 'syntaxes', 'strat.tmLanguage.json');
    if (!existsSync(source)) {
        console.warn(`warning: ${relative(repoRoot, source)} does not exist yet; the extension will have no syntax colouring.`);
        return;
    }
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
}

await copyGrammar();
if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    console.log('esbuild: watching for changes…');
} else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
}
