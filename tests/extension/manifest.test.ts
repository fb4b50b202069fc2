/**
 * The VS Code extension's manifest agrees with the rule table: every diagnostic code has a
 * `strat.rules.<code>` setting whose default is the rule's severity (docs/language.md#diagnostics), and the
 * manifest refers only to files the packaged extension holds.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_CODES, RULE_SETTINGS, RULES } from '../../packages/language/src/diagnostics/rule-table.js';
import { AUDIENCES } from '../../packages/language/src/scorecard/model.js';
import { AUDIENCE_SETTING, AUDIENCE_SETTING_SECTION } from '../../packages/extension/src/preview/audience-setting.js';

interface SettingSchema {
    type?: string;
    enum?: string[];
    default?: unknown;
    minimum?: number;
    markdownDescription?: string;
    description?: string;
}

interface ConfigurationGroup {
    title?: string;
    properties?: Record<string, SettingSchema>;
}

interface Manifest {
    name: string;
    version: string;
    main: string;
    icon?: string;
    license?: string;
    categories?: string[];
    activationEvents?: string[];
    contributes: {
        languages?: Array<{ id: string; extensions?: string[]; configuration?: string }>;
        grammars?: Array<{ language: string; scopeName: string; path: string }>;
        snippets?: Array<{ language: string; path: string }>;
        configuration: ConfigurationGroup | ConfigurationGroup[];
    };
}

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'extension');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as Manifest;
const vscodeIgnore = readFileSync(join(extensionDir, '.vscodeignore'), 'utf8');

function settings(): Map<string, SettingSchema> {
    const groups = Array.isArray(manifest.contributes.configuration)
        ? manifest.contributes.configuration
        : [manifest.contributes.configuration];
    const all = new Map<string, SettingSchema>();
    for (const group of groups) {
        for (const [key, schema] of Object.entries(group.properties ?? {})) {
            expect(all.has(key), `setting ${key} is contributed twice`).toBe(false);
            all.set(key, schema);
        }
    }
    return all;
}

describe('the VS Code settings contribution matches the rule table', () => {
    it.each(RULE_CODES)('strat.rules.%s exists, defaults to the rule severity and explains the rule', (code) => {
        const schema = settings().get(`strat.rules.${code}`);
        expect(schema, `no setting strat.rules.${code} in packages/extension/package.json (run npm run build)`).toBeDefined();
        expect(schema?.type).toBe('string');
        // VS Code says `information` where the rule table and the CLI say `info`; the server takes both.
        const word = (setting: string) => (setting === 'info' ? 'information' : setting);
        expect(schema?.enum).toEqual(RULE_SETTINGS.map(word));
        expect(schema?.default, `default severity of ${code}`).toBe(word(RULES[code].severity));
        expect(schema?.markdownDescription).toContain(RULES[code].when.replace(/\.$/, ''));
        expect(schema?.markdownDescription).toContain(RULES[code].rationale.replace(/\.$/, ''));
    });

    it('has no rule setting for a code the table does not know', () => {
        const ruleSettings = [...settings().keys()].filter((key) => key.startsWith('strat.rules.'));
        const known = new Set<string>(RULE_CODES.map((code) => `strat.rules.${code}`));
        expect(ruleSettings.filter((key) => !known.has(key))).toEqual([]);
        expect(ruleSettings).toHaveLength(RULE_CODES.length);
    });

    it('offers the OKR limit per owner (the rule table\'s default, at least 1) and server tracing', () => {
        const limit = settings().get('strat.maxActiveOkrsPerOwner');
        expect(limit).toMatchObject({ type: 'number', default: RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner, minimum: 1 });
        const trace = settings().get('strat.trace.server');
        expect(trace).toMatchObject({ type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off' });
    });

    it('offers the audience the preview opens for, internal unless chosen, with the values the extension reads', () => {
        const audience = settings().get(`${AUDIENCE_SETTING_SECTION}.${AUDIENCE_SETTING}`);
        expect(audience).toMatchObject({ type: 'string', enum: [...AUDIENCES], default: 'internal' });
        expect(audience?.markdownDescription).toContain('Preview as Everyone');
    });
});

describe('the manifest describes a self-contained .strat extension', () => {
    it('contributes the strat language, its grammar and snippets', () => {
        expect(manifest.contributes.languages).toEqual([expect.objectContaining({
            id: 'strat', extensions: ['.strat'], configuration: './language-configuration.json'
        })]);
        expect(manifest.contributes.grammars).toEqual([{ language: 'strat', scopeName: 'source.strat', path: './syntaxes/strat.tmLanguage.json' }]);
        expect(manifest.contributes.snippets).toEqual([{ language: 'strat', path: './snippets/strat.json' }]);
    });

    it('activates on .strat files and loads the CommonJS bundle', () => {
        expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:strat', 'workspaceContains:**/*.strat']));
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.license).toBe('MIT');
        expect(manifest.categories).toEqual(expect.arrayContaining(['Programming Languages', 'Linters', 'Visualization']));
    });

    it('packages the bundles but no sources, source maps or node_modules', () => {
        const lines = vscodeIgnore.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
        expect(lines[0]).toBe('**');
        const included = lines.filter((line) => line.startsWith('!'));
        expect(included).toEqual(expect.arrayContaining(['!dist/extension.cjs', '!dist/server.cjs', '!syntaxes/strat.tmLanguage.json']));
        expect(included.filter((line) => /src|node_modules|\.map$|\.ts$/.test(line))).toEqual([]);
    });
});
