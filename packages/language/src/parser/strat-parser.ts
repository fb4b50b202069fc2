/**
 * Langium's parser with a CST builder whose cost stays linear in the size of the file.
 *
 * Langium's `CstNodeBuilder` looks a new node up in its parent with `indexOf` each time hidden
 * tokens are attached (once per consumed token, even when there are none), so a body holding
 * n children costs n² (300,000 actuals on one line: ~30 s). The node looked up is nearly always
 * the parent's last child, so searching from the end finds it at once. The trees built are the
 * same (`tests/language/langium-overrides.test.ts` compares them with Langium's). Around it,
 * what Langium does per node is done with less garbage (see `parse` and `defaultsOnly`), and
 * broken text is recovered from as Chevrotain does, with less work per error
 * (syntax-error-recovery.ts), for files of thousands of errors (`npm run bench`: a 1 MB line).
 */
import { CstNodeBuilder, createParser, isAstNode, LangiumParser, type AstNode, type AstReflection, type TypeMetaData, type CstNode, type LangiumCoreServices, type LexerResult, type ParseResult, type ParserOptions } from 'langium';
import { recoverFromSyntaxErrorsQuickly } from './syntax-error-recovery.js';

type Tokens = Parameters<CstNodeBuilder['addHiddenNodes']>[0];

/** The parts of a CST node this builder touches; Langium's node classes are not exported. */
interface MutableNode extends CstNode {
    container?: MutableNode;
    content: MutableNode[];
}

export class StratCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: Tokens): void {
        if (tokens.length === 0) {
            return;
        }
        const nodes: CstNode[] = tokens.map(token => this.createLeafNode(token, true));
        // As Langium does: after the current node's content, or before the first node that has some.
        let current = this.current as unknown as MutableNode;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        // `current` is now the root: the hidden nodes open the file.
        this.insertChildren(current, 0, nodes);
    }

    override removeNode(node: CstNode): void {
        const parent = (node as MutableNode).container;
        const index = parent ? parent.content.lastIndexOf(node as MutableNode) : -1;
        if (parent && index >= 0) {
            parent.content.splice(index, 1);
        }
    }
}

export class StratParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // `nodeBuilder` is private in Langium; the parser test fails if it stops being used.
        (this as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new StratCstNodeBuilder();
        // Read by Langium's parser only to give each new node its properties' defaults.
        (this as unknown as { astReflection: AstReflection }).astReflection = defaultsOnly(services.shared.AstReflection);
        recoverFromSyntaxErrorsQuickly(this.wrapper);
    }

    /**
     * Langium's `parse`, with two changes that leave the result the same: the new tree's nodes are
     * linked to their containers without copying each node's entries (Langium's
     * `linkContentToContainer` makes an array per property of every node), and the parser lets go
     * of the tokens once done (Langium keeps them until the next parse). Stack traces are off
     * meanwhile: Chevrotain still throws to re-synchronise after an error, and nobody reads them.
     */
    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        const self = this as unknown as LangiumParserInternals;
        try {
            self.nodeBuilder.buildRootNode(input);
            const lexerResult = self.lexerResult = self.lexer.tokenize(input);
            self.wrapper.input = lexerResult.tokens;
            const ruleMethod = options.rule ? self.allRules.get(options.rule) : self.mainRule;
            if (!ruleMethod) {
                throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
            }
            const result = self.doParse(ruleMethod) as T;
            self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
            self.unorderedGroups.clear();
            self.lexerResult = undefined;
            const parserErrors = self.wrapper.errors;
            // Setting the input resets the parser's state, its errors included (read just above).
            self.wrapper.input = [];
            linkContentToContainers(result);
            return {
                value: result,
                lexerErrors: lexerResult.errors,
                lexerReport: lexerResult.report,
                parserErrors
            };
        } finally {
            Error.stackTraceLimit = limit;
        }
    }
}

/**
 * The AST reflection as Langium's parser reads it: for each node it builds, Langium's
 * `assignMandatoryProperties` goes through every property of the node's type for those with a
 * default (an empty list, `false`), copying the whole list of properties each time. This view
 * answers with only the properties that have a default, worked out once per type; everything
 * else is the reflection's own.
 */
function defaultsOnly(reflection: AstReflection): AstReflection {
    const byType = new Map<string, TypeMetaData>();
    const view = Object.create(reflection) as AstReflection;
    view.getTypeMetaData = type => {
        let meta = byType.get(type);
        if (!meta) {
            const full = reflection.getTypeMetaData(type);
            meta = { ...full, properties: Object.fromEntries(Object.entries(full.properties).filter(([, property]) => property.defaultValue !== undefined)) };
            byType.set(type, meta);
        }
        return meta;
    };
    return view;
}

/** The parts of Langium's parser that `parse` uses (private or protected in Langium's typings). */
interface LangiumParserInternals {
    nodeBuilder: CstNodeBuilder;
    lexer: LangiumParser['lexer'];
    lexerResult: LexerResult | undefined;
    wrapper: { input: unknown[]; readonly errors: ParseResult['parserErrors'] };
    allRules: Map<string, unknown>;
    mainRule: unknown;
    unorderedGroups: Map<string, boolean[]>;
    doParse(rule: unknown): AstNode;
}

/**
 * What Langium's `linkContentToContainer(node, { deep: true })` does — every AST node held by a
 * property (not a `$` one) gets its container, property and index — with a plain walk over the
 * node's keys instead of `Object.entries`. AST nodes are plain objects, so `for…in` sees the same
 * keys in the same order.
 */
function linkContentToContainers(node: AstNode): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const name in properties) {
        if (name.charCodeAt(0) === DOLLAR) {
            continue;
        }
        const value = properties[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isAstNode(item)) {
                    (item as Mutable<AstNode>).$container = node;
                    (item as Mutable<AstNode>).$containerProperty = name;
                    (item as Mutable<AstNode>).$containerIndex = index;
                    linkContentToContainers(item);
                }
            }
        } else if (isAstNode(value)) {
            (value as Mutable<AstNode>).$container = node;
            (value as Mutable<AstNode>).$containerProperty = name;
            linkContentToContainers(value);
        }
    }
}

const DOLLAR = '$'.charCodeAt(0);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `createLangiumParser` with Strat's parser class. */
export function createStratParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new StratParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
