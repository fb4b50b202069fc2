/**
 * Hover: on an element's name or on a reference to it, the element's scorecard summary
 * (element-markdown.ts); on an unnamed key result's title, that key result; on a keyword, a
 * one-line explanation from the catalogue (catalogue/element-kinds.ts). It replaces Langium's
 * `getHoverContent` rather than extending it: Langium's has no range, no unnamed key results, and
 * reads keyword explanations from grammar comments instead of the catalogue.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import type { StratSettings } from '../config/strat-settings.js';
import type { DataFiles } from '../data/data-files.js';
import { dataSourceMarkdown } from './data-source-markdown.js';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { ElementCatalogue } from '../catalogue/element-catalogue.js';
import { isActualsSource, isKeyResult, isKpi } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { elementMarkdown } from './element-markdown.js';
import { Referrers } from './referrers.js';

export class StratHoverProvider extends AstNodeHoverProvider {
    private readonly referrers: Referrers;
    private readonly catalogue: ElementCatalogue;
    private readonly settings: StratSettings;
    private readonly dataFiles: DataFiles;

    constructor(services: StratServices) {
        super(services);
        this.referrers = new Referrers(services);
        this.catalogue = services.catalogue.ElementCatalogue;
        this.settings = services.config.Settings;
        this.dataFiles = services.data.DataFiles;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.offset + leaf.length <= offset) {
            return undefined;
        }
        const contents: string[] = [];
        // On a data source: the file, its rows, its latest row.
        if (isActualsSource(leaf.astNode) && isKpi(leaf.astNode.$container)) {
            return { contents: { kind: 'markdown', value: dataSourceMarkdown(leaf.astNode.$container, this.dataFiles.outcomeOf(leaf.astNode.$container)) }, range: leaf.range };
        }
        for (const target of this.references.findDeclarations(leaf)) {
            const content = this.getAstNodeHoverContent(target);
            if (content) contents.push(content);
        }
        // An unnamed key result is known by its title.
        if (contents.length === 0 && isKeyResult(leaf.astNode) && GrammarAST.isAssignment(leaf.grammarSource?.$container) && leaf.grammarSource.$container.feature === 'title') {
            contents.push(this.getAstNodeHoverContent(leaf.astNode) ?? '');
        }
        if (contents.length === 0 && GrammarAST.isKeyword(leaf.grammarSource)) {
            const doc = this.catalogue.keywordDoc(leaf.grammarSource);
            if (doc) contents.push(`\`${leaf.grammarSource.value}\` — ${doc}`);
        }
        const value = contents.filter(c => c.length > 0).join('\n\n---\n\n');
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    /** The element as its own document judges it (the reference date of its strat.json, or today). */
    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        return elementMarkdown(node, this.settings.forDocument(AstUtils.getDocument(node).uri).asOf, this.referrers);
    }
}
