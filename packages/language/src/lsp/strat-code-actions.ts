/**
 * Code actions: the quick fixes of quick-fixes.ts for the diagnostics in the request, and for
 * every diagnostic code (but `syntax`) an "Ignore <code> here" that writes
 * `// strat-ignore <code>` on the line before, at that line's indentation.
 */
import type { LangiumDocument, LangiumDocuments, IndexManager, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { isRuleCode } from '../diagnostics/rule-table.js';
import type { StratServices } from '../strat-module.js';
import { cyclePlaceholder } from './cycle-placeholder.js';
import { eolOf, lineIndent } from './edit-text.js';
import { QUICK_FIXES } from './quick-fixes.js';

/** Same pattern as validation/ignore-comments.ts: a line that already silences codes. */
const IGNORE_COMMENT = /\/\/\s*strat-ignore\b[^\n\r]*/;

export class StratCodeActionProvider implements CodeActionProvider {
    private readonly documents: LangiumDocuments;
    private readonly index: IndexManager;

    /** `today` is only read when the workspace holds no period at all (see cycle-placeholder.ts). */
    constructor(services: StratServices, private readonly today: () => Date = () => new Date()) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.index = services.shared.workspace.IndexManager;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        if (params.context.only && !params.context.only.some(kind => CodeActionKind.QuickFix.startsWith(kind))) {
            return [];
        }
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const code = typeof diagnostic.code === 'string' ? diagnostic.code : '';
            if (!isRuleCode(code)) {
                continue;
            }
            actions.push(...(QUICK_FIXES[code]?.({
                document,
                diagnostic,
                isNameTaken: name => this.index.allElements().some(element => element.name === name),
                cycle: () => cyclePlaceholder(this.documents.all, this.today)
            }) ?? []));
            if (code !== 'syntax') {
                // Silencing a syntax error would hide text the language cannot read.
                actions.push(ignoreHere(document, diagnostic, code));
            }
        }
        return actions;
    }
}

function ignoreHere(document: LangiumDocument, diagnostic: Diagnostic, code: string): CodeAction {
    const textDocument = document.textDocument;
    const line = diagnostic.range.start.line;
    const previous = line > 0 ? textDocument.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/[\r\n]+$/, '') : '';
    let edit: TextEdit;
    if (IGNORE_COMMENT.test(previous)) {
        // One comment silences the next line only, so add the code to the comment already there.
        const end = { line: line - 1, character: previous.trimEnd().length };
        edit = { range: { start: end, end }, newText: ` ${code}` };
    } else {
        const start = { line, character: 0 };
        edit = { range: { start, end: start }, newText: `${lineIndent(textDocument, line)}// strat-ignore ${code}${eolOf(textDocument)}` };
    }
    return {
        title: `Ignore ${code} here`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri.toString()]: [edit] } }
    };
}
