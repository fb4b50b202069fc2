/**
 * The project configuration in the editor (docs/language.md#project-configuration): strat.json
 * problems shown in strat.json itself, strat.json followed as it is created, edited (even
 * unsaved, through `strat/projectFile`), saved or deleted, the search stopping at the client's
 * workspace folders, and the reference date moving on at midnight while the editor stays open.
 */
import { DocumentState, URI, UriUtils } from 'langium';
import { projectFileDiagnostics } from '../config/project-file-diagnostics.js';
import { STRAT_JSON } from '../config/strat-json.js';
import type { StratServices } from '../strat-module.js';
import { FileDiagnosticsPublisher } from './file-diagnostics-publisher.js';
import type { StratWorkspaceManager } from '../workspace/strat-workspace-manager.js';
import { PROJECT_FILE_NOTIFICATION, type ProjectFileParams } from './scorecard-protocol.js';

export function registerProjectConfigService(services: StratServices): void {
    const shared = services.shared;
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const settings = services.config.Settings;

    // The search for strat.json stops at the client's workspace folders (decided in strat-workspace-manager.ts).
    const workspaceManager = shared.workspace.WorkspaceManager as StratWorkspaceManager;
    workspaceManager.onRootsChange(() => settings.setWorkspaceFolders(workspaceManager.clientFolders));
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (params.changes.some(change => UriUtils.basename(URI.parse(change.uri)) === STRAT_JSON)) {
            settings.projectFilesChanged();
        }
    });
    connection.onNotification(PROJECT_FILE_NOTIFICATION, (params: ProjectFileParams) => {
        if (typeof params?.uri !== 'string' || !(typeof params.text === 'string' || params.text === null)) return;
        const uri = URI.parse(params.uri);
        if (UriUtils.basename(uri) !== STRAT_JSON) return;
        settings.setProjectFileText(uri, params.text ?? undefined);
    });

    const publisher = new FileDiagnosticsPublisher(connection);
    // After every build the strat.json files that applied are known, with their problems.
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () =>
        publisher.publish(new Map(settings.projectFiles().map(file => [file.uri.toString(), projectFileDiagnostics(file, settings)]))));
    scheduleMidnight(() => settings.refreshToday());
}

/** Calls `tick` just after every local midnight; the timer does not keep the process alive. */
function scheduleMidnight(tick: () => void): void {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    const timer = setTimeout(() => {
        tick();
        scheduleMidnight(tick);
    }, next.getTime() - now.getTime());
    timer.unref?.();
}
