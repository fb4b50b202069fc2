/**
 * Descriptions of the named elements the workspace index holds, worked out when read.
 *
 * Langium describes every exported element at once with its path in the document and the places
 * of its name and of the whole element; most are never read (they serve rename, go-to, outline
 * — one element at a time). Here a description holds its node, name, type and document, and
 * works out the rest the first time it is asked, with Langium's own functions, so what is read
 * is what Langium gives: 36,000 KPIs on one line were a tenth of their check describing
 * themselves. A node's path and places cannot change: an edit parses a new tree.
 */
import { CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumDocument, type NameProvider, type URI, AstUtils } from 'langium';

export class StratAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const known = name ?? this.nameProvider.getName(node);
        if (!known) {
            // As Langium says it.
            throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        }
        return new LazyNodeDescription(node, known, (document ?? AstUtils.getDocument(node)).uri, this.astNodeLocator, this.nameProvider);
    }
}

class LazyNodeDescription implements AstNodeDescription {
    readonly type: string;
    private knownPath?: string;
    private knownNameSegment?: DocumentSegment;
    private knownSelectionSegment?: DocumentSegment;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        private readonly locator: AstNodeLocator,
        private readonly nameProvider: NameProvider
    ) {
        this.type = node.$type;
    }

    get path(): string {
        return this.knownPath ??= this.locator.getAstNodePath(this.node);
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.knownNameSegment ??= CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return this.knownSelectionSegment ??= CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}
