/**
 * Completion: Langium offers the keywords that may come next (enum values included) and, for a
 * reference, the workspace's elements of the referenced type only (`measures` → KPIs). On top:
 * titles and summaries on every item, keyword explanations from the catalogue, and no nonsense candidates (an OKR
 * supporting itself, a KPI listed twice in one `addresses`). After `measures`, a rewarded KPI comes
 * last, marked, with the reason: picking it would be the `reward-kpi-in-okr` error (listed rather
 * than hidden, so a user looking for it learns why it is not a choice).
 */
import type { StratSettings } from '../config/strat-settings.js';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, stream, type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumDocuments, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { DataSourceCompletion } from './data-source-completion.js';
import type { ElementCatalogue } from '../catalogue/element-catalogue.js';
import { isKpi, isOkr } from '../generated/ast.js';
import type { StratServices } from '../strat-module.js';
import { elementMarkdown } from './element-markdown.js';
import { RULES, type Severity } from '../diagnostics/rule-table.js';

const REWARD_RULE = 'reward-kpi-in-okr';

export class StratCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly catalogue: ElementCatalogue;
    private readonly settings: StratSettings;
    private readonly dataSources: DataSourceCompletion;

    constructor(services: StratServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.catalogue = services.catalogue.ElementCatalogue;
        this.settings = services.config.Settings;
        this.dataSources = new DataSourceCompletion(services.shared.workspace.FileSystemProvider, services.config.Settings, services.data.DataFiles);
    }

    /** Inside `actuals from "…" column "…"`: data files and their columns (data-source-completion.ts). */
    protected override async completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (rule?.name === 'ActualsSource' && (assignment?.feature === 'path' || assignment?.feature === 'column')) {
            const text = context.textDocument;
            const typed = { document: context.document, node: context.node, range: { start: text.positionAt(context.tokenOffset), end: text.positionAt(context.tokenEndOffset) } };
            const items = assignment.feature === 'path' ? await this.dataSources.paths(typed) : this.dataSources.columns(typed);
            items.forEach(item => acceptor(context, item));
            return;
        }
        await super.completionFor(context, next, acceptor);
    }

    /**
     * A reference spelled like a keyword (`realizes kpi|`) leaves the parser inside a new element
     * (a KPI), while the completion parser rightly expects the reference: ask on behalf of the
     * element that holds it (the strategy), not of the one the keyword started.
     */
    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
        if (next.type !== undefined || feature === undefined || !context.node || this.holdsReference(context.node.$type, feature)) {
            return super.completionForCrossReference(context, next, acceptor);
        }
        return super.completionForCrossReference({ ...context, node: this.referenceHolder(context, feature, next) }, next, acceptor);
    }

    /** The node before the word being completed that holds `feature` as a reference, or a stand-in of the rule that assigns it. */
    private referenceHolder(context: CompletionContext, feature: string, next: NextFeature<GrammarAST.CrossReference>): AstNode {
        const root = context.document.parseResult.value.$cstNode;
        let node = root && CstUtils.findLeafNodeBeforeOffset(root, context.tokenOffset)?.astNode;
        while (node && !this.holdsReference(node.$type, feature)) {
            node = node.$container;
        }
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        return node ?? { $type: rule ? GrammarUtils.getTypeName(rule) : context.node!.$type };
    }

    private holdsReference(type: string, feature: string): boolean {
        return this.astReflection.getTypeMetaData(type).properties[feature]?.referenceType !== undefined;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const excluded = this.excludedNames(refInfo, context);
        return excluded.size === 0 ? candidates : stream(candidates).filter(c => !excluded.has(c.name));
    }

    /** The OKR itself after `supports`; names already listed in the same `monitors` / `addresses`. */
    private excludedNames(refInfo: ReferenceInfo, context: CompletionContext): Set<string> {
        const excluded = new Set<string>();
        const okr = AstUtils.getContainerOfType(refInfo.container, isOkr);
        if (refInfo.property === 'supports' && okr?.name) {
            excluded.add(okr.name);
        }
        const listed = refInfo.property === 'addresses' ? okr?.addresses
            : refInfo.property === 'monitors' ? AstUtils.getContainerOfType(refInfo.container, isKpi)?.monitors
            : undefined;
        for (const ref of listed ?? []) {
            // The reference being typed is not "already listed".
            const node = ref.$refNode;
            if (node && !(node.offset <= context.offset && context.offset <= node.end)) {
                excluded.add(ref.$refText);
            }
        }
        return excluded;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.nodeOf(description);
        if (!node) {
            return item;
        }
        const markdown = elementMarkdown(node, this.settings.forDocument(description.documentUri).asOf);
        const described: CompletionValueItem = {
            ...item,
            detail: titleOf(node) ?? item.detail,
            documentation: markdown ? { kind: 'markdown', value: markdown } : item.documentation
        };
        const severity = this.severityInKeyResult(node, refInfo, context);
        return severity ? markedRewarded(described, severity) : described;
    }

    /**
     * For a rewarded KPI after `measures`: the severity `reward-kpi-in-okr` has in this document
     * (the rule table's unless set otherwise); undefined for any other item, or with the rule off.
     */
    private severityInKeyResult(node: AstNode, refInfo: ReferenceInfo, context: CompletionContext): Severity | undefined {
        if (refInfo.property !== 'measures' || !isKpi(node) || !node.rewarded) {
            return undefined;
        }
        const setting = this.settings.forDocument(context.document.uri).settingOf(REWARD_RULE) ?? RULES[REWARD_RULE].severity;
        return setting === 'off' ? undefined : setting;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const doc = this.catalogue.keywordDoc(keyword);
        acceptor(context, {
            label: keyword.value,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: 'Keyword',
            documentation: doc ? { kind: 'markdown', value: doc } : undefined,
            sortText: '1'
        });
    }

    /** `target` in a KPI is followed by a direction: offer `>=` and `<=` although they are not words. */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) || keyword.value === '>=' || keyword.value === '<=';
    }

    /** The description's node, or the node at its path when the description was made before a rebuild. */
    private nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) {
            return description.node;
        }
        const document = this.documents.getDocument(description.documentUri);
        return document && this.locator.getAstNode(document.parseResult.value, description.path);
    }
}

/** After the workspace's other KPIs (references sort as '0', keywords as '1'), with the reason beside it. */
function markedRewarded(item: CompletionValueItem, severity: Severity): CompletionValueItem {
    const title = item.detail ? `${item.detail} — ` : '';
    return {
        ...item,
        sortText: '2',
        labelDetails: { description: 'rewarded' },
        detail: `${title}rewarded: a key result that measures it is the ${severity} ${REWARD_RULE}`
    };
}

function titleOf(node: AstNode): string | undefined {
    return 'title' in node && typeof node.title === 'string' ? node.title : undefined;
}
