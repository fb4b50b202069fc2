/**
 * Every finding of a checked workspace, file by file: the `.strat` documents' diagnostics, those
 * of the `strat.json` files that applied to them and of the data files their KPIs read (only
 * files with findings), in one path order — what `strat check` reports.
 */
import { URI, type LangiumDocument } from 'langium';
import { dataFileDiagnostics } from '../data/data-file-diagnostics.js';
import type { DataFiles } from '../data/data-files.js';
import type { Diagnostic } from 'vscode-languageserver';
import { projectFileDiagnostics } from '../config/project-file-diagnostics.js';
import type { StratSettings } from '../config/strat-settings.js';

export interface FileFindings {
    uri: URI;
    diagnostics: Diagnostic[];
}

export function workspaceFindings(documents: ReadonlyArray<LangiumDocument>, settings: StratSettings, dataFiles?: DataFiles): FileFindings[] {
    const files: FileFindings[] = documents.map(document => ({ uri: document.uri, diagnostics: document.diagnostics ?? [] }));
    for (const [file, diagnostics] of dataFiles ? dataFileDiagnostics(dataFiles, settings) : []) {
        if (diagnostics.length > 0) files.push({ uri: URI.parse(file), diagnostics });
    }
    for (const projectFile of settings.projectFiles()) {
        const diagnostics = projectFileDiagnostics(projectFile, settings);
        if (diagnostics.length > 0) {
            files.push({ uri: projectFile.uri, diagnostics });
        }
    }
    return files.sort((a, b) => (a.uri.path < b.uri.path ? -1 : a.uri.path > b.uri.path ? 1 : 0));
}
