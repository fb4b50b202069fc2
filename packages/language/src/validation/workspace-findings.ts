/**
 * Every finding of a checked workspace, file by file: the `.strat` documents' diagnostics, then
 * those of the `strat.json` files that applied to them (only when they have problems), in one
 * path order — what `strat check` reports.
 */
import type { LangiumDocument, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { projectFileDiagnostics } from '../config/project-file-diagnostics.js';
import type { StratSettings } from '../config/strat-settings.js';

export interface FileFindings {
    uri: URI;
    diagnostics: Diagnostic[];
}

export function workspaceFindings(documents: ReadonlyArray<LangiumDocument>, settings: StratSettings): FileFindings[] {
    const files: FileFindings[] = documents.map(document => ({ uri: document.uri, diagnostics: document.diagnostics ?? [] }));
    for (const projectFile of settings.projectFiles()) {
        const diagnostics = projectFileDiagnostics(projectFile);
        if (diagnostics.length > 0) {
            files.push({ uri: projectFile.uri, diagnostics });
        }
    }
    return files.sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
}
