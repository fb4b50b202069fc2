/**
 * Quick fixes for the Strat rules that have an obvious repair, keyed on the diagnostic code.
 * Each returns code actions for one diagnostic; the first, preferred one is what a strategy
 * team would usually do. Insertions follow the surrounding indentation.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isKeyResult, isKpi, isOkr, type Kpi, type Okr } from '../generated/ast.js';
import { nextPeriod } from '../model/period-span.js';
import { isPercent } from '../model/ast-text.js';
import { plural } from '../model/plural.js';
import { RULES, type RuleCode } from '../diagnostics/rule-table.js';
import { INDENT, deletions, indentAt, insertLinesAfter, insertLinesBefore } from './edit-text.js';
import { continuationName, hasTooManyKeyResults, keyResultsToMove, splitOkrEdits } from './split-okr.js';

export interface FixContext {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    /** Whether an element of the workspace already has this name. */
    isNameTaken: (name: string) => boolean;
    /** The cycle to propose for an OKR without one (see cycle-placeholder.ts). */
    cycle: () => string;
}

export type QuickFix = (context: FixContext) => CodeAction[];

/** Small counts in fix titles read as words: "Add two key results". */
const NUMBER_WORDS: readonly string[] = ['no', 'one', 'two', 'three', 'four', 'five'];

export const QUICK_FIXES: Readonly<Partial<Record<RuleCode, QuickFix>>> = {
    'reward-kpi-in-okr': rewardKpiFixes,
    'kr-count': keyResultCountFixes,
    'okr-no-plan': context => withNode(context, isOkr, okr => bodyEnd(context, okr, 'Add an improvement plan', ['plan {', `${INDENT}initiative "…"`, '}'])),
    'kpi-no-target': context => withNode(context, isKpi, kpi => kpiTargetFix(context, kpi)),
    'okr-no-cycle': context => withNode(context, isOkr, okr => {
        const cycle = context.cycle();
        return bodyStart(context, okr, `Add cycle ${cycle}`, [`cycle ${cycle}`]);
    }),
    // Step 7: an OKR whose cycle is over is closed, or carried into the next cycle.
    'okr-cycle-over': context => withNode(context, isOkr, okr => [...closeOkr(context, okr, true), ...nextCycle(context, okr)]),
    'okr-on-green-kpi': context => withNode(context, isOkr, okr => closeOkr(context, okr, true)),
    'confidence-fraction': confidencePercentFix
};

/** `status closed`: the status given is replaced, else the line goes after the cycle (or first in the body). */
function closeOkr(context: FixContext, okr: Okr, isPreferred: boolean): CodeAction[] {
    const title = `Close the OKR '${okr.name}' (status closed)`;
    const status = okr.$cstNode && GrammarUtils.findNodeForProperty(okr.$cstNode, 'status');
    if (status) {
        return [fix(context, title, isPreferred, [replace(context, status.offset, status.end, 'closed')])];
    }
    const cycle = okr.$cstNode && GrammarUtils.findNodeForProperty(okr.$cstNode, 'cycle');
    if (cycle) {
        return [fix(context, title, isPreferred, [insertLinesAfter(context.document.textDocument, cycle.end, bodyIndent(context, okr), ['status closed'])])];
    }
    return bodyStart(context, okr, title, ['status closed']);
}

/** The next period of the same shape: `2026-Q4` → `2027-Q1`, `2026-W53` → `2027-W01`. */
function nextCycle(context: FixContext, okr: Okr): CodeAction[] {
    const cycle = okr.$cstNode && GrammarUtils.findNodeForProperty(okr.$cstNode, 'cycle');
    const next = okr.cycle === undefined ? undefined : nextPeriod(okr.cycle);
    return cycle && next ? [fix(context, `Move to the next cycle (${next})`, false, [replace(context, cycle.offset, cycle.end, next)])] : [];
}

/** `confidence 0.7` → `confidence 70%`. */
function confidencePercentFix(context: FixContext): CodeAction[] {
    const root = context.document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, context.document.textDocument.offsetAt(context.diagnostic.range.start));
    const value = leaf ? Number(leaf.text.replace(/_/g, '')) : NaN;
    if (!leaf || !(value > 0 && value < 1)) {
        return [];
    }
    const percent = `${Number((value * 100).toFixed(2))}%`;
    return [fix(context, `Write the confidence as ${percent}`, true, [replace(context, leaf.offset, leaf.end, percent)])];
}

function replace(context: FixContext, start: number, end: number, newText: string): TextEdit {
    const text = context.document.textDocument;
    return { range: { start: text.positionAt(start), end: text.positionAt(end) }, newText };
}

function rewardKpiFixes(context: FixContext): CodeAction[] {
    return withNode(context, isKeyResult, kr => {
        const cst = kr.$cstNode;
        const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
        const keyword = cst && GrammarUtils.findNodesForKeyword(cst, 'measures').filter(node => node.offset < offset).at(-1);
        const reference = cst && CstUtils.findLeafNodeAtOffset(cst, offset);
        const actions: CodeAction[] = [];
        if (keyword && reference) {
            actions.push(fix(context, 'Remove the measures link', true,
                deletions(context.document.textDocument, [[keyword.offset, reference.end]])));
        }
        const kpi = kr.measures?.ref;
        if (kpi?.$cstNode) {
            // The KPI may live in another file: the edit goes to that file.
            const kpiDocument = AstUtils.getDocument(kpi);
            const spans = GrammarUtils.findNodesForKeyword(kpi.$cstNode, 'rewarded').map((node): [number, number] => [node.offset, node.end]);
            actions.push({
                title: `Stop marking KPI '${kpi.name}' as rewarded (affects pay: check with HR)`,
                kind: CodeActionKind.QuickFix,
                diagnostics: [context.diagnostic],
                edit: { changes: { [kpiDocument.uri.toString()]: deletions(kpiDocument.textDocument, spans) } }
            });
        }
        return actions;
    });
}

function keyResultCountFixes(context: FixContext): CodeAction[] {
    return withNode(context, isOkr, okr => {
        if (hasTooManyKeyResults(okr)) {
            const name = continuationName(okr, context.isNameTaken);
            const moved = keyResultsToMove(okr).length;
            return [fix(context, `Split off ${plural(moved, 'key result')} into a new OKR '${name}'`, true, splitOkrEdits(context.document, okr, name))];
        }
        // As many skeletons as the objective lacks to reach the minimum of `kr-count`.
        const missing = Math.max(1, RULES['kr-count'].parameters.minKeyResults - okr.keyResults.length);
        const skeleton = ['key result "…" {', `${INDENT}from 0 to 1`, '}'];
        const title = missing === 1 ? 'Add a key result' : `Add ${NUMBER_WORDS[missing] ?? missing} key results`;
        const lines = Array.from({ length: missing }, () => skeleton).flat();
        const last = okr.keyResults.at(-1)?.$cstNode;
        if (last) {
            return [fix(context, title, true, [insertLinesAfter(context.document.textDocument, last.end, bodyIndent(context, okr), lines)])];
        }
        // With no key result yet, they go before the plan (as in docs/language.md#okr), else at the end.
        const plan = okr.plan?.$cstNode;
        if (plan) {
            const indent = bodyIndent(context, okr);
            return [fix(context, title, true, [insertLinesBefore(context.document.textDocument, plan.offset, indent, lines, indent)])];
        }
        return bodyEnd(context, okr, title, lines);
    });
}

function kpiTargetFix(context: FixContext, kpi: Kpi): CodeAction[] {
    // A placeholder on the passing side of an existing alert, so the fix does not cause `alert-side`.
    const value = kpi.alert === undefined ? '0' : `${kpi.alert + 1}${isPercent(kpi, 'alert') ? '%' : ''}`;
    const line = `target >= ${value}`;
    const monitors = kpi.$cstNode && GrammarUtils.findNodesForProperty(kpi.$cstNode, 'monitors').at(-1);
    if (monitors) {
        const textDocument = context.document.textDocument;
        return [fix(context, `Add a target (${line})`, true, [insertLinesAfter(textDocument, monitors.end, bodyIndent(context, kpi), [line])])];
    }
    return bodyStart(context, kpi, `Add a target (${line})`, [line]);
}

/** Inserts lines as the first properties of an element body. */
function bodyStart(context: FixContext, node: AstNode, title: string, lines: string[]): CodeAction[] {
    const open = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    return open ? [fix(context, title, true, [insertLinesAfter(context.document.textDocument, open.end, bodyIndent(context, node), lines)])] : [];
}

/** Inserts lines as the last properties of an element body, before its closing brace. */
function bodyEnd(context: FixContext, node: AstNode, title: string, lines: string[]): CodeAction[] {
    const close = node.$cstNode && GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
    if (!close || !node.$cstNode) {
        return [];
    }
    const textDocument = context.document.textDocument;
    return [fix(context, title, true, [insertLinesBefore(textDocument, close.offset, bodyIndent(context, node), lines, indentAt(textDocument, node.$cstNode.offset))])];
}

function bodyIndent(context: FixContext, node: AstNode): string {
    return node.$cstNode ? indentAt(context.document.textDocument, node.$cstNode.offset) + INDENT : INDENT;
}

/** Runs `make` on the node of the wanted type at the diagnostic, if the document still has one there. */
function withNode<T extends AstNode>(context: FixContext, is: (node: unknown) => node is T, make: (node: T) => CodeAction[]): CodeAction[] {
    const root = context.document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, context.document.textDocument.offsetAt(context.diagnostic.range.start));
    const node = leaf && AstUtils.getContainerOfType(leaf.astNode, is);
    return node ? make(node) : [];
}

function fix(context: FixContext, title: string, isPreferred: boolean, edits: TextEdit[]): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        isPreferred,
        edit: { changes: { [context.document.uri.toString()]: edits } }
    };
}
