/**
 * Gives every diagnostic a Strat code (`syntax` and `unresolved` included), then applies the
 * user's rule settings and `// strat-ignore` comments — in one place, for the editor and the CLI.
 *
 * Langium's own `validateDocument` runs unchanged, so its options (`categories`,
 * `stopAfterLexingErrors`, `stopAfterParsingErrors`, `stopAfterLinkingErrors`) keep working. Only
 * the rule findings take a detour: Langium spreads them into one call's arguments, which overflows
 * the stack for a huge file (hundreds of thousands of findings), so `validateAst` hands them over
 * beside the result instead. `tests/language/langium-validator.test.ts` fails when Langium's method
 * changes, so this detour is re-checked on every Langium update.
 */
import { DefaultDocumentValidator, DocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ParseResult, type ValidationAcceptor, type ValidationCheck, type ValidationOptions } from 'langium';
import { CancellationToken, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { isElementType, nounsOf, type ElementNouns } from '../catalogue/element-kinds.js';
import type { StratServices } from '../strat-module.js';
import { ruleDocLink, ruleMessage, type RuleCode } from '../diagnostics/rule-table.js';
import type { StratSettings } from '../config/strat-settings.js';
import { diagnosticMessage } from '../diagnostics/diagnostic-words.js';
import { LSP_SEVERITY } from '../diagnostics/lsp-severity.js';
import { findIgnoredSpans, isIgnored } from './ignore-comments.js';
import { friendlyLexerMessage, friendlySyntaxMessage } from './syntax-messages.js';
import type { StratDocumentFactory } from '../workspace/strat-document-factory.js';


export class StratDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: StratSettings;
    /** Rule findings of a document being validated, by its root node, waiting to join Langium's result. */
    private readonly ruleFindings = new WeakMap<AstNode, Diagnostic[]>();

    constructor(private readonly services: StratServices) {
        super(services);
        this.settings = services.config.Settings;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const encoding = (this.services.shared.workspace.LangiumDocumentFactory as StratDocumentFactory).encodingProblem(document);
        // The workspace facts this document's findings read are recorded: when they change, it is checked again.
        const facts = this.services.rules.WorkspaceFacts;
        facts.startReading(document.uri.toString(), document.diagnostics === undefined);
        let collected: Diagnostic[];
        try {
            collected = encoding === undefined ? await this.allFindings(document, options, cancelToken) : [this.encodingFinding(encoding)];
        } finally {
            facts.stopReading();
        }
        const text = document.textDocument.getText();
        const ignored = findIgnoredSpans(document.parseResult.value.$cstNode, text);
        const result: Diagnostic[] = [];
        const settings = this.settings.forDocument(document.uri);
        for (const diagnostic of collected) {
            const code = String(diagnostic.code ?? '');
            const setting = settings.settingOf(code);
            if (setting === 'off' || (ignored.length > 0 && isIgnored(ignored, document.textDocument.offsetAt(diagnostic.range.start), code))) {
                continue;
            }
            if (setting !== undefined) {
                diagnostic.severity = LSP_SEVERITY[setting];
            }
            result.push(diagnostic);
        }
        return result.sort(byPosition);
    }

    /** Langium's findings and the rule findings kept aside for it (see above). */
    private async allFindings(document: LangiumDocument, options: ValidationOptions, cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        try {
            const collected = await super.validateDocument(document, options, cancelToken);
            for (const finding of this.ruleFindings.get(root) ?? []) {
                collected.push(finding);
            }
            return collected;
        } finally {
            this.ruleFindings.delete(root);
        }
    }

    /** A file that is not UTF-8 gets this one finding, at its start, and no other (docs/decisions.md#files). */
    private encodingFinding(problem: string): Diagnostic {
        return {
            severity: DiagnosticSeverity.Error,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: ruleMessage('encoding', problem),
            code: 'encoding',
            codeDescription: ruleDocLink('encoding'),
            source: this.getSource()
        };
    }

    /**
     * Visits only the nodes whose type has checks, and what leads to them (ast-shape.ts), instead
     * of every node as Langium does: the actuals of a KPI have none. Each check still runs as
     * Langium runs it, in text order.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        const checksByType = new Map<string, ValidationCheck[]>();
        const checksOf = (type: string): ValidationCheck[] => {
            let checks = checksByType.get(type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(type, options.categories).toArray();
                checksByType.set(type, checks);
            }
            return checks;
        };
        // Langium's checks run synchronously up to their first await (its wrapper catches their
        // errors): their promises are awaited in batches, with a look at cancellation, not one by one.
        let pending: Array<Promise<void>> = [];
        for (const node of this.services.catalogue.AstShape.nodes(rootNode, type => checksOf(type).length > 0)) {
            for (const check of checksOf(node.$type)) {
                const result = check(node, acceptor, cancelToken);
                if (result instanceof Promise) pending.push(result);
            }
            if (pending.length >= 1_000) {
                await Promise.all(pending);
                pending = [];
                await interruptAndCheck(cancelToken);
            }
        }
        await Promise.all(pending);
    }

    /** Keeps the rule findings aside (see above) and gives Langium none to spread. */
    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        this.ruleFindings.set(rootNode, await super.validateAst(rootNode, options, cancelToken));
        return [];
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        for (const diagnostic of diagnostics.slice(start)) {
            this.recode(diagnostic, 'syntax', friendlyLexerMessage(diagnosticMessage(diagnostic)));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        for (const diagnostic of diagnostics.slice(start)) {
            this.recode(diagnostic, 'syntax', friendlySyntaxMessage(diagnosticMessage(diagnostic)));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const facts = this.services.rules.WorkspaceFacts;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error || !reference.$refNode) {
                continue;
            }
            const name = error.info.reference.$refText;
            const expected = this.services.shared.AstReflection.getReferenceType(error.info);
            const found = facts.nameKind(name);
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: reference.$refNode.range,
                message: ruleMessage('unresolved', name, nounsOrElement(expected), found === undefined ? undefined : nounsOrElement(found)),
                code: 'unresolved',
                codeDescription: ruleDocLink('unresolved'),
                source: this.getSource(),
                // As Langium marks its own linking errors, so that `stopAfterLinkingErrors` recognizes them.
                data: { code: DocumentValidator.LinkingError, containerType: error.info.container.$type, property: error.info.property, refText: name }
            });
        }
    }

    private recode(diagnostic: Diagnostic, code: RuleCode, message: string): void {
        diagnostic.code = code;
        diagnostic.codeDescription = ruleDocLink(code);
        diagnostic.message = message;
    }
}

/** The catalogue's nouns for a kind of element; "an element" for a type it does not know. */
function nounsOrElement(type: string): ElementNouns {
    return isElementType(type) ? nounsOf(type) : { article: 'an', singular: 'element', plural: 'elements' };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
