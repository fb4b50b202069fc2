/**
 * The `kr-count` fix for an objective with too many key results: move the extra key results
 * into a new OKR `<Name>Part2` right after it, with the same cycle, KPIs, parent, commitment,
 * status and owner, and the objective marked "(continued)". At least the minimum number of key
 * results moves, so the new OKR does not itself break `kr-count`.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { RULES } from '../diagnostics/rule-table.js';
import type { KeyResult, Okr } from '../generated/ast.js';
import { INDENT, deletions, eolOf, indentAt, lineStartOf } from './edit-text.js';

/** Whether the OKR has more key results than `kr-count` allows (then it is split rather than filled up). */
export function hasTooManyKeyResults(okr: Okr): boolean {
    return okr.keyResults.length > RULES['kr-count'].parameters.maxKeyResults;
}

/** The key results that move: those past the maximum, but at least the minimum. */
export function keyResultsToMove(okr: Okr): KeyResult[] {
    const { minKeyResults, maxKeyResults } = RULES['kr-count'].parameters;
    const count = okr.keyResults.length;
    return okr.keyResults.slice(count - Math.max(minKeyResults, count - maxKeyResults));
}

/** A name for the new OKR that no element of the workspace uses yet. */
export function continuationName(okr: Okr, isTaken: (name: string) => boolean): string {
    let part = 2;
    while (isTaken(`${okr.name}Part${part}`)) {
        part++;
    }
    return `${okr.name}Part${part}`;
}

export function splitOkrEdits(document: LangiumDocument, okr: Okr, newName: string): TextEdit[] {
    const textDocument = document.textDocument;
    const text = textDocument.getText();
    const cst = okr.$cstNode;
    const close = cst ? GrammarUtils.findNodesForKeyword(cst, '}').at(-1) : undefined;
    if (!cst || !close) {
        return [];
    }
    const eol = eolOf(textDocument);
    const okrIndent = indentAt(textDocument, cst.offset);
    const moved = keyResultsToMove(okr);
    const lines = [`okr ${newName} ${continuedTitle(okr)} {`];
    for (const property of copiedProperties(okr)) {
        lines.push(INDENT + property);
    }
    for (const kr of moved) {
        lines.push(...reindented(text, kr, INDENT));
    }
    lines.push('}');
    const insertion = afterClosingLine(text, close.end);
    const added: TextEdit = {
        range: { start: textDocument.positionAt(insertion), end: textDocument.positionAt(insertion) },
        newText: eol + eol + lines.map(line => (line === '' ? '' : okrIndent + line)).join(eol)
    };
    const removed = deletions(textDocument, moved.flatMap((kr): Array<[number, number]> => kr.$cstNode ? [[kr.$cstNode.offset, kr.$cstNode.end]] : []));
    return [...removed, added];
}

function continuedTitle(okr: Okr): string {
    const title = okr.$cstNode && GrammarUtils.findNodeForProperty(okr.$cstNode, 'title')?.text;
    return title ? `${title.slice(0, -1)} (continued)"` : `"${okr.name} (continued)"`;
}

/** The properties that keep the new OKR in the same place of the strategy as the original. */
function copiedProperties(okr: Okr): string[] {
    const owner = okr.$cstNode && GrammarUtils.findNodeForProperty(okr.$cstNode, 'owner')?.text;
    return [
        okr.cycle !== undefined ? `cycle ${okr.cycle}` : '',
        okr.addresses.length > 0 ? `addresses ${okr.addresses.map(ref => ref.$refText).join(', ')}` : '',
        okr.supports ? `supports ${okr.supports.$refText}` : '',
        okr.commitment ?? '',
        okr.status !== undefined ? `status ${okr.status}` : '',
        owner ? `owner ${owner}` : ''
    ].filter(line => line !== '');
}

/** A key result's source lines, re-indented from where it was to `indent`. */
function reindented(text: string, kr: KeyResult, indent: string): string[] {
    const cst = kr.$cstNode;
    if (!cst) {
        return [];
    }
    const base = /^[ \t]*/.exec(text.slice(lineStartOf(text, cst.offset)))?.[0] ?? '';
    return cst.text.split(/\r\n|\r|\n/).map((line, i) => {
        if (i === 0) {
            return indent + line;
        }
        const body = line.startsWith(base) ? line.slice(base.length) : line.trimStart();
        return body.trim() === '' ? '' : indent + body;
    });
}

/** Where text can follow the OKR: the end of its closing line if only a comment follows the brace. */
function afterClosingLine(text: string, braceEnd: number): number {
    const match = /^[ \t]*(\/\/[^\r\n]*)?/.exec(text.slice(braceEnd));
    const next = text.slice(braceEnd + (match?.[0].length ?? 0));
    return next === '' || /^[\r\n]/.test(next) ? braceEnd + (match?.[0].length ?? 0) : braceEnd;
}
