/**
 * Adding a property to the language, as docs/contributing.md adds `hypothetical "…"` to KPIs: with
 * `'hypothetical' hypothetical=STRING` in the Kpi rule and `hypothetical` described in the
 * catalogue, completion, hover, the formatter and `duplicate-property` know it — no other table is
 * touched. The grammar is changed in memory only (with a keyword no real property will take); the
 * services are Strat's own, built on that grammar.
 */
import { URI, type LangiumDocument, type LanguageMetaData } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { ElementCatalogue } from '../../packages/language/src/catalogue/element-catalogue.js';
import { ELEMENT_KINDS, type ElementKind } from '../../packages/language/src/catalogue/element-kinds.js';
import { registerStratChecks } from '../../packages/language/src/rules/strat-validator.js';
import { createStratModule, StratSharedModule, type StratServices } from '../../packages/language/src/strat-module.js';
import { applyTextEdits } from '../lsp/apply-edits.js';
import { withCursor } from '../lsp/lsp-workspace.js';
import { grammarWithKpiProperty } from './grammar-text.js';

const HYPOTHETICAL_DOC = 'A property this test adds, as docs/contributing.md adds `source`.';
const WITH_HYPOTHETICAL: Record<string, ElementKind> = {
    ...ELEMENT_KINDS,
    Kpi: { ...ELEMENT_KINDS.Kpi, properties: { ...ELEMENT_KINDS.Kpi.properties, hypothetical: { doc: HYPOTHETICAL_DOC } } }
};
const META: LanguageMetaData = { languageId: 'strat', fileExtensions: ['.strat'], caseInsensitive: false, mode: 'development' };

/** Strat's services on the grammar with `hypothetical`, with or without it in the catalogue. */
async function servicesWithHypothetical(kinds: Readonly<Record<string, ElementKind>>): Promise<StratServices> {
    const services = await createServicesForGrammar<StratServices>({
        grammar: grammarWithKpiProperty("'hypothetical' hypothetical=STRING"),
        languageMetaData: META,
        module: (() => {
            const module = createStratModule(undefined);
            return { ...module, catalogue: { ...module.catalogue, ElementCatalogue: (s: StratServices) => new ElementCatalogue(s.Grammar, kinds) } };
        })(),
        sharedModule: StratSharedModule
    });
    registerStratChecks(services);
    services.shared.workspace.ConfigurationProvider.initialized({});
    return services;
}

async function built(services: StratServices, text: string): Promise<LangiumDocument> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/hypothetical-${Math.random()}.strat`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

async function formatted(services: StratServices, text: string): Promise<string> {
    const document = await built(services, text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return applyTextEdits(text, edits);
}

async function hoverOn(services: StratServices, text: string, word: string): Promise<string | undefined> {
    const document = await built(services, text);
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(text.indexOf(word) + 1)
    });
    return hover && MarkupContent.is(hover.contents) ? hover.contents.value : undefined;
}

describe('a new KPI property, described in the catalogue', () => {
    it('is parsed into the KPI (the grammar change itself)', async () => {
        const services = await servicesWithHypothetical(WITH_HYPOTHETICAL);
        const document = await built(services, 'kpi K "k" { hypothetical "finance.csv" }');
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(document.parseResult.value).toMatchObject({ elements: [{ name: 'K', hypothetical: 'finance.csv' }] });
    });

    it('the formatter gives it a line of its own', async () => {
        const services = await servicesWithHypothetical(WITH_HYPOTHETICAL);
        expect(await formatted(services, 'kpi K "k" { hypothetical "finance.csv" target >= 1 }'))
            .toBe('kpi K "k" {\n    hypothetical "finance.csv"\n    target >= 1\n}\n');
    });

    it('duplicate-property reports it when given twice', async () => {
        const services = await servicesWithHypothetical(WITH_HYPOTHETICAL);
        const text = 'kpi K "k" {\n    hypothetical "a"\n    hypothetical "b"\n}';
        const document = await built(services, text);
        const duplicates = (document.diagnostics ?? []).filter(d => d.code === 'duplicate-property');
        expect(duplicates.map(d => [d.message, d.range.start.line, document.textDocument.getText(d.range)]))
            .toEqual([["'hypothetical' is already given in KPI 'K'; give it once.", 2, 'hypothetical']]);
    });

    it('hover explains its keyword', async () => {
        const services = await servicesWithHypothetical(WITH_HYPOTHETICAL);
        expect(await hoverOn(services, 'kpi K "k" { hypothetical "a" }', 'hypothetical')).toBe(`\`hypothetical\` — ${HYPOTHETICAL_DOC}`);
    });

    it('completion offers it in a KPI body, explained, and nowhere else', async () => {
        const services = await servicesWithHypothetical(WITH_HYPOTHETICAL);
        const complete = async (edited: string) => {
            const { text, offset } = withCursor(edited);
            const document = await built(services, text);
            const list = await services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(offset)
            });
            return list?.items ?? [];
        };
        const offered = (await complete('kpi K "k" {\n    <|>\n}')).find(item => item.label === 'hypothetical');
        expect(offered?.documentation).toEqual({ kind: 'markdown', value: HYPOTHETICAL_DOC });
        expect((await complete('okr O "o" {\n    <|>\n}')).map(item => item.label)).not.toContain('hypothetical');
    });
});

describe('a new KPI property the catalogue does not describe yet', () => {
    it('is still laid out and checked (the grammar wins), but has no explanation', async () => {
        const services = await servicesWithHypothetical(ELEMENT_KINDS);
        expect(await formatted(services, 'kpi K "k" { hypothetical "a" hypothetical "b" }')).toBe('kpi K "k" {\n    hypothetical "a"\n    hypothetical "b"\n}\n');
        const document = await built(services, 'kpi K "k" { hypothetical "a" hypothetical "b" }');
        expect((document.diagnostics ?? []).filter(d => d.code === 'duplicate-property').map(d => d.message))
            .toEqual(["'hypothetical' is already given in KPI 'K'; give it once."]);
        expect(await hoverOn(services, 'kpi K "k" { hypothetical "a" }', 'hypothetical')).toBeUndefined();
        expect(services.catalogue.ElementCatalogue.disagreements()).toContain(
            "The grammar has Kpi property 'hypothetical'; describe it in packages/language/src/catalogue/element-kinds.ts.");
    });
});
