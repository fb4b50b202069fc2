/**
 * The keywords of the Strat grammar sorted by what they do, for the TextMate grammar
 * (scripts/textmate-grammar.mjs fills its template with these lists). Each keyword is classified
 * by what the Langium grammar says about it, through the element catalogue's `grammarElements`:
 *
 * - `declarations`: the one header keyword of a named element (`kpi NAME …`); `compounds`: the
 *   header keywords of a named element that has several (`key result [NAME] …`);
 * - `properties`: every other word that starts a property or an unnamed nested element
 *   (`every`, `actual`, `plan`), and the words inside a property (`to` in `from … to …`);
 *   among them `references`, followed by a cross-reference (`realizes NAME`), and `periods`,
 *   followed by a value of the Period rule (`cycle 2026-Q3`, `horizon 2030`);
 * - `modifiers`: boolean flags (`rewarded?='rewarded'`) and the words of a closed list that is a
 *   property on its own (`committed | aspirational`);
 * - `closedLists`: the values of each closed list a property takes (`every week | month | …`),
 *   named by the AST property it assigns (`frequency`); `operators`: values that are symbols (`>=`).
 *
 * A keyword of the grammar that fits none of these throws: a new kind of keyword is never left
 * uncoloured in silence. The grammar nodes are told apart by their `$type`, so that this script
 * needs no package the repository root does not declare.
 */

/** The value rule of periods: after a keyword followed by it, a plain year (`2030`) is a period too. */
const PERIOD_RULE = 'Period';

/** Keywords that only structure the text; the template colours them itself. */
const PUNCTUATION = /^[{},]$/;
const WORD = /^\w+$/;

/**
 * @param {import('langium').GrammarAST.Grammar} grammar
 * @param {import('../packages/language/src/catalogue/grammar-elements.js').GrammarElement[]} elements `grammarElements(grammar)`
 */
export function keywordClasses(grammar, elements) {
    if (!grammar.rules.some(rule => rule.name === PERIOD_RULE)) {
        throw new Error(`The grammar has no rule ${PERIOD_RULE}: say in scripts/textmate-keywords.mjs which rule holds periods.`);
    }
    const declarations = new Set();
    /** @type {Map<string, string[]>} */
    const compounds = new Map();
    const properties = new Set();
    const references = new Set();
    const periods = new Set();
    const modifiers = new Set();
    /** @type {Map<string, Set<string>>} */
    const closedLists = new Map();
    const operators = new Set();

    const addProperty = keyword => {
        properties.add(keyword.value);
        const value = valueAfter(keyword);
        if (value?.$type === 'CrossReference') {
            references.add(keyword.value);
        } else if (value?.$type === 'RuleCall' && value.rule.ref?.name === PERIOD_RULE) {
            periods.add(keyword.value);
        }
    };
    const addValue = keyword => {
        if (!WORD.test(keyword.value)) {
            operators.add(keyword.value);
            return;
        }
        const list = listName(grammar, ruleOf(keyword));
        closedLists.set(list, (closedLists.get(list) ?? new Set()).add(keyword.value));
    };

    for (const element of elements) {
        const header = element.headerKeywords.map(keyword => keyword.value);
        if (!isNamed(element.rule)) {
            element.headerKeywords.forEach(addProperty);
        } else if (header.length === 1) {
            declarations.add(header[0]);
        } else if (header.length > 1) {
            compounds.set(header.join(' '), header);
        }
        for (const property of element.properties) {
            // A nested element's header is classified with that element (`key result`, `actual`).
            if (property.nestedElement === undefined) {
                for (const start of property.startKeywords) {
                    // A start from another rule is a word of a closed list (`committed`).
                    if (isFlag(start) || ruleOf(start) !== element.rule) {
                        modifiers.add(start.value);
                    } else {
                        addProperty(start);
                    }
                }
            }
            property.innerKeywords.forEach(addProperty);
            property.valueKeywords.forEach(addValue);
        }
    }

    const classes = {
        declarations: [...declarations],
        compounds: [...compounds.values()],
        properties: [...properties],
        references: [...references],
        periods: [...periods],
        modifiers: [...modifiers],
        closedLists: [...closedLists].map(([name, values]) => ({ name, values: [...values] })),
        operators: [...operators]
    };
    const classified = new Set([...allKeywords(classes), ...operators]);
    const unclassified = grammarKeywords(grammar).filter(keyword => !PUNCTUATION.test(keyword) && !classified.has(keyword));
    if (unclassified.length > 0) {
        throw new Error(`The TextMate grammar cannot colour ${unclassified.map(k => `'${k}'`).join(', ')}: `
            + 'teach scripts/textmate-keywords.mjs what kind of keyword it is.');
    }
    return classes;
}

/** Every word keyword, once: what a name may never be. */
export function allKeywords(classes) {
    return [...new Set([
        ...classes.declarations,
        ...classes.compounds.flat(),
        ...classes.properties,
        ...classes.modifiers,
        ...classes.closedLists.flatMap(list => list.values)
    ])];
}

/** Every keyword value of the grammar, punctuation included. */
function grammarKeywords(grammar) {
    return [...new Set([...grammarNodes(grammar)].filter(node => node.$type === 'Keyword').map(node => node.value))];
}

/** The nodes of the grammar's rules, in text order. */
function* grammarNodes(grammar) {
    const visit = function* (node) {
        yield node;
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) {
                continue;
            }
            for (const child of Array.isArray(value) ? value : [value]) {
                // References ({ ref, $refText }) have no $type: the walk stays inside the grammar's tree.
                if (child && typeof child === 'object' && typeof child.$type === 'string') {
                    yield* visit(child);
                }
            }
        }
    };
    for (const rule of grammar.rules) {
        yield* visit(rule);
    }
}

/** Whether the rule gives its element a name (`name=ID`) in its header: Langium's naming convention. */
function isNamed(rule) {
    const sequence = rule.definition.$type === 'Group' ? rule.definition.elements : [rule.definition];
    return sequence.some(part => part.$type === 'Assignment' && part.feature === 'name');
}

function isFlag(keyword) {
    return keyword.$container?.$type === 'Assignment' && keyword.$container.operator === '?=';
}

/** What a keyword is directly followed by, when that is an assigned value: its terminal (`[Ambition:ID]`, `Period`). */
function valueAfter(keyword) {
    const group = keyword.$container;
    if (group?.$type !== 'Group') {
        return undefined;
    }
    const next = group.elements[group.elements.indexOf(keyword) + 1];
    return next?.$type === 'Assignment' ? next.terminal : undefined;
}

function ruleOf(node) {
    let current = node;
    while (current && current.$type !== 'ParserRule') {
        current = current.$container;
    }
    return current;
}

/** A closed list is named by the AST property it is assigned to (`status=OkrStatus` → `status`), else by its rule. */
function listName(grammar, rule) {
    for (const node of grammarNodes(grammar)) {
        if (node.$type === 'Assignment' && node.terminal.$type === 'RuleCall' && node.terminal.rule.ref === rule) {
            return node.feature;
        }
    }
    return rule.name.toLowerCase();
}
