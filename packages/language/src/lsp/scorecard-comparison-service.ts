/**
 * Serves the preview's comparison with a git revision (`strat/scorecardComparison`) and the
 * revisions to pick from (`strat/comparisonRefs`). HEAD is what the server has now — the editor's
 * text, unsaved edits included — so the comparison follows typing; BASE is the same folders at the
 * revision, read with git by the host (node/git/revision-scorecards.ts) and kept per commit.
 * Both sides are judged against the working tree's reference date, as `strat diff` does.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { buildScorecard, type ReferenceDateOf } from '../scorecard/build-scorecard.js';
import { cardChanges } from '../scorecard/diff/card-changes.js';
import { diffSidesForAudience } from '../scorecard/diff/diff-audience.js';
import { diffScorecards } from '../scorecard/diff/diff-scorecards.js';
import { diffSummaryText, diffTables } from '../scorecard/diff/diff-tables.js';
import { focusScorecard } from '../scorecard/focus-scorecard.js';
import type { Scorecard } from '../scorecard/model.js';
import { formatDay } from '../model/period-span.js';
import type { GitRef } from '../node/git/git-refs.js';
import type { RepositoryPlace, RevisionScorecard, RevisionScorecardRequest } from '../node/git/revision-scorecards.js';
import type { StratServices } from '../strat-module.js';
import {
    COMPARISON_REFS_REQUEST, SCORECARD_COMPARISON_REQUEST,
    type ComparisonRefsParams, type ComparisonRefsResult, type ScorecardComparisonParams, type ScorecardComparisonResult
} from './scorecard-protocol.js';

/** Where BASE comes from: the host's git (node/git/revision-scorecards.ts), or a stand-in. */
export interface RevisionSource {
    place(paths: readonly string[]): Promise<RepositoryPlace>;
    scorecard(request: RevisionScorecardRequest): Promise<RevisionScorecard>;
    refs(paths: readonly string[]): Promise<GitRef[]>;
}

export function registerScorecardComparisonService(services: StratServices, revisions: RevisionSource): void {
    const shared = services.shared;
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const settings = services.config.Settings;
    const referenceDate: ReferenceDateOf = document => settings.forDocument(document.uri).asOf;
    const documents = shared.workspace.LangiumDocuments;
    // Counts settings changes (strat.json, the editor's, the day): the revision's files take the
    // working tree's date of each file, so a change of dates builds the revision again.
    let datesVersion = 0;
    settings.onChange(() => datesVersion++);

    /** The folders compared: the workspace folders, the one holding `uri` first; a lone file without any. */
    const comparedPaths = (uri: string | undefined): string[] => {
        const folders = (shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(folder => URI.parse(folder.uri)).filter(folder => folder.scheme === 'file');
        const file = uri === undefined ? undefined : URI.parse(uri);
        if (folders.length === 0) return file?.scheme === 'file' ? [file.fsPath] : [];
        const holding = file ? folders.find(folder => file.path.startsWith(`${folder.path.replace(/\/$/, '')}/`)) : undefined;
        return [...(holding ? [holding] : []), ...folders.filter(folder => folder !== holding)].map(folder => folder.fsPath);
    };

    connection.onRequest(SCORECARD_COMPARISON_REQUEST, async (params: ScorecardComparisonParams): Promise<ScorecardComparisonResult> => {
        const focused = params.scope === 'file' ? params.uri : undefined;
        if (params.scope === 'file' && focused === undefined) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${SCORECARD_COMPARISON_REQUEST} with scope 'file' needs the document's uri.`);
        }
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
        const paths = comparedPaths(params.uri);
        const place = await oneLine(revisions.place(paths));
        const inScope = documents.all.filter(d => d.uri.scheme === 'file' && place.contains(d.uri.fsPath)).toArray();
        const anchor = (focused === undefined ? undefined : documents.getDocument(URI.parse(focused))) ?? inScope[0];
        if (focused !== undefined && anchor === undefined) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${focused} is not a .strat file of this workspace.`);
        }
        const asOf = anchor ? settings.forDocument(anchor.uri).asOf : null;
        const base = await oneLine(revisions.scorecard({
            paths,
            ref: params.ref,
            commandLine: {},
            editor: settings.editorLayer(),
            // A committed file the working tree has neither itself nor in a project keeps its own date.
            referenceDates: { of: uri => (documents.hasDocument(uri) || settings.projectFileOf(uri) ? settings.forDocument(uri).asOf : undefined), key: String(datesVersion) }
        }));
        const focus = (scorecard: Scorecard): Scorecard => (focused === undefined || !anchor ? scorecard : focusScorecard(scorecard, anchor.uri.toString(), asOf === null ? null : formatDay(asOf)));
        const pathOf = (uri: string) => place.displayPath(URI.parse(uri).fsPath);
        // The audience withholds on the whole workspace of each side (as the scorecard request
        // does), so a file's comparison cannot show what a confidential OKR elsewhere holds.
        const [baseSide, headSide] = diffSidesForAudience(
            { label: params.ref, commit: base.commit, files: base.files, scorecard: base.scorecard, path: pathOf },
            { label: 'editor', commit: null, files: inScope.length, scorecard: buildScorecard(inScope, referenceDate), path: pathOf },
            params.audience ?? 'internal'
        );
        const baseScorecard = focus(baseSide.scorecard);
        const headScorecard = focus(headSide.scorecard);
        const diff = diffScorecards({ ...baseSide, scorecard: baseScorecard }, { ...headSide, scorecard: headScorecard });
        return {
            diff,
            summary: diffSummaryText(diff),
            tables: diffTables(diff),
            cards: cardChanges(baseScorecard, headScorecard),
            hasSyntaxErrors: (focused !== undefined && anchor ? [anchor] : inScope).some(hasSyntaxErrors)
        };
    });

    connection.onRequest(COMPARISON_REFS_REQUEST, async (params: ComparisonRefsParams): Promise<ComparisonRefsResult> => {
        return { refs: await oneLine(revisions.refs(comparedPaths(params.uri))) };
    });
}

/** Any problem (not a repository, an unknown revision, no git) as one line for the user, never a stack. */
async function oneLine<T>(work: Promise<T>): Promise<T> {
    try {
        return await work;
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ResponseError(LSPErrorCodes.RequestFailed, message.split('\n')[0]);
    }
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}
