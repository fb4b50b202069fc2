/**
 * Where the grammar and the declared catalogue disagree, each in a sentence that says what to fix.
 * The catalogue test fails on any; at run time the grammar wins (an undeclared property still
 * starts its own line and is checked by `duplicate-property`, it only lacks its explanation).
 */
import { AstUtils, GrammarAST } from 'langium';
import type { ElementKind } from './element-kinds.js';
import { isPunctuation, type GrammarElement, type GrammarProperty } from './grammar-elements.js';

const DECLARED_IN = 'packages/language/src/catalogue/element-kinds.ts';

export function catalogueDisagreements(
    grammar: GrammarAST.Grammar,
    elements: readonly GrammarElement[],
    kinds: Readonly<Record<string, ElementKind>>,
    isDocumented: (keyword: GrammarAST.Keyword) => boolean
): string[] {
    const problems: string[] = [];
    const types = new Set(elements.map(element => element.type));
    for (const element of elements) {
        const kind = kinds[element.type];
        if (kind === undefined) {
            problems.push(`The grammar builds ${element.type} elements (rule ${element.rule.name}); describe the kind in ${DECLARED_IN}.`);
            continue;
        }
        problems.push(...propertyDisagreements(element, kind, kinds));
    }
    for (const type of Object.keys(kinds)) {
        if (!types.has(type)) {
            problems.push(`${DECLARED_IN} describes ${type}, which no rule of the grammar builds.`);
        }
    }
    for (const keyword of AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)) {
        if (!isPunctuation(keyword) && !isDocumented(keyword)) {
            const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? 'a rule';
            problems.push(`The keyword '${keyword.value}' in ${rule} has no explanation: describe it in ${DECLARED_IN}.`);
        }
    }
    return [...new Set(problems)];
}

function propertyDisagreements(element: GrammarElement, kind: ElementKind, kinds: Readonly<Record<string, ElementKind>>): string[] {
    const problems: string[] = [];
    const where = (name: string) => `${element.type} property '${name}'`;
    const grammarNames = new Set(element.properties.flatMap(property => property.names));
    for (const name of Object.keys(kind.properties)) {
        if (!grammarNames.has(name)) {
            problems.push(`${DECLARED_IN} describes ${where(name)}, but no ${element.type} property of the grammar starts with '${name}'.`);
        }
    }
    const starts = new Map<string, GrammarProperty>();
    for (const property of element.properties) {
        for (const keyword of property.startKeywords) {
            const other = starts.get(keyword.value);
            if (other !== undefined && other !== property) {
                problems.push(`Two ${element.type} properties of the grammar start with '${keyword.value}': a reader cannot tell them apart.`);
            }
            starts.set(keyword.value, property);
        }
        const declared = property.names.map(name => kind.properties[name]);
        property.names.forEach((name, i) => {
            const description = declared[i];
            if (description === undefined) {
                problems.push(`The grammar has ${where(name)}; describe it in ${DECLARED_IN}.`);
            } else if (property.nestedElement === undefined && description.doc === undefined) {
                problems.push(`${where(name)} has no explanation in ${DECLARED_IN}.`);
            } else if (property.nestedElement !== undefined && description.doc !== undefined) {
                problems.push(`${where(name)} is a nested ${property.nestedElement}: explain it once, as the ${property.nestedElement} kind's doc.`);
            }
        });
        if (new Set(declared.map(description => description?.repeatable === true)).size > 1) {
            problems.push(`${element.type} properties ${property.names.map(name => `'${name}'`).join(', ')} are one property in the grammar: declare them all repeatable or none.`);
        }
        if (declared.some(description => description?.repeatable === true) && !property.collects) {
            problems.push(`${where(property.names[0])} is repeatable in ${DECLARED_IN}, but the grammar assigns it with '=' and keeps only the last one.`);
        }
        if (property.nestedElement !== undefined && kinds[property.nestedElement] === undefined) {
            problems.push(`${where(property.names[0])} is a nested ${property.nestedElement}, which ${DECLARED_IN} does not describe.`);
        }
        const grammarValues = new Set(property.valueKeywords.map(keyword => keyword.value));
        for (const description of declared) {
            for (const value of Object.keys(description?.values ?? {})) {
                if (!grammarValues.has(value)) {
                    problems.push(`${DECLARED_IN} explains the value '${value}' of ${where(property.names[0])}, which the grammar does not offer.`);
                }
            }
        }
    }
    return problems;
}
