/** The language server entry: `strat-language-server --stdio` (or IPC / socket from a client). */
import { startLanguageServer } from 'langium/lsp';
import { StratNodeFileSystem } from './node/node-file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { publishDiagnosticsForTheClient } from './lsp/client-diagnostics.js';
import { registerDataFilesService } from './lsp/data-files-service.js';
import { registerOkrDetailsCommand } from './lsp/okr-details-command.js';
import { registerProjectConfigService } from './lsp/project-config-service.js';
import { ProtocolGuard } from './lsp/protocol-guard.js';
import { registerScorecardService } from './lsp/scorecard-service.js';
import { registerScorecardComparisonService } from './lsp/scorecard-comparison-service.js';
import { RevisionScorecards } from './node/git/revision-scorecards.js';
import { NodeDataAccess } from './node/node-data-access.js';
import { createStratServices } from './strat-module.js';
import { errorLine } from './workspace/error-line.js';

const guard = new ProtocolGuard(message => connection.console.warn(message));
const connection = createConnection(ProposedFeatures.all, { messageStrategy: guard });
// The last resort: whatever a message sets off, an unexpected error is logged and the server carries on.
process.on('uncaughtException', error => connection.console.error(`Strat language server: unexpected error: ${errorLine(error)}`));
process.on('unhandledRejection', error => connection.console.error(`Strat language server: unexpected error: ${errorLine(error)}`));

const { shared, Strat } = createStratServices({ connection, ...StratNodeFileSystem, dataFiles: NodeDataAccess });
guard.install(connection);
registerScorecardService(Strat);
registerScorecardComparisonService(Strat, new RevisionScorecards());
registerProjectConfigService(Strat);
registerDataFilesService(Strat);
registerOkrDetailsCommand(Strat);
publishDiagnosticsForTheClient(shared);
startLanguageServer(shared);
