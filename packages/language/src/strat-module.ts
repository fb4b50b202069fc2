/** Service wiring: the one place that says what implements what. */
import { DocumentState, inject, TextDocument, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices } from 'langium';
import { DataFiles, type DataFileAccess } from './data/data-files.js';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { AstShape } from './catalogue/ast-shape.js';
import { ElementCatalogue } from './catalogue/element-catalogue.js';
import { StratGeneratedModule, StratGeneratedSharedModule } from './generated/module.js';
import { ClientProfile } from './lsp/client-profile.js';
import { StratCodeActionProvider } from './lsp/strat-code-actions.js';
import { StratCodeLensProvider } from './lsp/strat-code-lens-provider.js';
import { StratCompletionProvider } from './lsp/strat-completion-provider.js';
import { StratDocumentSymbolProvider } from './lsp/strat-document-symbol-provider.js';
import { StratFormatter } from './lsp/strat-formatter.js';
import { StratHoverProvider } from './lsp/strat-hover-provider.js';
import { StratDefinitionProvider } from './lsp/strat-definition-provider.js';
import { StratLanguageServer } from './lsp/strat-language-server.js';
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
import { StratAstNodeDescriptionProvider } from './references/strat-node-descriptions.js';
import { registerStratChecks } from './rules/strat-validator.js';
import { WorkspaceFactsProvider } from './rules/workspace-facts.js';
import { dayOfDate } from './model/period-span.js';
import { StratSettings } from './config/strat-settings.js';
import { StratConfigurationProvider } from './config/strat-configuration-provider.js';
import { StratConfiguration } from './config/editor-settings.js';
import { StratDocumentValidator } from './validation/strat-document-validator.js';
import { StratValidationRegistry } from './validation/strat-validation-registry.js';
import { StratDocumentBuilder } from './workspace/strat-document-builder.js';
import { StratIndexManager } from './workspace/strat-index-manager.js';
import { StratDocumentFactory } from './workspace/strat-document-factory.js';
import { StratDocumentUpdateHandler } from './workspace/strat-document-update-handler.js';
import { StratTextDocuments } from './workspace/strat-text-documents.js';
import { StratServiceRegistry } from './workspace/strat-service-registry.js';
import { StratWorkspaceManager } from './workspace/strat-workspace-manager.js';
import { revalidateOnSettingsChange } from './workspace/revalidate-on-settings-change.js';

export type StratAddedServices = {
    catalogue: {
        /** The element kinds and their properties: the grammar joined with what element-kinds.ts declares. */
        ElementCatalogue: ElementCatalogue;
        /** Which properties hold which child nodes: the walks visit only where wanted nodes can be. */
        AstShape: AstShape;
    };
    config: {
        /** The settings each document is checked with: command line, strat.json, editor, defaults; the reference date. */
        Settings: StratSettings;
        /** The editor's `strat.*` settings, followed into `Settings`. */
        EditorSettings: StratConfiguration;
    };
    rules: {
        WorkspaceFacts: WorkspaceFactsProvider;
    };
    client: {
        /** What the connected client declared it handles (commands, notifications) beyond plain LSP. */
        Profile: ClientProfile;
    };
    data: {
        /** KPI actuals from data files: found, read (cached) and attached before validation. */
        DataFiles: DataFiles;
    };
};

/** What the host gives the language besides Langium's context: access to data files (Node), if any. */
export interface StratContext extends DefaultSharedModuleContext {
    dataFiles?: DataFileAccess;
}

export type StratServices = LangiumServices & StratAddedServices;

/** The services of Strat, given the host's data file access. */
export const createStratModule = (dataFiles: DataFileAccess | undefined): Module<StratServices, PartialLangiumServices & StratAddedServices> => ({
    catalogue: {
        ElementCatalogue: (services) => new ElementCatalogue(services.Grammar),
        AstShape: (services) => new AstShape(services.Grammar, services.shared.AstReflection)
    },
    config: {
        // Today is the machine's local date; the reference date is only ever read through Settings.
        Settings: (services) => new StratSettings(services.shared.workspace.FileSystemProvider, () => dayOfDate(new Date())),
        EditorSettings: (services) => new StratConfiguration(services)
    },
    rules: {
        WorkspaceFacts: (services) => new WorkspaceFactsProvider(services.shared, services.config.Settings)
    },
    client: {
        Profile: (services) => new ClientProfile(services.shared)
    },
    data: {
        DataFiles: (services) => new DataFiles(services.config.Settings, dataFiles)
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
        ReferenceDescriptionProvider: (services) => new StratReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: (services) => new StratAstNodeDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new StratDocumentValidator(services),
        ValidationRegistry: (services) => new StratValidationRegistry(services)
    },
    lsp: {
        Formatter: (services) => new StratFormatter(services.catalogue.ElementCatalogue),
        CodeActionProvider: (services) => new StratCodeActionProvider(services),
        RenameProvider: (services) => new StratRenameProvider(services),
        HoverProvider: (services) => new StratHoverProvider(services),
        DefinitionProvider: (services) => new StratDefinitionProvider(services),
        CompletionProvider: (services) => new StratCompletionProvider(services),
        InlayHintProvider: () => new StratInlayHintProvider(),
        CodeLensProvider: (services) => new StratCodeLensProvider(services.config.Settings, services.client.Profile),
        SemanticTokenProvider: (services) => new StratSemanticTokenProvider(services),
        DocumentSymbolProvider: (services) => new StratDocumentSymbolProvider(services)
    }
});

export const StratSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: (services) => new StratServiceRegistry(services),
    workspace: {
        ConfigurationProvider: (services) => new StratConfigurationProvider(services),
        DocumentBuilder: (services) => new StratDocumentBuilder(services as LangiumSharedCoreServices),
        IndexManager: (services) => new StratIndexManager(services),
        WorkspaceManager: (services) => new StratWorkspaceManager(services),
        TextDocuments: () => new StratTextDocuments(TextDocument),
        LangiumDocumentFactory: (services) => new StratDocumentFactory(services)
    },
    lsp: {
        NodeKindProvider: () => new StratNodeKindProvider(),
        LanguageServer: (services) => new StratLanguageServer(services),
        DocumentUpdateHandler: (services) => new StratDocumentUpdateHandler(services)
    }
};

export function createStratServices(context: StratContext): { shared: LangiumSharedServices; Strat: StratServices } {
    const shared = inject(createDefaultSharedModule(context), StratGeneratedSharedModule, StratSharedModule);
    const Strat = inject(createDefaultModule({ shared }), StratGeneratedModule as Module<StratServices, PartialLangiumCoreServices>, createStratModule(context.dataFiles));
    shared.ServiceRegistry.register(Strat);
    registerStratChecks(Strat);
    // Editor settings (strat.rules.*, strat.maxActiveOkrsPerOwner, strat.checkinDays) flow into Settings;
    // any change of settings (a strat.json, the day) checks every document again.
    Strat.config.EditorSettings.start();
    revalidateOnSettingsChange(Strat);
    // Data files are read once their KPIs are linked, before the KPIs are validated.
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, documents => Strat.data.DataFiles.load(documents));
    if (!context.connection) {
        // Without a language client the workspace is built from explicitly loaded documents.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Strat };
}
