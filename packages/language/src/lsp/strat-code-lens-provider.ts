/**
 * A code lens above each OKR: "Score 43% · amber (provisional) · on track · 2 key results" from
 * the OKR's scorecard card, judged against the document's reference date.
 * Its command asks the client to open the scorecard at that OKR — for a client that declared it
 * runs `strat.openScorecard` (the VS Code extension); any other client gets a command the server
 * runs itself, showing the OKR's key results (okr-details-command.ts).
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isOkr, type Model, type Okr } from '../generated/ast.js';
import { okrCard } from '../scorecard/build-scorecard.js';
import { nounsOf } from '../catalogue/element-kinds.js';
import { plural } from '../model/plural.js';
import { PACE_LABEL, formatFraction } from '../scorecard/render/format.js';
import type { StratSettings } from '../config/strat-settings.js';

/** What the lens needs to know of the client (client-profile.ts). */
export interface ClientCommands {
    runsCommand(command: string): boolean;
}

/** Client command (arguments: document URI, OKR name). */
export const OPEN_SCORECARD_COMMAND = 'strat.openScorecard';
/** Server command, for the other clients (okr-details-command.ts; arguments: document URI, OKR name). */
export const OKR_DETAILS_COMMAND = 'strat.showOkrDetails';

/** The OKR lens's command: the preview's, for a client that runs it; otherwise the server's own. */
export function okrLensCommand(client: ClientCommands): string {
    return client.runsCommand(OPEN_SCORECARD_COMMAND) ? OPEN_SCORECARD_COMMAND : OKR_DETAILS_COMMAND;
}

export class StratCodeLensProvider implements CodeLensProvider {
    private readonly settings: StratSettings;
    private readonly client: ClientCommands;

    constructor(settings: StratSettings, client: ClientCommands) {
        this.settings = settings;
        this.client = client;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = document.parseResult.value as Model;
        const asOf = this.settings.forDocument(document.uri).asOf;
        const command = okrLensCommand(this.client);
        return (model.elements ?? []).filter(isOkr).flatMap(okr => {
            const anchor = GrammarUtils.findNodeForProperty(okr.$cstNode, 'name') ?? okr.$cstNode;
            if (!anchor) {
                return [];
            }
            return [{
                range: anchor.range,
                command: { title: okrLensTitle(okr, asOf), command, arguments: [document.uri.toString(), okr.name] }
            }];
        });
    }
}

/** `Score 43% · amber (provisional) · on track · 2 key results`. */
export function okrLensTitle(okr: Okr, asOf: number | null): string {
    const card = okrCard(okr, asOf);
    const parts = [
        `Score ${formatFraction(card.score)}`,
        ...(card.grade ? [card.provisional ? `${card.grade} (provisional)` : card.grade] : []),
        ...(card.pace ? [PACE_LABEL[card.pace]] : []),
        plural(card.keyResults.length, nounsOf('KeyResult').singular, nounsOf('KeyResult').plural),
        ...(card.status === 'active' ? [] : [card.status])
    ];
    return parts.join(' · ');
}
