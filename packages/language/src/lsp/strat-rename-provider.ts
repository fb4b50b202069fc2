/**
 * Rename across the workspace (all .strat files share one namespace). Langium's default already
 * edits every file that refers to the element; this adds the checks a writer needs before that:
 * the new name must be a name (not a keyword) and must not be used by another element.
 * A refusal is a ResponseError, whose message the editor shows.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type IndexManager, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Position, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isElementType, nounsOf } from '../catalogue/element-kinds.js';
import type { StratServices } from '../strat-module.js';

const NAME = /^[_a-zA-Z]\w*$/;

export class StratRenameProvider extends DefaultRenameProvider {
    private readonly keywords: ReadonlySet<string>;
    private readonly index: IndexManager;

    constructor(services: StratServices) {
        super(services);
        this.index = services.shared.workspace.IndexManager;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar)
            .filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value)
            .filter(word => NAME.test(word)));
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.renameTarget(document, params.position);
        if (!target) {
            return undefined;
        }
        const problem = this.nameProblem(params.newName, target);
        if (problem) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
        }
        if (params.newName === nameOf(target)) {
            return { changes: {} };
        }
        return super.rename(document, params, cancelToken);
    }

    /** Why `newName` cannot replace the target's name, or undefined when it can. */
    nameProblem(newName: string, target: AstNode): string | undefined {
        if (!NAME.test(newName)) {
            return `'${newName}' is not a valid name: a name starts with a letter or _ and continues with letters, digits or _.`;
        }
        if (this.keywords.has(newName)) {
            return `'${newName}' is not a valid name: it is a keyword of the .strat language.`;
        }
        if (newName === nameOf(target)) {
            return undefined;
        }
        const taken = this.index.allElements().find(element => element.name === newName);
        if (taken) {
            const file = taken.documentUri.path.split('/').pop() ?? taken.documentUri.toString();
            const kind = isElementType(taken.type) ? nounsOf(taken.type).singular : taken.type;
            return `'${newName}' is already used by ${kind} '${taken.name}' in ${file}.`;
        }
        return undefined;
    }

    /** The named element a rename at this position would rename (its declaration or a reference to it). */
    private renameTarget(document: LangiumDocument, position: Position): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }
}

function nameOf(node: AstNode): string | undefined {
    return 'name' in node && typeof node.name === 'string' ? node.name : undefined;
}
