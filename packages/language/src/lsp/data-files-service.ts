/**
 * KPI data files in the editor (docs/language.md#data-files): a data file saved (or created, or
 * deleted) re-checks the documents whose KPIs read it — and only those files are read again;
 * findings inside CSV files show in the Problems panel on the file itself; in Restricted Mode no
 * data file is read until the workspace is trusted.
 */
import { DocumentState, URI } from 'langium';
import type { StratServices } from '../strat-module.js';
import { isKpi, type Model } from '../generated/ast.js';
import { dataFileDiagnostics } from '../data/data-file-diagnostics.js';
import { dataFileFormat } from '../data/data-path.js';
import { FileDiagnosticsPublisher } from './file-diagnostics-publisher.js';
import { readInitializationOptions } from '../config/initialization-options.js';
import { TRUST_NOTIFICATION, type TrustParams } from './scorecard-protocol.js';

export function registerDataFilesService(services: StratServices): void {
    const shared = services.shared;
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const dataFiles = services.data.DataFiles;
    const documents = shared.workspace.LangiumDocuments;
    const reread = (uris: URI[]) => {
        if (uris.length > 0) {
            void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris, [], token));
        }
    };

    shared.lsp.LanguageServer.onInitialize(params => {
        if (readInitializationOptions(params).trusted === false) {
            dataFiles.setTrusted(false);
        }
    });
    connection.onNotification(TRUST_NOTIFICATION, (params: TrustParams) => {
        if (typeof params?.trusted !== 'boolean') return;
        dataFiles.setTrusted(params.trusted);
        // Every document with a data source is read again, trusted or not.
        reread(documents.all.filter(document => ((document.parseResult.value as Model).elements ?? []).some(element => isKpi(element) && element.source !== undefined)).map(document => document.uri).toArray());
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const changed = params.changes.map(change => URI.parse(change.uri)).filter(uri => dataFileFormat(uri.path) !== undefined);
        changed.forEach(uri => dataFiles.fileChanged(uri));
        const readers = new Set(changed.flatMap(uri => dataFiles.documentsReading(uri)));
        reread([...readers].map(uri => URI.parse(uri)).filter(uri => documents.hasDocument(uri)));
    });

    const publisher = new FileDiagnosticsPublisher(connection);
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => publisher.publish(dataFileDiagnostics(dataFiles, services.config.Settings)));
}
