/**
 * Publishes the diagnostics of files that are not `.strat` documents (strat.json, data files),
 * which Langium does not publish itself, and clears them when a file has none any more or is no
 * longer read.
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';

export class FileDiagnosticsPublisher {
    private published = new Set<string>();

    private readonly connection: Connection;

    constructor(connection: Connection) {
        this.connection = connection;
    }

    /** Publishes these files' diagnostics (by URI); files published before and missing now are cleared. */
    publish(files: ReadonlyMap<string, Diagnostic[]>): void {
        const now = new Set<string>();
        for (const [uri, diagnostics] of files) {
            if (diagnostics.length > 0 || this.published.has(uri)) {
                void this.connection.sendDiagnostics({ uri, diagnostics });
            }
            if (diagnostics.length > 0) now.add(uri);
        }
        for (const uri of this.published) {
            if (!files.has(uri)) {
                void this.connection.sendDiagnostics({ uri, diagnostics: [] });
            }
        }
        this.published = now;
    }
}
