/** The language server entry: `strat-language-server --stdio` (or IPC / socket from a client). */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerDataFilesService } from './lsp/data-files-service.js';
import { registerProjectConfigService } from './lsp/project-config-service.js';
import { registerScorecardService } from './lsp/scorecard-service.js';
import { NodeDataAccess } from './node/node-data-access.js';
import { createStratServices } from './strat-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Strat } = createStratServices({ connection, ...NodeFileSystem, dataFiles: NodeDataAccess });
registerScorecardService(Strat);
registerProjectConfigService(Strat);
registerDataFilesService(Strat);
startLanguageServer(shared);
