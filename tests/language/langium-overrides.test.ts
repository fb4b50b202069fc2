/**
 * Where Strat replaces a Langium method to keep big files linear (parser/strat-parser.ts,
 * catalogue/ast-shape.ts and the linker, reference index, exports and validator that walk with
 * it), the results must stay Langium's: the same syntax trees, the same nodes, the same
 * references. And a Langium update that changes a replaced method must be noticed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
    AstUtils, CstNodeBuilder, GrammarUtils, DefaultDocumentBuilder, DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultValueConverter,
    createLangiumParser, isCompositeCstNode, LangiumParser, ValidationRegistry, DefaultAstNodeDescriptionProvider, isAstNodeDescription, URI, type AstNodeDescription, type AstNode, type CstNode, type ReferenceInfo
} from 'langium';
import { describe, expect, it } from 'vitest';
import type { Kpi, Model } from '../../packages/language/src/generated/ast.js';
import { propertyNode } from '../../packages/language/src/model/ast-text.js';
import { StratCstNodeBuilder } from '../../packages/language/src/parser/strat-parser.js';
import { lspServices, BANK } from '../lsp/lsp-workspace.js';
import { EXAMPLES_DIR, OWN_CONFORMANCE_DIR } from '../support/paths.js';

/** What the replacements were last checked against (see RECHECK). */
const CHECKED = {
    'CstNodeBuilder.addHiddenNodes': '4ef104bfe1fa2a5fe57ad79ffc3043dfcc75113a1114d7b06427830f48a07029',
    'CstNodeBuilder.removeNode': '175ddda3a58ac195be7f384d91e8b2fc1dbaf708092aa47974924b44e614ccd0',
    'DefaultDocumentBuilder.buildDocuments': '69556c19bb048b4748e83cb0b75174f5b023ff33ada70d6ee3348f36abaae26d',
    'DefaultLinker.link': '3a7586275d6d84d25c754e4e6ff298a444a926b5a5d1f52b38df54df5613b4cf',
    'DefaultReferenceDescriptionProvider.createDescriptions': 'a9e321f5bd7afb87c31007c25e2c69d5539ac9723bcbea8f5c2ff581172f7568',
    'DefaultDocumentValidator.validateAstNodes': 'ab2e5ed580264917601c2d5624396c185f0556c3b3e9a2f828eb136189ff920f',
    'DefaultValueConverter.convert': '89daeb766a769cd161b66ef36c41b11ab6729e7123a9bd5d4e6644a6c9b882ec',
    'GrammarUtils.findNodeForProperty': '3204799f67be1be3d63b39cb724594e394ebb9f0d3d507810f12fa9b4a65ba5e',
    'Chevrotain getFollowsForInRuleRecovery': '1af7259f8b8759a7b54baa6bea6894f89742a7a61f212eaeb0e565d6bbe867aa',
    'Chevrotain getCurrentGrammarPath': 'bf11f81734faa05a0f9c443d028fda1651df6ce10a6e99e5ad8378ba53526f97',
    'Chevrotain consumeInternal': '4b597450ded5bbf3d4580dd71283d6cb035a2bb0d3caaf6991e0cc15ff6b9047',
    'Chevrotain consumeInternalError': '23a2569a37787e524ef83549841d001123efe81d0ce571e8a23cc728fa63b2d7',
    'Chevrotain consumeInternalRecovery': '7f0fce9e3626170966b877e5795d3a813675076dcbc1e3456a404ff4051a4418',
    'Chevrotain tryInRuleRecovery': 'e332c680abe43c1b25cc645d9835c01d5839a108808ced2c74d460a3314bfb6c',
    // The whole class: Strat's parser replaces `parse` and relies on the reflection being read only by `construct`.
    'LangiumParser (class)': '4108138efaca4b133396292e838288da1aef8dc4886c52d785433fb70965f496',
    'assignMandatoryProperties': '11a85b7c0a94f0c559422ff9c76d9e063499e7f935a8d324c16f5430ebc3eae9',
    'linkContentToContainer': '02b1b5eb0d227af8f8848db6a7b74316b121413a7b24497c5d787a63c8809a3d',
    'DefaultAstNodeDescriptionProvider.createDescription': '63398e8c60f2be5845b6f6af5d3683ee746c834cca9069500892a916cf634fd3',
    'ValidationRegistry.wrapValidationException': '0e44ec8136d1d1c4c8fc1dff543988d0adc94ef4c80830526be6d3450184c57c'
};

const RECHECK = 'Langium changed a method Strat replaces: re-read it in node_modules/langium/lib, check that the replacement '
    + '(packages/language/src/parser/strat-parser.ts, parser/syntax-error-recovery.ts, validation/strat-validation-registry.ts, workspace/strat-document-builder.ts#buildDocuments, references/strat-linker.ts, references/strat-reference-descriptions.ts, references/strat-node-descriptions.ts, '
    + 'validation/strat-document-validator.ts#validateAstNodes, parser/strat-value-converter.ts, model/ast-text.ts#propertyNode) '
    + 'still does what it does, then record the new hashes here.';

function hash(method: (...args: never[]) => unknown): string {
    return createHash('sha256').update(method.toString()).digest('hex');
}

/** Every .strat text of the project: the examples and the conformance cases (folders included). */
function corpus(): Array<[string, string]> {
    const texts: Array<[string, string]> = [];
    for (const dir of [EXAMPLES_DIR, OWN_CONFORMANCE_DIR]) {
        for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
            if (entry.isFile() && entry.name.endsWith('.strat')) {
                const file = path.join(entry.parentPath, entry.name);
                texts.push([path.relative(dir, file), readFileSync(file, 'utf8')]);
            }
        }
    }
    return texts;
}

/** Texts that exercise comments (hidden tokens) at every place, and broken input. */
const AWKWARD = [
    '// first\n/* block */ ambition A "a" { // trailing\n horizon /* inside */ 2030 }\n// last',
    'kpi K "k" { /* a */ actual 2026-01 1 /* b */ actual 2026-02 2 // c\n }',
    'okr O "o" { key result "k" { // x\n checkin 2026-07-15 1 /* y */ confidence 5 } plan { /* z */ initiative "i" done } }',
    'kpi K "k" { actual 2026-01 } // half typed',
    'okr O "o" { key result',
    'kpi K "k" { actual 2026-01 1 '.repeat(50) + '}',
    'kpi K "k" { every often target > 3 } okr { } strategy S "s" { realizes }',
    // A stray token before the expected one (recovered by deleting it), and errors that re-synchronise a rule.
    'ambition A "a" x { horizon 2030 } kpi K "k" { actual actual 2026-01 1 } okr O "o" { key result "k" { target } }',
    'kpi K "k" { target >= 5 alert } } } ambition "a" { } kpi K2 { }',
    '/* only a comment */',
    ''
];

/** A syntax tree as plain data: each node's kind, place, grammar element and children. */
function shapeOf(node: CstNode, grammarIds: Map<unknown, number>): unknown {
    const id = (source: unknown) => {
        if (!grammarIds.has(source)) grammarIds.set(source, grammarIds.size);
        return grammarIds.get(source);
    };
    const own = { offset: node.offset, end: node.end, hidden: node.hidden, grammar: id(node.grammarSource), ast: node.astNode.$type };
    return isCompositeCstNode(node) ? { ...own, content: node.content.map(child => shapeOf(child, grammarIds)) } : own;
}

/** Every AST node with where it sits: its container, the property holding it and its index there. */
function containerLinks(root: AstNode): unknown[] {
    return AstUtils.streamAst(root).map(node => ({
        type: node.$type, offset: node.$cstNode?.offset, keys: Object.keys(node),
        container: node.$container && `${node.$container.$type}@${node.$container.$cstNode?.offset}`,
        property: node.$containerProperty, index: node.$containerIndex
    })).toArray();
}

describe('Strat\'s replacements of Langium methods', () => {
    it('were checked against the Langium methods they replace', () => {
        // The parser's Chevrotain methods, as its prototype has them (the instance holds Strat's replacement).
        const wrapper = (lspServices().parser.LangiumParser as unknown as { wrapper: object }).wrapper;
        type Replaced = 'getFollowsForInRuleRecovery' | 'getCurrentGrammarPath' | 'consumeInternal' | 'consumeInternalError' | 'consumeInternalRecovery' | 'tryInRuleRecovery';
        const chevrotain = Object.getPrototypeOf(wrapper) as Record<Replaced, (...args: never[]) => unknown>;
        const current = {
            'CstNodeBuilder.addHiddenNodes': hash(CstNodeBuilder.prototype.addHiddenNodes),
            'CstNodeBuilder.removeNode': hash(CstNodeBuilder.prototype.removeNode),
            'DefaultDocumentBuilder.buildDocuments': hash(DefaultDocumentBuilder.prototype['buildDocuments' as keyof DefaultDocumentBuilder] as (...args: never[]) => unknown),
            'DefaultLinker.link': hash(DefaultLinker.prototype.link),
            'DefaultReferenceDescriptionProvider.createDescriptions': hash(DefaultReferenceDescriptionProvider.prototype.createDescriptions),
            'DefaultDocumentValidator.validateAstNodes': hash(DefaultDocumentValidator.prototype['validateAstNodes' as keyof DefaultDocumentValidator] as (...args: never[]) => unknown),
            'DefaultValueConverter.convert': hash(DefaultValueConverter.prototype.convert),
            'GrammarUtils.findNodeForProperty': hash(GrammarUtils.findNodeForProperty),
            'Chevrotain getFollowsForInRuleRecovery': hash(chevrotain.getFollowsForInRuleRecovery),
            'Chevrotain getCurrentGrammarPath': hash(chevrotain.getCurrentGrammarPath),
            'Chevrotain consumeInternal': hash(chevrotain.consumeInternal),
            'Chevrotain consumeInternalError': hash(chevrotain.consumeInternalError),
            'Chevrotain consumeInternalRecovery': hash(chevrotain.consumeInternalRecovery),
            'Chevrotain tryInRuleRecovery': hash(chevrotain.tryInRuleRecovery),
            'LangiumParser (class)': hash(LangiumParser as unknown as (...args: never[]) => unknown),
            'assignMandatoryProperties': hash(AstUtils.assignMandatoryProperties),
            'linkContentToContainer': hash(AstUtils.linkContentToContainer),
            'DefaultAstNodeDescriptionProvider.createDescription': hash(DefaultAstNodeDescriptionProvider.prototype.createDescription),
            'ValidationRegistry.wrapValidationException': hash(ValidationRegistry.prototype['wrapValidationException' as keyof ValidationRegistry] as (...args: never[]) => unknown)
        };
        expect(current, RECHECK).toEqual(CHECKED);
    });

    it('the parser builds its trees with Strat\'s node builder', () => {
        const parser = lspServices().parser.LangiumParser;
        expect((parser as unknown as { nodeBuilder: unknown }).nodeBuilder).toBeInstanceOf(StratCstNodeBuilder);
    });

    it('the parser builds the same syntax trees as Langium\'s, comments and broken text included', () => {
        const services = lspServices();
        const langium = createLangiumParser(services);
        const texts = [...corpus(), ...AWKWARD.map((text, i): [string, string] => [`awkward ${i}`, text])];
        expect(texts.length).toBeGreaterThan(30);
        for (const [name, text] of texts) {
            const ids = new Map<unknown, number>();
            const ours = services.parser.LangiumParser.parse(text);
            const theirs = langium.parse(text);
            expect(shapeOf(ours.value.$cstNode!, ids), name).toEqual(shapeOf(theirs.value.$cstNode!, ids));
            // Every field of each error, as Chevrotain makes them (Strat's parser records most without throwing them).
            const errors = (result: typeof ours) => result.parserErrors.map(e => ({
                ...e, kind: Object.getPrototypeOf(e), isError: e instanceof Error, message: e.message,
                token: e.token.startOffset, previousToken: (e as { previousToken?: { startOffset: number } }).previousToken?.startOffset,
                resyncedTokens: e.resyncedTokens.map(token => token.startOffset)
            }));
            expect(errors(ours), name).toEqual(errors(theirs));
            expect(containerLinks(ours.value), name).toEqual(containerLinks(theirs.value));
        }
    });

    it('the exported elements are described as Langium describes them, read when asked', async () => {
        const services = lspServices();
        const langium = new DefaultAstNodeDescriptionProvider(services);
        let compared = 0;
        for (const [name, text] of [...corpus(), ['bank', BANK] as [string, string]]) {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/described/${compared}.strat`));
            for (const ours of await services.references.ScopeComputation.collectExportedSymbols(document)) {
                const theirs = langium.createDescription(ours.node!, ours.name, document);
                const read = (description: AstNodeDescription) => ({
                    node: description.node, name: description.name, type: description.type, documentUri: description.documentUri.toString(),
                    path: description.path, nameSegment: description.nameSegment, selectionSegment: description.selectionSegment
                });
                expect(read(ours), name).toEqual(read(theirs));
                expect(isAstNodeDescription(ours)).toBe(true);
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(100);
    });

    it('a property\'s syntax is found where Langium finds it, stopping early', () => {
        const services = lspServices();
        let compared = 0;
        for (const [name, text] of corpus()) {
            for (const node of AstUtils.streamAst(services.parser.LangiumParser.parse(text).value)) {
                for (const property of [...Object.keys(node).filter(key => !key.startsWith('$')), 'nothing']) {
                    for (const index of [undefined, 0, 1, 5]) {
                        expect(propertyNode(node, property, index), `${name}: ${node.$type}.${property}[${index}]`)
                            .toBe(GrammarUtils.findNodeForProperty(node.$cstNode, property, index));
                        compared++;
                    }
                }
            }
        }
        expect(compared).toBeGreaterThan(1000);
    });

    it('the walks find the nodes and references Langium\'s streams find', () => {
        const services = lspServices();
        const shape = services.catalogue.AstShape;
        for (const [name, text] of [...corpus(), ['bank', BANK] as [string, string]]) {
            const root = services.parser.LangiumParser.parse(text).value;
            // Sibling properties may come in another order (the grammar's, not the object's): compare in text order.
            const inTextOrder = <T>(items: Iterable<T>, offset: (item: T) => number) => [...items].sort((a, b) => offset(a) - offset(b));
            const nodeOffset = (node: AstNode) => node.$cstNode?.offset ?? -1;
            expect(inTextOrder(shape.nodes(root, () => true), nodeOffset), name).toEqual(inTextOrder(AstUtils.streamAst(root), nodeOffset));
            const references = (stream: Iterable<ReferenceInfo>) =>
                inTextOrder(stream, info => ('$refNode' in info.reference ? info.reference.$refNode?.offset : undefined) ?? -1)
                    .map(({ reference, property, index }) => ({ reference, property, index }));
            expect(references(shape.references(root)), name)
                .toEqual(references(AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node))));
        }
    });

    it('a walk that wants no node of a kind does not enter where only that kind can be', () => {
        const services = lspServices();
        const root = services.parser.LangiumParser.parse('kpi K "k" { actual 2026-01 1 actual 2026-02 2 }').value as Model;
        const kpi = root.elements[0] as Kpi;
        const actuals = kpi.actuals;
        let entered = 0;
        Object.defineProperty(kpi, 'actuals', { get: () => { entered++; return actuals; } });
        const shape = services.catalogue.AstShape;
        expect([...shape.nodes(root, type => type === 'Kpi')].map(node => node.$type)).toEqual(['Kpi']);
        expect(entered, 'a walk for KPIs looked into the actuals').toBe(0);
        expect([...shape.nodes(root, type => type === 'Actual')].map(node => node.$type)).toEqual(['Actual', 'Actual']);
        expect(entered).toBe(1);
    });
});
