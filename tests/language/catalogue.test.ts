/**
 * The catalogue of element kinds (packages/language/src/catalogue/) and the grammar agree: every
 * keyword the grammar has is explained, every property it declares exists, repeatable properties
 * keep every occurrence. Each disagreement is also tried on purpose, so the check can fail.
 */
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { ElementCatalogue } from '../../packages/language/src/catalogue/element-catalogue.js';
import { ELEMENT_KINDS, type ElementKind, type PropertyDescription } from '../../packages/language/src/catalogue/element-kinds.js';
import { lspServices } from '../lsp/lsp-workspace.js';
import { GRAMMAR_TEXT, grammarWithKpiProperty, parseGrammar } from './grammar-text.js';

const DECLARED_IN = 'packages/language/src/catalogue/element-kinds.ts';

/** The declared kinds with the KPI's properties changed. */
function kindsWithKpi(properties: Record<string, PropertyDescription | undefined>): Record<string, ElementKind> {
    const kpi = { ...ELEMENT_KINDS.Kpi.properties, ...properties };
    const kept = Object.fromEntries(Object.entries(kpi).filter((entry): entry is [string, PropertyDescription] => entry[1] !== undefined));
    return { ...ELEMENT_KINDS, Kpi: { ...ELEMENT_KINDS.Kpi, properties: kept } };
}

function keyword(grammar: GrammarAST.Grammar, rule: string, value: string): GrammarAST.Keyword {
    const found = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)
        .find(k => k.value === value && AstUtils.getContainerOfType(k, GrammarAST.isParserRule)?.name === rule);
    if (!found) throw new Error(`no keyword '${value}' in rule ${rule}`);
    return found;
}

describe('the catalogue and the grammar', () => {
    it('agree: every keyword is explained, every declared property exists', () => {
        expect(lspServices().catalogue.ElementCatalogue.disagreements()).toEqual([]);
    });

    it('read from the grammar which keywords start a property, which sit inside one and which are values', () => {
        const grammar = lspServices().Grammar;
        const catalogue = new ElementCatalogue(grammar);
        const committed = catalogue.propertyStartedBy('Okr', keyword(grammar, 'Commitment', 'committed'));
        expect(committed?.names).toEqual(['committed', 'aspirational']);
        expect(catalogue.propertyStartedBy('Okr', keyword(grammar, 'Commitment', 'aspirational'))).toBe(committed);
        expect(catalogue.propertyStartedBy('KeyResult', keyword(grammar, 'KeyResult', 'to'))).toBeUndefined();
        expect(catalogue.keywordDoc(keyword(grammar, 'KeyResult', 'to'))).toBe(ELEMENT_KINDS.KeyResult.properties.from.doc);
        expect(catalogue.keywordDoc(keyword(grammar, 'Frequency', 'week'))).toBe('Measured and reviewed every week.');
        expect(catalogue.keywordDoc(keyword(grammar, 'KeyResult', 'result'))).toBe(ELEMENT_KINDS.KeyResult.doc);
        expect(catalogue.propertyAssigning('Okr', 'keyResults')).toMatchObject({ names: ['key result'], repeatable: true });
        expect(catalogue.propertyAssigning('Okr', 'plan')).toMatchObject({ names: ['plan'], repeatable: false });
    });

    it('put the properties of a { … } body on lines of their own, but not those of a one-line element', () => {
        const grammar = lspServices().Grammar;
        const catalogue = new ElementCatalogue(grammar);
        expect(catalogue.startsPropertyLine('Kpi', keyword(grammar, 'Kpi', 'every'))).toBe(true);
        expect(catalogue.startsPropertyLine('Initiative', keyword(grammar, 'Initiative', 'owner'))).toBe(false);
        expect(catalogue.startsPropertyLine('Checkin', keyword(grammar, 'Checkin', 'confidence'))).toBe(false);
        expect(['Ambition', 'Actual', 'Checkin', 'Initiative', 'KeyResult', 'Kpi', 'Okr', 'Plan', 'Strategy'].every(type => catalogue.isElement(type))).toBe(true);
        expect(catalogue.isElement('Model')).toBe(false);
    });
});

describe('the catalogue check fails', () => {
    it('when the grammar has a property the catalogue does not describe', async () => {
        const grammar = await parseGrammar(grammarWithKpiProperty("'hypothetical' hypothetical=STRING"));
        expect(new ElementCatalogue(grammar).disagreements()).toEqual([
            `The grammar has Kpi property 'hypothetical'; describe it in ${DECLARED_IN}.`,
            `The keyword 'hypothetical' in Kpi has no explanation: describe it in ${DECLARED_IN}.`
        ]);
    });

    it('when the catalogue describes a property the grammar does not have', async () => {
        const grammar = await parseGrammar(GRAMMAR_TEXT);
        const kinds = kindsWithKpi({ hypothetical: { doc: 'A property the grammar does not have.' } });
        expect(new ElementCatalogue(grammar, kinds).disagreements()).toEqual([
            `${DECLARED_IN} describes Kpi property 'hypothetical', but no Kpi property of the grammar starts with 'hypothetical'.`
        ]);
    });

    it('when a property is repeatable in the catalogue but the grammar keeps only the last one', async () => {
        const grammar = await parseGrammar(GRAMMAR_TEXT);
        const kinds = kindsWithKpi({ unit: { doc: 'The unit.', repeatable: true } });
        expect(new ElementCatalogue(grammar, kinds).disagreements()).toEqual([
            `Kpi property 'unit' is repeatable in ${DECLARED_IN}, but the grammar assigns it with '=' and keeps only the last one.`
        ]);
    });

    it('when a value of a closed list is not explained, or explained but not offered', async () => {
        const grammar = await parseGrammar(GRAMMAR_TEXT);
        const every = ELEMENT_KINDS.Kpi.properties.every;
        const { year: _year, ...withoutYear } = every.values ?? {};
        expect(new ElementCatalogue(grammar, kindsWithKpi({ every: { ...every, values: withoutYear } })).disagreements()).toEqual([
            `The keyword 'year' in Frequency has no explanation: describe it in ${DECLARED_IN}.`
        ]);
        expect(new ElementCatalogue(grammar, kindsWithKpi({ every: { ...every, values: { ...every.values, fortnight: 'Every other week.' } } })).disagreements()).toEqual([
            `${DECLARED_IN} explains the value 'fortnight' of Kpi property 'every', which the grammar does not offer.`
        ]);
    });

    it('when a keyword property has no explanation, or a nested element has one besides its kind\'s', async () => {
        const grammar = await parseGrammar(GRAMMAR_TEXT);
        expect(new ElementCatalogue(grammar, kindsWithKpi({ alert: {} })).disagreements()).toEqual([
            `Kpi property 'alert' has no explanation in ${DECLARED_IN}.`,
            `The keyword 'alert' in Kpi has no explanation: describe it in ${DECLARED_IN}.`
        ]);
        expect(new ElementCatalogue(grammar, kindsWithKpi({ actual: { doc: 'A value.', repeatable: true } })).disagreements()).toEqual([
            "Kpi property 'actual' is a nested Actual: explain it once, as the Actual kind's doc."
        ]);
    });

    it('when an element kind is missing from the catalogue', async () => {
        const grammar = await parseGrammar(GRAMMAR_TEXT);
        const { Checkin: _checkin, ...withoutCheckin } = ELEMENT_KINDS;
        expect(new ElementCatalogue(grammar, withoutCheckin).disagreements()).toEqual([
            `KeyResult property 'checkin' is a nested Checkin, which ${DECLARED_IN} does not describe.`,
            `The grammar builds Checkin elements (rule Checkin); describe the kind in ${DECLARED_IN}.`,
            `The keyword 'checkin' in Checkin has no explanation: describe it in ${DECLARED_IN}.`,
            `The keyword 'confidence' in Checkin has no explanation: describe it in ${DECLARED_IN}.`
        ]);
    });
});
