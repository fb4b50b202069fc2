/**
 * The editor's `strat` settings (`strat.rules.<code>`, `strat.maxActiveOkrsPerOwner`), read
 * through Langium's ConfigurationProvider and pushed into RuleSettings; every open file is then
 * validated again at once. Invalid values are logged and fall back to the defaults.
 */
import type { ConfigurationProvider, WorkspaceLock } from 'langium';
import { RULES, RULE_SETTINGS, isRuleCode, toRuleSetting, type RuleSetting } from '../diagnostics/rule-table.js';
import type { StratServices } from '../strat-module.js';
import type { StratDocumentBuilder } from '../workspace/strat-document-builder.js';
import { DEFAULT_MAX_ACTIVE_OKRS_PER_OWNER, type RuleSettings } from './rule-settings.js';

/** The settings section: VS Code sends `strat.rules.kr-count` as `{ strat: { rules: { 'kr-count': … } } }`. */
export const SETTINGS_SECTION = 'strat';

export interface StratSettings {
    rules: Record<string, RuleSetting>;
    maxActiveOkrsPerOwner: number;
}

/** Reads a `strat` settings section; what is invalid is reported through `warn` and left at its default. */
export function readStratSettings(section: unknown, warn: (message: string) => void): StratSettings {
    const settings: StratSettings = { rules: {}, maxActiveOkrsPerOwner: DEFAULT_MAX_ACTIVE_OKRS_PER_OWNER };
    if (!isRecord(section)) {
        return settings;
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
    for (const [code, given] of Object.entries(rules)) {
        const value = toRuleSetting(given);
        if (!isRuleCode(code)) {
            warn(`Setting strat.rules.${code}: there is no rule '${code}'; ignored.`);
        } else if (value !== undefined) {
            settings.rules[code] = value;
        } else if (given !== undefined && given !== null) {
            warn(`Setting strat.rules.${code}: ${JSON.stringify(given)} is not one of ${RULE_SETTINGS.join(', ')}; using the default (${RULES[code].severity}).`);
        }
    }
    const limit = section.maxActiveOkrsPerOwner;
    if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1) {
        settings.maxActiveOkrsPerOwner = limit;
    } else if (limit !== undefined && limit !== null) {
        warn(`Setting strat.maxActiveOkrsPerOwner: ${JSON.stringify(limit)} is not a whole number of at least 1; using the default (${DEFAULT_MAX_ACTIVE_OKRS_PER_OWNER}).`);
    }
    return settings;
}

export class StratConfiguration {
    private readonly provider: ConfigurationProvider;
    private readonly settings: RuleSettings;
    private readonly builder: StratDocumentBuilder;
    private readonly lock: WorkspaceLock;
    private readonly warn: (message: string) => void;
    private applied: string | undefined;

    constructor(services: StratServices, warn?: (message: string) => void) {
        const shared = services.shared;
        this.provider = shared.workspace.ConfigurationProvider;
        this.settings = services.rules.RuleSettings;
        this.builder = shared.workspace.DocumentBuilder as StratDocumentBuilder;
        this.lock = shared.workspace.WorkspaceLock;
        const connection = shared.lsp.Connection;
        this.warn = warn ?? (message => connection ? connection.console.warn(message) : console.warn(message));
    }

    /** Follows the settings: once when the client has sent them, then on every change. */
    start(): void {
        this.provider.onConfigurationSectionUpdate(update => {
            if (update.section === SETTINGS_SECTION) {
                void this.apply(update.configuration);
            }
        });
        void this.provider.ready.then(async () => {
            const rules: unknown = await this.provider.getConfiguration(SETTINGS_SECTION, 'rules');
            const maxActiveOkrsPerOwner: unknown = await this.provider.getConfiguration(SETTINGS_SECTION, 'maxActiveOkrsPerOwner');
            // No editor settings (CLI, tests): leave what the caller set in RuleSettings alone.
            if (rules !== undefined || maxActiveOkrsPerOwner !== undefined) {
                await this.apply({ rules, maxActiveOkrsPerOwner });
            }
        });
    }

    /** Applies a `strat` settings section and re-validates every document if anything changed. */
    async apply(section: unknown): Promise<void> {
        const settings = readStratSettings(section, this.warn);
        const key = JSON.stringify(settings);
        if (key === this.applied) {
            return;
        }
        this.applied = key;
        this.settings.update(settings);
        await this.lock.write(token => this.builder.revalidateAll(token));
    }
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
