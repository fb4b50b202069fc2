/**
 * The manifest declares the preview the way the code and the language server use it: every
 * command the extension registers (and the code lens' command) with a title in the "Strat"
 * category, Ctrl+K V / Cmd+K V in a .strat editor, the editor-title button, and the custom
 * semantic token modifier `rewarded` that the server sends; and the package ships the preview
 * page's script and stylesheet, which esbuild writes into the webview's only resource folder.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../packages/extension/src/commands/command-ids.js';
import { SCORECARD_VIEW_TYPE } from '../../packages/extension/src/preview/scorecard-view-type.js';
import { AUDIENCE_CONTEXT_KEY } from '../../packages/extension/src/preview/audience-setting.js';
import { OPEN_SCORECARD_COMMAND } from '../../packages/language/src/lsp/strat-code-lens-provider.js';
import { DATA_FILE_MODIFIER, REWARDED_MODIFIER } from '../../packages/language/src/lsp/strat-semantic-token-provider.js';
import { previewBundleOptions } from '../../packages/extension/scripts/preview-bundle.mjs';
import { PREVIEW_RESOURCE_FOLDER, PREVIEW_SCRIPT, PREVIEW_STYLESHEET } from '../../packages/extension/src/preview/preview-resources.js';

interface MenuItem {
    command: string;
    when?: string;
    group?: string;
}

interface Manifest {
    activationEvents: string[];
    contributes: {
        commands: Array<{ command: string; title: string; category?: string; icon?: string }>;
        keybindings: Array<{ command: string; key: string; mac?: string; when?: string }>;
        menus: Record<string, MenuItem[]>;
        semanticTokenModifiers: Array<{ id: string; description: string }>;
    };
}

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'extension');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as Manifest;
const extensionSource = ['commands/open-scorecard.ts', 'commands/export-scorecard.ts', 'commands/preview-audience-commands.ts', 'commands/compare-scorecard.ts']
    .map((file) => readFileSync(join(extensionDir, 'src', file), 'utf8')).join('\n');

describe('the scorecard preview in the manifest', () => {
    it('declares every command the extension registers, in the Strat category', () => {
        const declared = manifest.contributes.commands;
        for (const id of Object.values(COMMANDS)) {
            const command = declared.find((candidate) => candidate.command === id);
            expect(command, `${id} is not in contributes.commands`).toBeDefined();
            expect(command?.category).toBe('Strat');
            expect(command?.title.length).toBeGreaterThan(0);
            expect(manifest.activationEvents, `${id} activates the extension`).toContain(`onCommand:${id}`);
            expect(extensionSource, `${id} is registered`).toMatch(new RegExp(`COMMANDS\\.${Object.entries(COMMANDS).find(([, value]) => value === id)?.[0]}\\b`));
        }
        expect(declared.map((command) => command.title)).toEqual(expect.arrayContaining(['Open Scorecard', 'Open Scorecard to the Side', 'Export Scorecard…']));
    });

    it('handles the OKR code lens command of the language server', () => {
        expect(COMMANDS.openScorecard).toBe(OPEN_SCORECARD_COMMAND);
    });

    it('opens the preview to the side with Ctrl+K V / Cmd+K V in a .strat editor and an editor-title button', () => {
        expect(manifest.contributes.keybindings).toContainEqual({
            command: COMMANDS.openScorecardToSide, key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorLangId == strat',
        });
        const toSide = manifest.contributes.commands.find((command) => command.command === COMMANDS.openScorecardToSide);
        expect(toSide?.icon).toBe('$(open-preview)');
        const button = manifest.contributes.menus['editor/title']?.find((item) => item.command === COMMANDS.openScorecardToSide);
        expect(button?.group).toBe('navigation');
        expect(button?.when).toContain('resourceLangId == strat');
    });

    it('shows the scope and export buttons on the preview panel itself', () => {
        const onPreview = (manifest.contributes.menus['editor/title'] ?? [])
            .filter((item) => item.when === `activeWebviewPanelId == '${SCORECARD_VIEW_TYPE}'`)
            .map((item) => item.command);
        expect(onPreview).toEqual([COMMANDS.toggleScorecardScope, COMMANDS.exportScorecard]);
    });

    it('shows on the preview panel the button of the other audience: "Preview as Everyone" while internal, "Preview as Internal" while public', () => {
        const onPreview = `activeWebviewPanelId == '${SCORECARD_VIEW_TYPE}'`;
        const buttons = (manifest.contributes.menus['editor/title'] ?? []).filter((item) => item.when?.startsWith(`${onPreview} && `));
        expect(buttons).toEqual([
            { command: COMMANDS.previewAsEveryone, when: `${onPreview} && ${AUDIENCE_CONTEXT_KEY} != 'public'`, group: 'navigation@3' },
            { command: COMMANDS.previewAsInternal, when: `${onPreview} && ${AUDIENCE_CONTEXT_KEY} == 'public'`, group: 'navigation@3' },
        ]);
        const titles = Object.fromEntries(manifest.contributes.commands.map((command) => [command.command, command.title]));
        expect([titles[COMMANDS.previewAsEveryone], titles[COMMANDS.previewAsInternal]]).toEqual(['Preview as Everyone', 'Preview as Internal']);
        const source = readFileSync(join(extensionDir, 'src', 'preview', 'preview-audience.ts'), 'utf8');
        expect(source).toMatch(/executeCommand\('setContext', AUDIENCE_CONTEXT_KEY/);
    });

    it('restores open previews after a window reload, like the Markdown preview', () => {
        expect(manifest.activationEvents).toContain(`onWebviewPanel:${SCORECARD_VIEW_TYPE}`);
        const entry = readFileSync(join(extensionDir, 'src', 'extension.ts'), 'utf8');
        expect(entry).toMatch(/registerWebviewPanelSerializer\(SCORECARD_VIEW_TYPE\b/);
    });

    it('lists the commands in the command palette', () => {
        const palette = (manifest.contributes.menus.commandPalette ?? []).map((item) => item.command);
        expect(palette).toEqual(expect.arrayContaining(Object.values(COMMANDS)));
    });

    it('declares the semantic token modifier the server sends on rewarded KPIs', () => {
        expect(manifest.contributes.semanticTokenModifiers.map((modifier) => modifier.id)).toEqual([REWARDED_MODIFIER, DATA_FILE_MODIFIER]);
    });

    it('ships the preview page’s script and stylesheet — and nothing else — from the folder esbuild writes them to', () => {
        const options = previewBundleOptions();
        const folder = PREVIEW_RESOURCE_FOLDER.join('/');
        expect(options.outdir?.replace(/\\/g, '/')).toBe(`${extensionDir.replace(/\\/g, '/')}/${folder}`);
        const entries = options.entryPoints as Array<{ in: string; out: string }>;
        const written = entries.map((entry) => `${folder}/${entry.out}${entry.in.endsWith('.css') ? '.css' : '.js'}`).sort();
        expect(written).toEqual([PREVIEW_SCRIPT.join('/'), PREVIEW_STYLESHEET.join('/')].sort());
        const vscodeIgnore = readFileSync(join(extensionDir, '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim());
        const shipped = vscodeIgnore.filter((line) => line.startsWith('!dist/')).map((line) => line.slice(1)).sort();
        expect(shipped).toEqual(['dist/extension.cjs', 'dist/server.cjs', ...written].sort());
    });
});
