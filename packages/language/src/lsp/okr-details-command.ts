/**
 * The code lens command for clients without the preview (Neovim, Helix…): the server runs it and
 * shows the OKR's score with each key result's in a message — what the lens sums up, in detail.
 * The VS Code extension declares `strat.openScorecard` instead (initialization-options.ts), and
 * this command is then not offered at all (so that the extension does not register it twice).
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { ErrorCodes, MessageType, type CancellationToken, ResponseError, ShowMessageNotification } from 'vscode-languageserver';
import { isOkr, type Model } from '../generated/ast.js';
import { okrCard } from '../scorecard/build-scorecard.js';
import { formatFraction } from '../scorecard/render/format.js';
import type { StratServices } from '../strat-module.js';
import { OKR_DETAILS_COMMAND, okrLensTitle } from './strat-code-lens-provider.js';

export function registerOkrDetailsCommand(services: StratServices): void {
    const shared = services.shared;
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onExecuteCommand(async (params, token) => {
        if (params.command !== OKR_DETAILS_COMMAND) {
            throw new ResponseError(ErrorCodes.InvalidParams, `Strat has no command ${params.command}.`);
        }
        const [uri, name] = params.arguments ?? [];
        const document = typeof uri === 'string' ? await builtDocument(services, URI.parse(uri), token) : undefined;
        const okr = ((document?.parseResult.value as Model | undefined)?.elements ?? []).filter(isOkr).find(element => element.name === name);
        if (!document || !okr) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${OKR_DETAILS_COMMAND} needs the URI of an open .strat document and the name of an OKR in it.`);
        }
        // A notification, not `window/showMessageRequest`: nothing to answer, so no prompt in the editor.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: okrDetailsText(okr, services.config.Settings.forDocument(document.uri).asOf) });
        return null;
    });
}

/**
 * The document as the code lens saw it: after the edits received before the command (the lens
 * may be gone with them), built as far as the code lens requires. Undefined when unknown.
 */
async function builtDocument(services: StratServices, uri: URI, token: CancellationToken): Promise<LangiumDocument | undefined> {
    const shared = services.shared;
    if (!shared.workspace.LangiumDocuments.hasDocument(uri) && !shared.workspace.TextDocuments.get(uri.toString())) {
        return undefined;
    }
    await shared.workspace.WorkspaceManager.ready;
    const reached = await shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedReferences, uri, token).then(() => true, () => false);
    return reached ? shared.workspace.LangiumDocuments.getDocument(uri) : undefined;
}

/** `OKR WinNewClients — Win new clients: Score 43% · amber · 2 key results`, then a line per key result. */
export function okrDetailsText(okr: Parameters<typeof okrCard>[0], asOf: number | null): string {
    const card = okrCard(okr, asOf);
    return [
        `OKR ${card.name} — ${card.objective}: ${okrLensTitle(okr, asOf)}`,
        ...card.keyResults.map(kr => `• ${kr.title}: ${formatFraction(kr.progress)}`)
    ].join('\n');
}
