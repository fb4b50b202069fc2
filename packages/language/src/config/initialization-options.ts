/**
 * What a client may say in `initializationOptions` (docs/architecture.md#clients). Every field is
 * optional and anything malformed is ignored: a client that sends nothing gets a server for a
 * plain LSP editor (Neovim, Helix); the VS Code extension says what else it handles.
 */
import type { InitializeParams } from 'vscode-languageserver';
import { SETTINGS_SECTION } from './editor-settings.js';

export interface StratInitializationOptions {
    /** False in VS Code's Restricted Mode: no data file is read (docs/language.md#data-files). */
    trusted?: boolean;
    /** Commands the client runs itself, such as `strat.openScorecard` (the preview): code lenses may use them. */
    clientCommands?: string[];
    /** Strat's own server → client notifications the client handles, such as `strat/validated`. */
    clientNotifications?: string[];
    /**
     * The `strat` settings section, as `workspace/configuration` would answer it
     * (`{ rules: { 'kr-count': 'off' }, checkinDays: 21 }`): Helix's `config = { strat = … }`.
     */
    [SETTINGS_SECTION]?: unknown;
}

export function readInitializationOptions(params: Pick<InitializeParams, 'initializationOptions'>): StratInitializationOptions {
    const given: unknown = params.initializationOptions;
    if (typeof given !== 'object' || given === null || Array.isArray(given)) return {};
    const raw = given as Record<string, unknown>;
    const options: StratInitializationOptions = {};
    if (typeof raw.trusted === 'boolean') options.trusted = raw.trusted;
    const commands = strings(raw.clientCommands);
    if (commands) options.clientCommands = commands;
    const notifications = strings(raw.clientNotifications);
    if (notifications) options.clientNotifications = notifications;
    if (raw[SETTINGS_SECTION] !== undefined) options[SETTINGS_SECTION] = raw[SETTINGS_SECTION];
    return options;
}

function strings(value: unknown): string[] | undefined {
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}
