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
import { CstNodeBuilder, createParser, LangiumParser, type AstNode, type CstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';

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
        const wrapper = this.wrapper as unknown as RecoveringParser;
        rememberRecoveryFollows(wrapper);
        recoverWithoutThrowing(wrapper);
    }

    /**
     * Chevrotain recovers from each syntax error by throwing and catching an exception, whose
     * stack trace nobody reads but whose capture is the costliest part of a broken file's parse.
     */
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return super.parse<T>(input, options);
        } finally {
            Error.stackTraceLimit = limit;
        }
    }
}

/**
 * To recover inside a rule, Chevrotain works out which tokens may follow by walking the grammar,
 * afresh at every error; the answer depends only on where in the grammar the parser is (the
 * rules being parsed and their occurrences, the token expected and its occurrence), so it is kept
 * (a 1 MB line of syntax errors spent half its parse walking). The key is made of the parser's
 * own rule numbers, without building the readable path Chevrotain walks with.
 */
function rememberRecoveryFollows(parser: RecoveringParser): void {
    const walk = parser.getFollowsForInRuleRecovery.bind(parser);
    const known = new Map<string, TokenType[]>();
    parser.getFollowsForInRuleRecovery = (tokenType, occurrence) => {
        let key = `${tokenType.tokenTypeIdx ?? tokenType.name}|${occurrence}|${parser.RULE_STACK_IDX}|${parser.RULE_OCCURRENCE_STACK_IDX}`;
        for (let i = 0; i <= parser.RULE_STACK_IDX; i++) key += ` ${parser.RULE_STACK[i]}`;
        for (let i = 0; i <= parser.RULE_OCCURRENCE_STACK_IDX; i++) key += ` ${parser.RULE_OCCURRENCE_STACK[i]}`;
        let follows = known.get(key);
        if (!follows) {
            follows = walk(tokenType, occurrence);
            known.set(key, follows);
        }
        return follows;
    };
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
