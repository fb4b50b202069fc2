/**
 * Langium's configuration provider, fitted to what the client says it can do:
 * - `workspace/didChangeConfiguration` is registered dynamically only when the client supports
 *   that registration (Neovim and Helix do not, and warn when asked);
 * - `workspace/configuration` is asked only when the client supports it (Langium already checks);
 * - settings the client gives without being asked count too: the `strat` section of
 *   `initializationOptions` (Helix's `config = { strat = … }`) at start, and every
 *   `workspace/didChangeConfiguration` push (`settings = { strat = … }` in Neovim) later;
 * - a client that answers `workspace/configuration` with nothing (null) keeps what it gave before.
 */
import { DefaultConfigurationProvider, type ConfigurationInitializedParams } from 'langium';
import type { InitializeParams } from 'vscode-languageserver';
import { readInitializationOptions } from './initialization-options.js';
import { SETTINGS_SECTION } from './editor-settings.js';

export class StratConfigurationProvider extends DefaultConfigurationProvider {
    private canRegister = false;

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        this.canRegister = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
        const section = readInitializationOptions(params)[SETTINGS_SECTION];
        if (section !== undefined) this.updateSectionConfiguration(SETTINGS_SECTION, section);
    }

    override initialized(params: ConfigurationInitializedParams): Promise<void> {
        return super.initialized(this.canRegister ? params : { ...params, register: undefined });
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        if (configuration === null || configuration === undefined) return;
        super.updateSectionConfiguration(section, configuration);
    }
}
