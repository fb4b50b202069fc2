/** Service wiring: the one place that says what implements what. */
import { inject, TextDocument, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { AstShape } from './catalogue/ast-shape.js';
import { ElementCatalogue } from './catalogue/element-catalogue.js';
import { StratGeneratedModule, StratGeneratedSharedModule } from './generated/module.js';
import { StratCodeActionProvider } from './lsp/strat-code-actions.js';
import { StratCodeLensProvider } from './lsp/strat-code-lens-provider.js';
import { StratCompletionProvider } from './lsp/strat-completion-provider.js';
import { StratDocumentSymbolProvider } from './lsp/strat-document-symbol-provider.js';
import { StratFormatter } from './lsp/strat-formatter.js';
import { StratHoverProvider } from './lsp/strat-hover-provider.js';
import { StratInlayHintProvider } from './lsp/strat-inlay-hint-provider.js';
import { StratNodeKindProvider } from './lsp/strat-node-kind-provider.js';
import { StratRenameProvider } from './lsp/strat-rename-provider.js';
import { StratSemanticTokenProvider } from './lsp/strat-semantic-token-provider.js';
import { createStratParser } from './parser/strat-parser.js';
import { StratValueConverter } from './parser/strat-value-converter.js';
import { StratScopeComputation } from './references/strat-scope-computation.js';
import { StratScopeProvider } from './references/strat-scope-provider.js';
import { StratLinker } from './references/strat-linker.js';
import { StratReferenceDescriptionProvider } from './references/strat-reference-descriptions.js';
import { registerStratChecks } from './rules/strat-validator.js';
import { WorkspaceFactsProvider } from './rules/workspace-facts.js';
import { RuleSettings } from './config/rule-settings.js';
import { StratConfiguration } from './config/editor-settings.js';
import { StratDocumentValidator } from './validation/strat-document-validator.js';
import { StratDocumentBuilder } from './workspace/strat-document-builder.js';
import { StratDocumentFactory } from './workspace/strat-document-factory.js';
import { StratDocumentUpdateHandler } from './workspace/strat-document-update-handler.js';
import { StratTextDocuments } from './workspace/strat-text-documents.js';
import { StratServiceRegistry } from './workspace/strat-service-registry.js';
import { StratWorkspaceManager } from './workspace/strat-workspace-manager.js';

export type StratAddedServices = {
    catalogue: {
        /** The element kinds and their properties: the grammar joined with what element-kinds.ts declares. */
        ElementCatalogue: ElementCatalogue;
        /** Which properties hold which child nodes: the walks visit only where wanted nodes can be. */
        AstShape: AstShape;
    };
    rules: {
        RuleSettings: RuleSettings;
        WorkspaceFacts: WorkspaceFactsProvider;
        Configuration: StratConfiguration;
    };
};

export type StratServices = LangiumServices & StratAddedServices;

export const StratModule: Module<StratServices, PartialLangiumServices & StratAddedServices> = {
    catalogue: {
        ElementCatalogue: (services) => new ElementCatalogue(services.Grammar),
        AstShape: (services) => new AstShape(services.Grammar, services.shared.AstReflection)
    },
    rules: {
        RuleSettings: () => new RuleSettings(),
        WorkspaceFacts: (services) => new WorkspaceFactsProvider(services.shared, services.rules.RuleSettings),
        Configuration: (services) => new StratConfiguration(services)
    },
    parser: {
        LangiumParser: (services) => createStratParser(services),
        ValueConverter: () => new StratValueConverter()
    },
    references: {
        ScopeComputation: (services) => new StratScopeComputation(services),
        ScopeProvider: (services) => new StratScopeProvider(services),
        Linker: (services) => new StratLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new StratReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new StratDocumentValidator(services)
    },
    lsp: {
        Formatter: (services) => new StratFormatter(services.catalogue.ElementCatalogue),
        CodeActionProvider: (services) => new StratCodeActionProvider(services),
        RenameProvider: (services) => new StratRenameProvider(services),
        HoverProvider: (services) => new StratHoverProvider(services),
        CompletionProvider: (services) => new StratCompletionProvider(services),
        InlayHintProvider: () => new StratInlayHintProvider(),
        CodeLensProvider: () => new StratCodeLensProvider(),
        SemanticTokenProvider: (services) => new StratSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new StratDocumentSymbolProvider(services)
    }
};

export const StratSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: (services) => new StratServiceRegistry(services),
    workspace: {
        DocumentBuilder: (services) => new StratDocumentBuilder(services as LangiumSharedCoreServices),
        WorkspaceManager: (services) => new StratWorkspaceManager(services),
        TextDocuments: () => new StratTextDocuments(TextDocument),
        LangiumDocumentFactory: (services) => new StratDocumentFactory(services)
    },
    lsp: {
        NodeKindProvider: () => new StratNodeKindProvider(),
        DocumentUpdateHandler: (services) => new StratDocumentUpdateHandler(services)
    }
};

export function createStratServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Strat: StratServices } {
    const shared = inject(createDefaultSharedModule(context), StratGeneratedSharedModule, StratSharedModule);
    const Strat = inject(createDefaultModule({ shared }), StratGeneratedModule as Module<StratServices, PartialLangiumCoreServices>, StratModule);
    shared.ServiceRegistry.register(Strat);
    registerStratChecks(Strat);
    // Editor settings (strat.rules.*, strat.maxActiveOkrsPerOwner) flow into RuleSettings.
    Strat.rules.Configuration.start();
    if (!context.connection) {
        // Without a language client the workspace is built from explicitly loaded documents.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Strat };
}
