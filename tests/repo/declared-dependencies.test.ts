/**
 * Every package imports only what its own package.json declares: a package that works only
 * because a sibling happens to install a module breaks as soon as it is installed on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.js';

/** Modules a package may use without declaring them: Node's own, and what the host provides. */
const PROVIDED: Record<string, ReadonlySet<string>> = {
    // VS Code provides `vscode` to its extensions at run time (typed by @types/vscode).
    extension: new Set(['vscode'])
};

// One statement's specifier: `import … from '…'` may span lines (a long import list), but not a
// `{` block — so an `export class …` whose comments quote `from "…"` is not an import.
// Also `require.resolve('…')`, the way a build script finds a tool's files.
const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'"{}]*?\{[^'"{}]*\}[^'"{}]*?\sfrom\s|[^'"{}]*?\sfrom\s)?['"]([^'"]+)['"]|(?:import|\.resolve)\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(file => /\.(ts|mts|js|mjs)$/.test(file) && !file.endsWith('.d.ts') && !file.includes('generated'))
        .map(file => path.join(folder, file));
}

/** `langium/lsp` → `langium`, `@strat/language/render` → `@strat/language`. */
function packageName(specifier: string): string {
    const parts = specifier.split('/');
    return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function importedPackages(text: string): Set<string> {
    const found = new Set<string>();
    for (const match of text.matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2];
        if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
        found.add(packageName(specifier));
    }
    return found;
}

describe('declared dependencies', () => {
    it('reads import and export specifiers the way the check needs', () => {
        expect([...importedPackages(`import { a } from 'langium/lsp';\nimport type { B } from "@strat/language/render";\nexport * from './x.js';\nimport 'node:fs';\nconst c = await import('commander');\nconst d = require.resolve('@vscode/vsce/package.json');`)])
            .toEqual(['langium', '@strat/language', 'commander', '@vscode/vsce']);
    });

    for (const name of readdirSync(path.join(REPO_ROOT, 'packages'))) {
        const folder = path.join(REPO_ROOT, 'packages', name);
        it(`packages/${name} imports only what its package.json declares`, () => {
            const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
                dependencies?: Record<string, string>; devDependencies?: Record<string, string>;
            };
            const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {}), ...(PROVIDED[name] ?? [])]);
            const undeclared: string[] = [];
            // the build scripts too: a package must build with what it declares
            const topLevel = readdirSync(folder).filter(file => /\.(mjs|js)$/.test(file)).map(file => path.join(folder, file));
            for (const folderName of ['src', 'bin', 'preview-src', 'scripts', '.']) {
                let files: string[];
                try { files = folderName === '.' ? topLevel : sourceFiles(path.join(folder, folderName)); } catch { continue; }
                for (const file of files) {
                    for (const imported of importedPackages(readFileSync(file, 'utf8'))) {
                        if (!declared.has(imported)) undeclared.push(`${path.relative(REPO_ROOT, file)} imports '${imported}'`);
                    }
                }
            }
            expect(undeclared, 'add these to the package\'s own package.json').toEqual([]);
        });
    }
});
