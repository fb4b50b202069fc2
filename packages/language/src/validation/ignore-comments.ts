/**
 * `// strat-ignore <code> [<code>…]` silences those codes in the element or property that starts on
 * the line right below the comment; a bare `// strat-ignore` silences every finding there
 * (docs/language.md#silencing-and-severities).
 *
 * What follows is read from the syntax, not from lines, so that formatting never changes what a
 * comment silences (docs/decisions.md#editor): before an element (`kpi …`, `key result …`,
 * `actual …`, `initiative …`) it covers the whole element, however the formatter lays it out;
 * before a property inside a body (`alert 10`) it covers that property. Only real line comments
 * count (comment tokens of the syntax tree), never the same words inside a title.
 */
import { CstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import type { ElementCatalogue } from '../catalogue/element-catalogue.js';

/** The text a comment silences, as offsets, and the codes it silences there (empty: all). */
export interface IgnoredSpan {
    start: number;
    end: number;
    codes: ReadonlySet<string>;
}

const IGNORE = /\/\/[ \t]*strat-ignore\b([^\n\r]*)/g;

export function findIgnoredSpans(root: CstNode | undefined, text: string, catalogue: ElementCatalogue): IgnoredSpan[] {
    const spans: IgnoredSpan[] = [];
    if (!root || !text.includes('strat-ignore')) {
        return spans;
    }
    for (const match of text.matchAll(IGNORE)) {
        const comment = CstUtils.findLeafNodeAtOffset(root, match.index);
        if (!comment?.hidden || comment.offset !== match.index || comment.tokenType.name !== 'SL_COMMENT') {
            continue; // the words sit inside a title, a description or a block comment
        }
        const first = nextToken(comment);
        // Directly below the comment: a blank line (or another comment) between means it silences nothing.
        if (first && first.range.start.line === comment.range.start.line + 1) {
            const codes = new Set(match[1].split(/[\s,]+/).filter(code => /^[a-z][a-z-]*$/.test(code)));
            spans.push({ start: first.offset, end: coveredEnd(first, catalogue), codes });
        }
    }
    return spans;
}

export function isIgnored(spans: readonly IgnoredSpan[], offset: number, code: string): boolean {
    return spans.some(span => span.start <= offset && offset < span.end && (span.codes.size === 0 || span.codes.has(code)));
}

/** Where the element or property that `first` starts ends. */
function coveredEnd(first: LeafCstNode, catalogue: ElementCatalogue): number {
    const element = elementStartedBy(first, catalogue);
    if (element?.$cstNode) {
        return element.$cstNode.end;
    }
    // A property: its tokens, up to the next token that starts a property or an element, or closes the body.
    let last: LeafCstNode = first;
    for (let token = nextToken(first); token && !startsPart(token, catalogue) && token.text !== '}'; token = nextToken(token)) {
        last = token;
    }
    return last.end;
}

/** The outermost element whose syntax begins with this token, if one does. */
function elementStartedBy(token: LeafCstNode, catalogue: ElementCatalogue): AstNode | undefined {
    let found: AstNode | undefined;
    for (let node: AstNode | undefined = token.astNode; node?.$cstNode?.offset === token.offset; node = node.$container) {
        if (catalogue.isElement(node.$type)) {
            found = node;
        }
    }
    return found;
}

/** Whether a token starts a property of its element's body, or an element. */
function startsPart(token: LeafCstNode, catalogue: ElementCatalogue): boolean {
    if (elementStartedBy(token, catalogue)) {
        return true;
    }
    return GrammarAST.isKeyword(token.grammarSource) && catalogue.startsPropertyLine(token.astNode.$type, token.grammarSource);
}

/** The next token of the syntax tree that is not a comment. */
function nextToken(node: CstNode): LeafCstNode | undefined {
    let next = CstUtils.getNextNode(node, true);
    while (next && (isCompositeCstNode(next) || next.hidden)) {
        next = isCompositeCstNode(next) && next.content.length > 0 ? next.content[0] : CstUtils.getNextNode(next, true);
    }
    return next as LeafCstNode | undefined;
}
