/**
 * The editor's `strat` settings (`strat.rules.<code>`, `strat.maxActiveOkrsPerOwner`,
 * `strat.checkinDays`), read through Langium's ConfigurationProvider into the editor's layer of
 * the settings (below strat.json and the command line). Invalid values are logged and left to
 * the next layer.
 */
import type { ConfigurationProvider } from 'langium';
import { RULES, RULE_SETTINGS, isRuleCode, toRuleSetting, type RuleSetting } from '../diagnostics/rule-table.js';
import type { StratServices } from '../strat-module.js';
import { DEFAULT_CHECKIN_DAYS, DEFAULT_MAX_OKRS_PER_OWNER, type SettingsLayer } from './settings-layers.js';
import type { StratSettings } from './strat-settings.js';

/** The settings section: VS Code sends `strat.rules.kr-count` as `{ strat: { rules: { 'kr-count': … } } }`. */
export const SETTINGS_SECTION = 'strat';

/** Reads a `strat` settings section into a settings layer; what is invalid is reported through `warn` and left out. */
export function readEditorSettings(section: unknown, warn: (message: string) => void): SettingsLayer {
    const layer: SettingsLayer = {};
    if (!isRecord(section)) {
        return layer;
    }
    const rules: Record<string, unknown> = {};
    if (isRecord(section.rules)) {
        Object.assign(rules, section.rules);
    } else if (section.rules !== undefined && section.rules !== null) {
        warn('Setting strat.rules should map rule codes to off, hint, info, warning or error; ignored.');
    }
    // Some clients send dotted keys unnested.
    for (const [key, value] of Object.entries(section)) {
        if (key.startsWith('rules.')) {
            rules[key.slice('rules.'.length)] = value;
        }
    }
    const valid: Record<string, RuleSetting> = {};
    for (const [code, given] of Object.entries(rules)) {
        const value = toRuleSetting(given);
        if (!isRuleCode(code)) {
            warn(`Setting strat.rules.${code}: there is no rule '${code}'; ignored.`);
        } else if (value !== undefined) {
            valid[code] = value;
        } else if (given !== undefined && given !== null) {
            warn(`Setting strat.rules.${code}: ${JSON.stringify(given)} is not one of ${RULE_SETTINGS.join(', ')}; using the default (${RULES[code].severity}).`);
        }
    }
    if (Object.keys(valid).length > 0) {
        layer.rules = valid;
    }
    layer.maxOkrsPerOwner = wholeNumber(section, 'maxActiveOkrsPerOwner', DEFAULT_MAX_OKRS_PER_OWNER, warn);
    layer.checkinDays = wholeNumber(section, 'checkinDays', DEFAULT_CHECKIN_DAYS, warn);
    return Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined)) as SettingsLayer;
}

function wholeNumber(section: Record<string, unknown>, key: string, fallback: number, warn: (message: string) => void): number | undefined {
    const value = section[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) {
        return value;
    }
    if (value !== undefined && value !== null) {
        warn(`Setting strat.${key}: ${JSON.stringify(value)} is not a whole number of at least 1; using the default (${fallback}).`);
    }
    return undefined;
}

export class StratConfiguration {
    private readonly provider: ConfigurationProvider;
    private readonly settings: StratSettings;
    private readonly warn: (message: string) => void;
    private applied: string | undefined;

    constructor(services: StratServices, warn?: (message: string) => void) {
        const shared = services.shared;
        this.provider = shared.workspace.ConfigurationProvider;
        this.settings = services.config.Settings;
        const connection = shared.lsp.Connection;
        this.warn = warn ?? (message => connection ? connection.console.warn(message) : console.warn(message));
    }

    /** Follows the settings: once when the client has sent them, then on every change. */
    start(): void {
        this.provider.onConfigurationSectionUpdate(update => {
            if (update.section === SETTINGS_SECTION) {
                this.apply(update.configuration);
            }
        });
        void this.provider.ready.then(async () => {
            const section: Record<string, unknown> = {};
            for (const key of ['rules', 'maxActiveOkrsPerOwner', 'checkinDays']) {
                const value: unknown = await this.provider.getConfiguration(SETTINGS_SECTION, key);
                if (value !== undefined) section[key] = value;
            }
            // No editor settings (CLI, tests): leave the editor's layer empty.
            if (Object.keys(section).length > 0) {
                this.apply(section);
            }
        });
    }

    /** Applies a `strat` settings section; the settings tell their listeners (which re-validate) if anything changed. */
    apply(section: unknown): void {
        const layer = readEditorSettings(section, this.warn);
        const key = JSON.stringify(layer);
        if (key === this.applied) {
            return;
        }
        this.applied = key;
        this.settings.setEditor(layer);
    }
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
