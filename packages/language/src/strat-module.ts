/** Service wiring: the one place that says what implements what. */
import { inject, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { StratGeneratedModule, StratGeneratedSharedModule } from './generated/module.js';
import { StratValueConverter } from './parser/strat-value-converter.js';
import { StratScopeComputation } from './references/strat-scope-computation.js';
import { StratScopeProvider } from './references/strat-scope-provider.js';
import { registerStratChecks } from './rules/strat-validator.js';
import { WorkspaceFactsProvider } from './rules/workspace-facts.js';
import { RuleSettings } from './validation/rule-settings.js';
import { StratDocumentValidator } from './validation/strat-document-validator.js';
import { StratDocumentBuilder } from './workspace/strat-document-builder.js';

export type StratAddedServices = {
    rules: {
        RuleSettings: RuleSettings;
        WorkspaceFacts: WorkspaceFactsProvider;
    };
};

export type StratServices = LangiumServices & StratAddedServices;

export const StratModule: Module<StratServices, PartialLangiumServices & StratAddedServices> = {
    rules: {
        RuleSettings: () => new RuleSettings(),
        WorkspaceFacts: (services) => new WorkspaceFactsProvider(services.shared, services.rules.RuleSettings)
    },
    parser: {
        ValueConverter: () => new StratValueConverter()
    },
    references: {
        ScopeComputation: (services) => new StratScopeComputation(services),
        ScopeProvider: (services) => new StratScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new StratDocumentValidator(services)
    }
};

export const StratSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: (services) => new StratDocumentBuilder(services as LangiumSharedCoreServices)
    }
};

export function createStratServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Strat: StratServices } {
    const shared = inject(createDefaultSharedModule(context), StratGeneratedSharedModule, StratSharedModule);
    const Strat = inject(createDefaultModule({ shared }), StratGeneratedModule as Module<StratServices, PartialLangiumCoreServices>, StratModule);
    shared.ServiceRegistry.register(Strat);
    registerStratChecks(Strat);
    if (!context.connection) {
        // Without a language client the workspace is built from explicitly loaded documents.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Strat };
}
