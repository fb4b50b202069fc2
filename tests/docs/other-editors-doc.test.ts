/**
 * README's "Other editors" snippets are copied into editors' configuration as they are: the
 * server they start, the settings they send and the Node version they ask for must be the real
 * ones. (scripts/editors/ drives real Neovim and Helix with them; that is a manual check.)
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditorSettings, SETTINGS_SECTION } from '../../packages/language/src/config/editor-settings.js';
import { REPO_ROOT } from '../support/paths.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const section = readme.split(/^## /m).find(part => part.startsWith('Other editors\n')) ?? '';
const blocks = (language: string): string[] => [...section.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map(match => match[1]);
const languagePackage = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'language', 'package.json'), 'utf8')) as { bin: Record<string, string>; engines: { node: string } };

describe('README: Other editors', () => {
    it('has the Neovim set-up, its file-watching lines, and Helix\'s languages.toml and config.toml', () => {
        expect(blocks('lua')).toHaveLength(2);
        expect(blocks('toml')).toHaveLength(2);
    });

    it('starts the server the package publishes, with --stdio', () => {
        const bin = languagePackage.bin['strat-language-server'];
        expect(existsSync(path.join(REPO_ROOT, 'packages', 'language', bin))).toBe(true);
        const [neovim] = blocks('lua');
        const [helix] = blocks('toml');
        expect(neovim).toContain(`'node', '/path/to/strat/packages/language/${bin}', '--stdio'`);
        expect(helix).toContain(`args = ["/path/to/strat/packages/language/${bin}", "--stdio"]`);
        expect(section).toContain('`strat-language-server` command');
    });

    it('sends settings in the section and shape the server reads, for rules that exist', () => {
        const [neovim] = blocks('lua');
        const [helix] = blocks('toml');
        const lua = /settings = \{ (\w+) = \{ rules = \{ \['([\w-]+)'\] = '(\w+)' \} \} \}/.exec(neovim);
        const toml = /config = \{ (\w+) = \{ rules = \{ ([\w-]+) = "(\w+)" \} \} \}/.exec(helix);
        for (const found of [lua, toml]) {
            expect(found?.[1]).toBe(SETTINGS_SECTION);
            const warnings: string[] = [];
            expect(readEditorSettings({ rules: { [found![2]]: found![3] } }, warning => warnings.push(warning))).toEqual({ rules: { [found![2]]: found![3] } });
            expect(warnings).toEqual([]);
        }
    });

    it('asks for the Node version the packages require', () => {
        const minimum = /^>=(\d+\.\d+)\.0$/.exec(languagePackage.engines.node)?.[1];
        expect(minimum).toBeDefined();
        expect(section).toContain(`Node.js ≥ ${minimum}`);
        expect(readme.split(/^## /m).find(part => part.startsWith('Install\n'))).toContain(`Node.js ≥ ${minimum}`);
    });
});
