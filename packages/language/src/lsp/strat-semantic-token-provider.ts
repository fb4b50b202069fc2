/**
 * Semantic tokens: element names and references coloured by what they name, so a reader sees
 * at a glance which words are KPIs, OKRs… Keywords, strings and numbers are left to the
 * TextMate grammar.
 *
 * Legend (explicit, not Langium's catch-all list):
 *   ambition → `namespace`, strategy → `class`, KPI → `type`, OKR → `function`, key result → `property`;
 *   modifiers: `declaration` on the defining name, and the custom `rewarded` on a rewarded KPI
 *   (its name and every reference to it), so themes can flag pay-linked KPIs where OKRs use them;
 *   the path of `actuals from "…"` → `string` with the custom `dataFile`.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, SemanticTokensBuilder, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    CancellationToken, SemanticTokenModifiers, SemanticTokenTypes,
    type Range, type SemanticTokens, type SemanticTokensDeltaParams, type SemanticTokensParams, type SemanticTokensRangeParams
} from 'vscode-languageserver';
import { isActualsSource, isAmbition, isKeyResult, isKpi, isOkr, isStrategy, type Kpi } from '../generated/ast.js';

export const STRAT_TOKEN_TYPES: Readonly<Record<string, number>> = {
    [SemanticTokenTypes.namespace]: 0,
    [SemanticTokenTypes.class]: 1,
    [SemanticTokenTypes.type]: 2,
    [SemanticTokenTypes.function]: 3,
    [SemanticTokenTypes.property]: 4,
    [SemanticTokenTypes.string]: 5
};

/** Custom modifier: the KPI is used for remuneration (`rewarded`). */
export const REWARDED_MODIFIER = 'rewarded';

/** Custom modifier: a string that names a data file (`actuals from "data/sales.csv"`). */
export const DATA_FILE_MODIFIER = 'dataFile';

/** Bit flags; a modifier's bit is its index in the legend. */
export const STRAT_TOKEN_MODIFIERS: Readonly<Record<string, number>> = {
    [SemanticTokenModifiers.declaration]: 1 << 0,
    [REWARDED_MODIFIER]: 1 << 1,
    [DATA_FILE_MODIFIER]: 1 << 2
};

const DECLARATION = SemanticTokenModifiers.declaration;

export class StratSemanticTokenProvider extends AbstractSemanticTokenProvider {
    override get tokenTypes(): Record<string, number> {
        return STRAT_TOKEN_TYPES;
    }

    override get tokenModifiers(): Record<string, number> {
        return STRAT_TOKEN_MODIFIERS;
    }

    /*
     * Requests are answered concurrently (reads run in parallel and highlighting awaits between
     * nodes), but Langium's base class keeps the request's document, range and builder in fields
     * (`currentDocument`…) and shares one builder per document: two requests in flight mixed their
     * tokens. Each request therefore runs on its own view of this provider, an object whose
     * prototype is the provider and whose `current…` fields are that request's alone, so Langium's
     * token logic (range filter, multi-line tokens) is reused unchanged.
     */
    override semanticHighlight(document: LangiumDocument, _params: SemanticTokensParams, cancelToken = CancellationToken.None): Promise<SemanticTokens> {
        return this.highlightAlone(document, undefined, cancelToken);
    }

    override semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken = CancellationToken.None): Promise<SemanticTokens> {
        return this.highlightAlone(document, params.range, cancelToken);
    }

    /**
     * The server does not offer deltas (`full.delta` is false, as in Langium: every change
     * re-parses the whole file), so a client that asks anyway gets the full tokens, which the
     * protocol allows; no previous result is kept, so nothing is shared between requests.
     */
    override semanticHighlightDelta(document: LangiumDocument, _params: SemanticTokensDeltaParams, cancelToken = CancellationToken.None): Promise<SemanticTokens> {
        return this.highlightAlone(document, undefined, cancelToken);
    }

    private async highlightAlone(document: LangiumDocument, range: Range | undefined, cancelToken: CancellationToken): Promise<SemanticTokens> {
        const request: StratSemanticTokenProvider = Object.create(this);
        request.currentDocument = document;
        request.currentRange = range;
        const builder = request.currentTokensBuilder = new SemanticTokensBuilder();
        await request.computeHighlighting(document, request.createAcceptor(), cancelToken);
        return builder.build();
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isAmbition(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: DECLARATION });
        } else if (isStrategy(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: DECLARATION });
            acceptor({ node, property: 'realizes', type: SemanticTokenTypes.namespace });
        } else if (isKpi(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.type, modifier: [DECLARATION, ...rewarded(node)] });
            acceptor({ node, property: 'monitors', type: SemanticTokenTypes.class });
        } else if (isOkr(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: DECLARATION });
            node.addresses.forEach((ref, index) =>
                acceptor({ node, property: 'addresses', index, type: SemanticTokenTypes.type, modifier: rewarded(ref.ref) }));
            acceptor({ node, property: 'supports', type: SemanticTokenTypes.function });
        } else if (isActualsSource(node)) {
            acceptor({ node, property: 'path', type: SemanticTokenTypes.string, modifier: DATA_FILE_MODIFIER });
        } else if (isKeyResult(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.property, modifier: DECLARATION });
            acceptor({ node, property: 'measures', type: SemanticTokenTypes.type, modifier: rewarded(node.measures?.ref) });
        }
    }
}

function rewarded(kpi: Kpi | undefined): string[] {
    return kpi?.rewarded ? [REWARDED_MODIFIER] : [];
}
