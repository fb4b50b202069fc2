/**
 * The formatter: one canonical layout for every .strat file (top-level elements at column 0,
 * one blank line between them, 4-space indentation, one property per line, comments kept).
 *
 * It works on the CST's tokens, comments included, and only rewrites the whitespace between
 * them (see format-layout.ts): Langium's AbstractFormatter cannot express "one property per
 * line" for bodies whose properties come in any order. A file with syntax errors is left alone,
 * so no half-typed work is reshuffled.
 */
import { CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode, type MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver';
import type { ElementCatalogue } from '../catalogue/element-catalogue.js';
import { isCheckin, type Model } from '../generated/ast.js';
import { layoutGaps, type Gap, type LayoutToken, type TokenKind } from './format-layout.js';

/**
 * Which tokens start a line comes from the catalogue: every element (top-level or nested, like
 * a key result or an initiative), and every property of a `{ … }` body.
 */
export class StratFormatter implements Formatter {
    constructor(private readonly catalogue: ElementCatalogue) {}

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, () => true);
    }

    /** Formats the whole top-level elements that the range touches (and comments inside the range). */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const [from, to] = elementSpan(document, params.range);
        return this.edits(document, tokenOffset => tokenOffset >= from && tokenOffset <= to);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** Edits for the gaps that differ from the canonical layout, limited to gaps before selected tokens. */
    private edits(document: LangiumDocument, selected: (tokenOffset: number) => boolean): TextEdit[] {
        const gaps = canonicalGaps(document, this.catalogue);
        if (!gaps) {
            return [];
        }
        const text = document.textDocument.getText();
        return gaps
            .filter((gap, i) => selected(i < gaps.length - 1 ? gap.end : gap.start) && text.slice(gap.start, gap.end) !== gap.text)
            .map(gap => ({
                range: { start: document.textDocument.positionAt(gap.start), end: document.textDocument.positionAt(gap.end) },
                newText: gap.text
            }));
    }
}

/** The canonical gaps of a document, or undefined when it must not be formatted. */
export function canonicalGaps(document: LangiumDocument, catalogue: ElementCatalogue): Gap[] | undefined {
    const { parseResult } = document;
    const root = parseResult.value.$cstNode;
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
        return undefined;
    }
    const text = document.textDocument.getText();
    const tokens = layoutTokens(root, catalogue);
    // Safety net: only whitespace may lie between tokens, or the CST misses something.
    let position = 0;
    for (const token of tokens) {
        if (token.offset < position || !/^\s*$/.test(text.slice(position, token.offset))) {
            return undefined;
        }
        position = token.end;
    }
    if (!/^\s*$/.test(text.slice(position))) {
        return undefined;
    }
    return layoutGaps(tokens, text, text.includes('\r\n') ? '\r\n' : '\n');
}

function layoutTokens(root: CstNode, catalogue: ElementCatalogue): LayoutToken[] {
    const seen = new Set<AstNode>();
    const tokens: LayoutToken[] = [];
    for (const leaf of CstUtils.flattenCst(root)) {
        const kind = tokenKind(leaf);
        if (kind === undefined) {
            continue;
        }
        const firstOfNode = !leaf.hidden && !seen.has(leaf.astNode);
        if (!leaf.hidden) {
            seen.add(leaf.astNode);
        }
        tokens.push({
            offset: leaf.offset,
            end: leaf.offset + (kind === 'line-comment' ? leaf.text.trimEnd().length : leaf.length),
            kind,
            startsLine: !leaf.hidden && startsLine(leaf, firstOfNode, catalogue)
        });
    }
    return tokens;
}

function tokenKind(leaf: LeafCstNode): TokenKind | undefined {
    if (leaf.hidden) {
        switch (leaf.tokenType.name) {
            case 'SL_COMMENT': return 'line-comment';
            case 'ML_COMMENT': return 'block-comment';
            default: return undefined;
        }
    }
    switch (leaf.text) {
        case '{': return 'open';
        case '}': return 'close';
        case ',': return 'comma';
        default: return 'word';
    }
}

function startsLine(leaf: LeafCstNode, firstOfNode: boolean, catalogue: ElementCatalogue): boolean {
    const node = leaf.astNode;
    if (firstOfNode && catalogue.isElement(node.$type)) {
        return true;
    }
    if (!GrammarAST.isKeyword(leaf.grammarSource)) {
        return false;
    }
    if (isCheckin(node) && leaf.text === 'confidence') {
        // A `confidence` on a line of its own after a check-in is the key result's (key-result-progress.ts):
        // keep it on its own line, and keep a check-in's own confidence on the check-in's line.
        return node.$cstNode !== undefined && node.$cstNode.range.start.line !== leaf.range.start.line;
    }
    return catalogue.startsPropertyLine(node.$type, leaf.grammarSource);
}

/** The offsets spanned by the range, widened to the whole top-level elements it touches. */
function elementSpan(document: LangiumDocument, range: Range): [number, number] {
    let from = document.textDocument.offsetAt(range.start);
    let to = document.textDocument.offsetAt(range.end);
    for (const element of (document.parseResult.value as Model).elements ?? []) {
        const cst = element.$cstNode;
        if (cst && cst.end >= from && cst.offset <= to) {
            from = Math.min(from, cst.offset);
            to = Math.max(to, cst.end);
        }
    }
    return [from, to];
}
