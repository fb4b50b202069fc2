/**
 * The one catalogue of Strat's element kinds and their properties: the grammar's structure
 * (grammar-elements.ts) joined with what is declared about it (element-kinds.ts). Completion,
 * hover, the formatter and `duplicate-property` ask it, so a property added to the grammar and
 * described in element-kinds.ts reaches all of them (docs/contributing.md).
 */
import type { GrammarAST } from 'langium';
import { ELEMENT_KINDS, type ElementKind } from './element-kinds.js';
import { grammarElements, type GrammarElement, type GrammarProperty } from './grammar-elements.js';
import { catalogueDisagreements } from './disagreements.js';

/** A property as the grammar defines it, with what the catalogue declares about it. */
export interface CatalogueProperty {
    /** The words that start it, as the grammar has them (`every`; `committed`, `aspirational`). */
    names: readonly string[];
    repeatable: boolean;
    grammar: GrammarProperty;
}

interface IndexedElement {
    /** Its properties sit one per line in a `{ … }` body. */
    hasBody: boolean;
    byStartKeyword: Map<GrammarAST.Keyword, CatalogueProperty>;
    byFeature: Map<string, CatalogueProperty>;
}

export class ElementCatalogue {
    private readonly elements = new Map<string, IndexedElement>();
    private readonly docs = new Map<GrammarAST.Keyword, string>();
    private readonly grammarElements: GrammarElement[];

    constructor(private readonly grammar: GrammarAST.Grammar, private readonly kinds: Readonly<Record<string, ElementKind>> = ELEMENT_KINDS) {
        this.grammarElements = grammarElements(grammar);
        for (const element of this.grammarElements) {
            this.index(element, kinds[element.type]);
        }
    }

    /** Whether nodes of this AST type are elements (each starts a line of its own). */
    isElement(type: string): boolean {
        return this.elements.has(type);
    }

    /** The property a keyword starts in an element of this type, if it starts one. */
    propertyStartedBy(type: string, keyword: GrammarAST.Keyword): CatalogueProperty | undefined {
        return this.elements.get(type)?.byStartKeyword.get(keyword);
    }

    /** The property that assigns this AST property, e.g. `plan` for a nested plan. */
    propertyAssigning(type: string, feature: string): CatalogueProperty | undefined {
        return this.elements.get(type)?.byFeature.get(feature);
    }

    /** Whether the keyword starts a property on a line of its own: in a `{ … }` body, one property per line. */
    startsPropertyLine(type: string, keyword: GrammarAST.Keyword): boolean {
        const element = this.elements.get(type);
        return element !== undefined && element.hasBody && element.byStartKeyword.has(keyword);
    }

    /** The explanation of a keyword where the grammar uses it (`target` in a KPI differs from `target` in a key result). */
    keywordDoc(keyword: GrammarAST.Keyword): string | undefined {
        return this.docs.get(keyword);
    }

    /** Where the grammar and the declarations disagree, in words that say what to fix; empty when they agree. */
    disagreements(): string[] {
        return catalogueDisagreements(this.grammar, this.grammarElements, this.kinds, keyword => this.docs.has(keyword));
    }

    private index(element: GrammarElement, kind: ElementKind | undefined): void {
        const indexed: IndexedElement = { hasBody: element.hasBody, byStartKeyword: new Map(), byFeature: new Map() };
        this.elements.set(element.type, indexed);
        this.document(element.headerKeywords, kind?.doc);
        for (const property of element.properties) {
            const declared = property.names.map(name => kind?.properties[name]);
            const entry: CatalogueProperty = {
                names: property.names,
                repeatable: declared.some(description => description?.repeatable === true),
                grammar: property
            };
            property.startKeywords.forEach(keyword => indexed.byStartKeyword.set(keyword, entry));
            property.features.forEach(feature => indexed.byFeature.set(feature, entry));
            const nestedDoc = property.nestedElement === undefined ? undefined : this.kinds[property.nestedElement]?.doc;
            // Each start word has its own text (`committed`, `aspirational`); the words inside share the first one's.
            property.startKeywords.forEach((keyword, i) => this.document([keyword], declared[i]?.doc ?? nestedDoc));
            this.document(property.innerKeywords, declared[0]?.doc ?? nestedDoc);
            for (const value of property.valueKeywords) {
                this.document([value], declared.find(description => description?.values?.[value.value] !== undefined)?.values?.[value.value]);
            }
        }
    }

    private document(keywords: readonly GrammarAST.Keyword[], doc: string | undefined): void {
        if (doc !== undefined) {
            keywords.forEach(keyword => this.docs.set(keyword, doc));
        }
    }
}
