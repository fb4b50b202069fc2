/**
 * A code lens above each OKR: "Score 43% · amber (provisional) · on track · 2 key results" from
 * the OKR's scorecard card, judged against the document's reference date.
 * Its command asks the client to open the scorecard at that OKR; the title alone already says
 * everything, so a client without the command still shows useful text.
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

/** Client command (arguments: document URI, OKR name). */
export const OPEN_SCORECARD_COMMAND = 'strat.openScorecard';

export class StratCodeLensProvider implements CodeLensProvider {
    private readonly settings: StratSettings;

    constructor(settings: StratSettings) {
        this.settings = settings;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = document.parseResult.value as Model;
        const asOf = this.settings.forDocument(document.uri).asOf;
        return (model.elements ?? []).filter(isOkr).flatMap(okr => {
            const anchor = GrammarUtils.findNodeForProperty(okr.$cstNode, 'name') ?? okr.$cstNode;
            if (!anchor) {
                return [];
            }
            return [{
                range: anchor.range,
                command: { title: okrLensTitle(okr, asOf), command: OPEN_SCORECARD_COMMAND, arguments: [document.uri.toString(), okr.name] }
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
