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
    getCurrentGrammarPath(tokenType: TokenType, occurrence: number): { ruleStack: string[]; occurrenceStack: number[] };
}

type TokenType = { name: string };

export class StratParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // `nodeBuilder` is private in Langium; the parser test fails if it stops being used.
        (this as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new StratCstNodeBuilder();
        rememberRecoveryFollows(this.wrapper as unknown as RecoveringParser);
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
 * afresh at every error; the answer depends only on where in the grammar the parser is, so it is
 * kept (a 1 MB line of syntax errors spent half its parse walking).
 */
function rememberRecoveryFollows(parser: RecoveringParser): void {
    const walk = parser.getFollowsForInRuleRecovery.bind(parser);
    const known = new Map<string, TokenType[]>();
    parser.getFollowsForInRuleRecovery = (tokenType, occurrence) => {
        const path = parser.getCurrentGrammarPath(tokenType, occurrence);
        const key = `${path.ruleStack.join(' ')}|${path.occurrenceStack.join(' ')}|${tokenType.name}|${occurrence}`;
        let follows = known.get(key);
        if (!follows) {
            follows = walk(tokenType, occurrence);
            known.set(key, follows);
        }
        return follows;
    };
}

/** `createLangiumParser` with Strat's parser class. */
export function createStratParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new StratParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
