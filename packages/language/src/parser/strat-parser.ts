/**
 * Langium's parser with a CST builder whose cost stays linear in the size of the file.
 *
 * Langium's `CstNodeBuilder` looks a new node up in its parent with `indexOf` each time hidden
 * tokens are attached (once per consumed token, even when there are none), so a body holding
 * n children costs n² (300,000 actuals on one line: ~30 s). The node looked up is nearly always
 * the parent's last child, so searching from the end finds it at once. The trees built are the
 * same (`tests/language/langium-overrides.test.ts` compares them with Langium's). Broken text
 * is recovered from as Chevrotain does, with less work per error (see below).
 */
import { CstNodeBuilder, createParser, isAstNode, LangiumParser, type AstNode, type AstReflection, type TypeMetaData, type CstNode, type LangiumCoreServices, type LexerResult, type ParseResult, type ParserOptions } from 'langium';

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

/** Chevrotain's error recovery, as far as Strat's parser touches it (not in Chevrotain's public typings). */
interface RecoveringParser {
    getFollowsForInRuleRecovery(tokenType: TokenType, occurrence: number): TokenType[];
    consumeInternal(tokenType: TokenType, occurrence: number, options: ConsumeOptions | undefined): Token;
    consumeInternalError(tokenType: TokenType, nextToken: Token, options: ConsumeOptions | undefined): never;
    canRecoverWithSingleTokenInsertion(tokenType: TokenType, follows: TokenType[]): boolean;
    canRecoverWithSingleTokenDeletion(tokenType: TokenType): boolean;
    getTokenToInsert(tokenType: TokenType): Token;
    SKIP_TOKEN(): Token;
    consumeToken(): void;
    cstPostTerminal(label: string, token: Token): void;
    tokenMatcher(token: Token, tokenType: TokenType): boolean;
    LA_FAST(howMuch: number): Token;
    LA(howMuch: number): Token;
    isBackTracking(): boolean;
    getCurrRuleFullName(): string;
    SAVE_ERROR(error: RecognitionError): RecognitionError;
    readonly errorMessageProvider: { buildMismatchTokenMessage(options: { expected: TokenType; actual: Token; previous: Token; ruleName: string }): string };
    readonly recoveryEnabled: boolean;
    readonly RULE_STACK: number[];
    readonly RULE_STACK_IDX: number;
    readonly RULE_OCCURRENCE_STACK: number[];
    readonly RULE_OCCURRENCE_STACK_IDX: number;
}

type TokenType = { name: string; tokenTypeIdx?: number };
type Token = { image: string; startOffset: number; tokenType: TokenType };
type ConsumeOptions = { ERR_MSG?: string; LABEL?: string };
type RecognitionError = Error & { token: Token; previousToken: Token; resyncedTokens: Token[] };

export class StratParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // `nodeBuilder` is private in Langium; the parser test fails if it stops being used.
        (this as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new StratCstNodeBuilder();
        // Read by Langium's parser only to give each new node its properties' defaults.
        (this as unknown as { astReflection: AstReflection }).astReflection = defaultsOnly(services.shared.AstReflection);
        const wrapper = this.wrapper as unknown as RecoveringParser;
        rememberRecoveryFollows(wrapper);
        recoverWithoutThrowing(wrapper);
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

/**
 * To recover inside a rule, Chevrotain works out which tokens may follow by walking the grammar,
 * afresh at every error; the answer depends only on where in the grammar the parser is (the
 * rules being parsed and their occurrences, the token expected and its occurrence), so it is kept
 * (a 1 MB line of syntax errors spent half its parse walking). It is looked up by the parser's
 * own rule numbers, without building the readable path Chevrotain walks with.
 */
function rememberRecoveryFollows(parser: RecoveringParser): void {
    const walk = parser.getFollowsForInRuleRecovery.bind(parser);
    const known: FollowsTrie = { next: new Map() };
    parser.getFollowsForInRuleRecovery = (tokenType, occurrence) => {
        if (tokenType.tokenTypeIdx === undefined) {
            return walk(tokenType, occurrence);
        }
        // The path's numbers, each rule with its occurrence from the outermost in: a trie of maps, no
        // key to build, and a deeper path shares the nodes of the one it extends. Stacks are never
        // negative, so -1 stands for a missing entry.
        let place = step(step(known, tokenType.tokenTypeIdx), occurrence);
        const depth = Math.max(parser.RULE_STACK_IDX, parser.RULE_OCCURRENCE_STACK_IDX);
        for (let i = 0; i <= depth; i++) {
            place = step(place, i <= parser.RULE_STACK_IDX ? parser.RULE_STACK[i] : -1);
            place = step(place, i <= parser.RULE_OCCURRENCE_STACK_IDX ? parser.RULE_OCCURRENCE_STACK[i] : -1);
        }
        return place.follows ??= walk(tokenType, occurrence);
    };
}

interface FollowsTrie {
    readonly next: Map<number, FollowsTrie>;
    follows?: TokenType[];
}

function step(place: FollowsTrie, value: number): FollowsTrie {
    let next = place.next.get(value);
    if (!next) {
        next = { next: new Map() };
        place.next.set(value, next);
    }
    return next;
}

/**
 * A missing token (`}` before the next `kpi`) is the commonest syntax error, and Chevrotain
 * recovers from it inside the rule by inserting the token. It gets there by building an `Error`
 * and throwing it to its own `catch` a few lines below, which V8 makes costly (a location is
 * computed for every throw): 36,000 of them were a third of a 1 MB broken line's parse. Here the
 * same steps run without the throw: the same error is recorded (an object of Chevrotain's
 * exception class, learnt from its first real one, with the same fields), the same recovery is
 * tried, and only when it fails is the error thrown, as Chevrotain throws it, for the
 * enclosing rule to re-synchronise. `tests/language/langium-overrides.test.ts` compares the trees
 * and errors with Langium's own parser and notices when Chevrotain's methods change.
 */
function recoverWithoutThrowing(parser: RecoveringParser): void {
    let mismatchPrototype: object | undefined;
    const mismatch = (tokenType: TokenType, nextToken: Token, options: ConsumeOptions | undefined): RecognitionError => {
        if (!mismatchPrototype) {
            try {
                parser.consumeInternalError(tokenType, nextToken, options);
            } catch (error) {
                mismatchPrototype = Object.getPrototypeOf(error) as object;
                return error as RecognitionError;
            }
        }
        // As consumeInternalError builds it, with the fields in the same order, and saves it.
        const previousToken = parser.LA(0);
        const message = options?.ERR_MSG || parser.errorMessageProvider.buildMismatchTokenMessage({
            expected: tokenType, actual: nextToken, previous: previousToken, ruleName: parser.getCurrRuleFullName()
        });
        const error = Object.create(mismatchPrototype!) as RecognitionError;
        Object.defineProperty(error, 'message', { value: message, writable: true, configurable: true, enumerable: false });
        error.token = nextToken;
        error.resyncedTokens = [];
        error.previousToken = previousToken;
        error.name = 'MismatchedTokenException';
        return parser.SAVE_ERROR(error);
    };
    parser.consumeInternal = (tokenType, occurrence, options) => {
        const nextToken = parser.LA_FAST(1);
        let consumed: Token;
        if (parser.tokenMatcher(nextToken, tokenType)) {
            parser.consumeToken();
            consumed = nextToken;
        } else {
            const error = mismatch(tokenType, nextToken, options);
            // consumeInternalRecovery and tryInRuleRecovery, step by step.
            if (!parser.recoveryEnabled || parser.isBackTracking()) {
                throw error;
            }
            const follows = parser.getFollowsForInRuleRecovery(tokenType, occurrence);
            if (parser.canRecoverWithSingleTokenInsertion(tokenType, follows)) {
                consumed = parser.getTokenToInsert(tokenType);
            } else if (parser.canRecoverWithSingleTokenDeletion(tokenType)) {
                consumed = parser.SKIP_TOKEN();
                parser.consumeToken();
            } else {
                throw error;
            }
        }
        parser.cstPostTerminal(options?.LABEL ?? tokenType.name, consumed);
        return consumed;
    };
}

/** `createLangiumParser` with Strat's parser class. */
export function createStratParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new StratParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
