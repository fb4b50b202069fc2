/**
 * Strat's elements and their properties as the grammar defines them (`strat.langium`): for
 * every rule that builds an element, the keywords that start it, and for each alternative of its
 * body the keyword(s) that start that property, the keywords inside it and the values of its
 * closed lists. Nothing here is declared by hand: a new property in the grammar shows up here.
 *
 * The grammar's shape this relies on: an element rule is a sequence that starts with keywords
 * (its header, maybe with a `{`), and its properties are the optional or repeated parts of that
 * sequence, each starting with a keyword, a closed list of keywords (`committed | aspirational`)
 * or a nested element (`key result …`).
 */
import { AstUtils, GrammarAST, GrammarUtils, type AstNode } from 'langium';

export interface GrammarProperty {
    /**
     * The words that start it: `every`; `key result`; each word of a closed list it starts with
     * (`committed`, `aspirational`); a word again for each other place it can be written in.
     */
    names: string[];
    /** The first keyword of each start. */
    startKeywords: GrammarAST.Keyword[];
    /** Keywords after the start (`to` in `from … to …`), punctuation left out. */
    innerKeywords: GrammarAST.Keyword[];
    /** Keywords of the closed value lists it takes (`week` … `year` after `every`). */
    valueKeywords: GrammarAST.Keyword[];
    /** The AST properties it assigns. */
    features: string[];
    /** Whether the model keeps every occurrence (`+=`) rather than the last one. */
    collects: boolean;
    /** The element it is, when the property is a nested element (`key result { … }`). */
    nestedElement?: string;
}

export interface GrammarElement {
    /** The AST type the rule builds. */
    type: string;
    rule: GrammarAST.ParserRule;
    /** The words of its header (`kpi`; `key`, `result`), punctuation left out. */
    headerKeywords: GrammarAST.Keyword[];
    /** Whether its properties sit in a `{ … }` body, one per line, rather than on the element's line. */
    hasBody: boolean;
    properties: GrammarProperty[];
}

/** The element rules of a grammar: every parser rule but the entry, value rules and unions of other rules. */
export function grammarElements(grammar: GrammarAST.Grammar): GrammarElement[] {
    return grammar.rules
        .filter(GrammarAST.isParserRule)
        .filter(rule => !rule.entry && !GrammarUtils.isDataTypeRule(rule) && !isUnion(rule))
        .map(elementOf);
}

/** Keywords that only structure the text (`{`, `}`, `,`): they start nothing and mean nothing on their own. */
export function isPunctuation(keyword: GrammarAST.Keyword): boolean {
    return /^[{},]$/.test(keyword.value);
}

function isUnion(rule: GrammarAST.ParserRule): boolean {
    const alternatives = GrammarAST.isAlternatives(rule.definition) ? rule.definition.elements : [rule.definition];
    return alternatives.every(element => GrammarAST.isRuleCall(element) && !element.cardinality);
}

function elementOf(rule: GrammarAST.ParserRule): GrammarElement {
    const sequence = GrammarAST.isGroup(rule.definition) ? rule.definition.elements : [rule.definition];
    const element: GrammarElement = { type: GrammarUtils.getRuleTypeName(rule), rule, headerKeywords: [], hasBody: false, properties: [] };
    for (const part of sequence) {
        const candidates = part.cardinality
            ? (GrammarAST.isAlternatives(part) ? part.elements : [part])
            : [];
        const properties = candidates.flatMap(candidate => propertyOf(candidate));
        if (properties.length > 0) {
            element.properties.push(...properties);
            continue;
        }
        // Not a property: part of the header (`kpi NAME "TITLE" {`, or an optional name without keyword).
        for (const keyword of keywordsIn(part)) {
            if (keyword.value === '{') {
                element.hasBody = true;
            } else if (!isPunctuation(keyword)) {
                element.headerKeywords.push(keyword);
            }
        }
    }
    element.properties = mergedPlaces(element.properties);
    return element;
}

/**
 * One property written in several places of the grammar (`column` both before and after `sheet`)
 * is one property with several starts, so that it is explained, completed and counted as one.
 */
function mergedPlaces(properties: GrammarProperty[]): GrammarProperty[] {
    const byKey = new Map<string, GrammarProperty>();
    for (const property of properties) {
        const key = `${property.names.join(' | ')} = ${property.features.join(', ')}`;
        const first = byKey.get(key);
        if (first === undefined) {
            byKey.set(key, { ...property });
        } else {
            first.names = [...first.names, ...property.names];
            first.startKeywords = [...first.startKeywords, ...property.startKeywords];
            first.innerKeywords = [...first.innerKeywords, ...property.innerKeywords];
            first.valueKeywords = [...first.valueKeywords, ...property.valueKeywords];
        }
    }
    return [...byKey.values()];
}

/** The property an alternative of the body stands for, or nothing when it does not start with a keyword. */
function propertyOf(candidate: GrammarAST.AbstractElement): GrammarProperty[] {
    const start = startOf(candidate);
    if (!start) {
        return [];
    }
    const startKeywords = new Set(start.sequences.flat());
    const innerKeywords: GrammarAST.Keyword[] = [];
    const valueKeywords: GrammarAST.Keyword[] = [];
    const { own, nested } = ownNodes(candidate);
    for (const node of own) {
        if (GrammarAST.isKeyword(node) && !startKeywords.has(node) && !isPunctuation(node)) {
            innerKeywords.push(node);
        } else if (GrammarAST.isRuleCall(node) && node !== start.listCall) {
            valueKeywords.push(...closedListOf(node).filter(keyword => !startKeywords.has(keyword)));
        }
    }
    const assignments = own.filter(GrammarAST.isAssignment);
    return [{
        names: start.sequences.map(sequence => sequence.map(keyword => keyword.value).join(' ')),
        startKeywords: start.sequences.map(sequence => sequence[0]),
        innerKeywords,
        valueKeywords,
        features: [...new Set(assignments.map(assignment => assignment.feature))],
        collects: assignments[0]?.operator === '+=',
        nestedElement: start.nestedElement
    }, ...nested.flatMap(propertyOf)];
}

/**
 * The grammar nodes of a property, and apart from them the optional properties nested in it that
 * start with a word of their own: in `'column' column=STRING ('sheet' sheet=STRING)?` the `sheet`
 * part is the `sheet` property, not words of `column`'s.
 */
function ownNodes(candidate: GrammarAST.AbstractElement): { own: AstNode[]; nested: GrammarAST.AbstractElement[] } {
    const own: AstNode[] = [];
    const nested: GrammarAST.AbstractElement[] = [];
    const visit = (node: AstNode): void => {
        if (node !== candidate && GrammarAST.isGroup(node) && node.cardinality && startsWithWord(node)) {
            nested.push(node);
            return;
        }
        own.push(node);
        for (const child of AstUtils.streamContents(node)) visit(child);
    };
    visit(candidate);
    return { own, nested };
}

function startsWithWord(group: GrammarAST.Group): boolean {
    const first = group.elements.find(part => !GrammarAST.isAction(part));
    return GrammarAST.isKeyword(first) && !isPunctuation(first);
}

interface Start {
    /** Each way the property can start, as its leading keywords. */
    sequences: GrammarAST.Keyword[][];
    /** The rule call of a closed list the property starts with (`commitment=Commitment`). */
    listCall?: GrammarAST.RuleCall;
    nestedElement?: string;
}

function startOf(element: GrammarAST.AbstractElement): Start | undefined {
    if (GrammarAST.isKeyword(element)) {
        return { sequences: [[element]] };
    }
    if (GrammarAST.isAssignment(element)) {
        return startOf(element.terminal);
    }
    if (GrammarAST.isGroup(element)) {
        const first = element.elements.find(part => !GrammarAST.isAction(part));
        return first && startOf(first);
    }
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        const list = closedListOf(element);
        if (list.length > 0) {
            return { sequences: list.map(keyword => [keyword]), listCall: element };
        }
        if (GrammarAST.isParserRule(rule) && !GrammarUtils.isDataTypeRule(rule)) {
            const leading = leadingKeywords(rule);
            return leading.length > 0 ? { sequences: [leading], nestedElement: GrammarUtils.getRuleTypeName(rule) } : undefined;
        }
    }
    return undefined;
}

/** The keywords a value rule offers when it is a closed list of keywords (`'week' | 'month' | …`). */
function closedListOf(call: GrammarAST.RuleCall): GrammarAST.Keyword[] {
    const rule = call.rule.ref;
    if (!GrammarAST.isParserRule(rule) || !GrammarUtils.isDataTypeRule(rule)) {
        return [];
    }
    const alternatives = GrammarAST.isAlternatives(rule.definition) ? rule.definition.elements : [rule.definition];
    return alternatives.every(GrammarAST.isKeyword) ? alternatives : [];
}

/** The keywords an element rule starts with (`key`, `result`). */
function leadingKeywords(rule: GrammarAST.ParserRule): GrammarAST.Keyword[] {
    const sequence = GrammarAST.isGroup(rule.definition) ? rule.definition.elements : [rule.definition];
    const leading: GrammarAST.Keyword[] = [];
    for (const part of sequence) {
        if (GrammarAST.isAction(part)) {
            continue;
        }
        if (!GrammarAST.isKeyword(part) || part.cardinality || isPunctuation(part)) {
            break;
        }
        leading.push(part);
    }
    return leading;
}

function keywordsIn(element: GrammarAST.AbstractElement): GrammarAST.Keyword[] {
    return [element, ...AstUtils.streamAllContents(element)].filter(GrammarAST.isKeyword);
}
