/**
 * Chevrotain's recovery from syntax errors, as Strat's parser runs it (parser/strat-parser.ts):
 * the same errors recorded and the same recovery made, with less work per error, so that a file
 * of thousands of errors parses nearly as fast as a whole one.
 * `tests/language/langium-overrides.test.ts` compares trees and errors with Langium's own parser
 * and notices when one of the Chevrotain methods replaced here changes.
 */

/** Strat's replacements on the Chevrotain parser inside Langium's (its `wrapper`). */
export function recoverFromSyntaxErrorsQuickly(wrapper: unknown): void {
    const parser = wrapper as RecoveringParser;
    rememberRecoveryFollows(parser);
    recoverWithoutThrowing(parser);
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
