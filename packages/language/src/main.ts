/** The language server entry: `strat-language-server --stdio` (or IPC / socket from a client). */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerProjectConfigService } from './lsp/project-config-service.js';
import { registerScorecardService } from './lsp/scorecard-service.js';
import { createStratServices } from './strat-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Strat } = createStratServices({ connection, ...NodeFileSystem });
registerScorecardService(Strat);
registerProjectConfigService(Strat);
startLanguageServer(shared);
