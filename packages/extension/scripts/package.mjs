#!/usr/bin/env node
/**
 * Packages the built extension into `strat-<version>.vsix` (in packages/extension) with vsce,
 * without dependency detection: dist/ holds self-contained bundles. Checks first that every
 * file the manifest refers to exists, then prints the package's size.
 * Run `npm run build` first (the root `npm run package` does both).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const vsixName = `${manifest.name}-${manifest.version}.vsix`;

/** Every file a user's VS Code will load from the package. */
function referencedFiles() {
    const contributes = manifest.contributes ?? {};
    const files = [manifest.main, manifest.icon, 'dist/server.cjs', 'dist/preview/preview.js', 'dist/preview/preview.css', 'README.md', 'CHANGELOG.md', 'LICENSE'];
    for (const language of contributes.languages ?? []) {
        files.push(language.configuration, language.icon?.light, language.icon?.dark);
    }
    for (const grammar of contributes.grammars ?? []) {
        files.push(grammar.path);
    }
    for (const snippet of contributes.snippets ?? []) {
        files.push(snippet.path);
    }
    return [...new Set(files.filter((file) => typeof file === 'string'))];
}

const missing = referencedFiles().filter((file) => !existsSync(join(here, file)));
if (missing.length > 0) {
    console.error(`Cannot package ${vsixName}: missing ${missing.join(', ')}`);
    console.error('(dist/ and syntaxes/ come from `npm run build`; the others are written by hand.)');
    process.exit(1);
}

const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsixName], { cwd: here, stdio: 'inherit' });
if (result.status !== 0) {
    process.exit(result.status ?? 1);
}
const bytes = statSync(join(here, vsixName)).size;
console.log(`${vsixName}: ${(bytes / 1024).toFixed(1)} KiB (${bytes} bytes) in ${here}`);
