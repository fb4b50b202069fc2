/**
 * Gives every diagnostic a Strat code (`syntax` and `unresolved` included), then applies the
 * user's rule settings and `// strat-ignore` comments — in one place, for the editor and the CLI.
 */
import { DefaultDocumentValidator, interruptAndCheck, isOperationCancelled, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import { CancellationToken, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { StratServices } from '../strat-module.js';
import { ruleDocUrl, ruleMessage, type RuleCode, type RuleSetting } from '../diagnostics/rule-table.js';
import type { RuleSettings } from '../config/rule-settings.js';
import { diagnosticMessage } from '../diagnostics/diagnostic-words.js';
import { findIgnoreComments, isIgnored } from './ignore-comments.js';
import { friendlyLexerMessage, friendlySyntaxMessage } from './syntax-messages.js';

const KIND_WORDS: Record<string, string> = {
    Ambition: 'an ambition',
    Strategy: 'a strategy',
    Kpi: 'a KPI',
    Okr: 'an OKR',
    KeyResult: 'a key result'
};

const SEVERITIES: Record<Exclude<RuleSetting, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint
};

export class StratDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: RuleSettings;

    constructor(private readonly services: StratServices) {
        super(services);
        this.settings = services.rules.RuleSettings;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const ignored = findIgnoreComments(document.textDocument.getText(), this.services.parser.Lexer);
        const result: Diagnostic[] = [];
        for (const diagnostic of await this.collectDiagnostics(document, options, cancelToken)) {
            const code = String(diagnostic.code ?? '');
            const setting = this.settings.settingOf(code);
            if (setting === 'off' || isIgnored(ignored, diagnostic.range.start.line, code)) {
                continue;
            }
            if (setting !== undefined) {
                diagnostic.severity = SEVERITIES[setting];
            }
            result.push(diagnostic);
        }
        return result.sort(byPosition);
    }

    /**
     * As Langium's own `validateDocument`, without spreading the rule diagnostics into a call's
     * arguments: a huge file (hundreds of thousands of findings) overflowed the stack there.
     */
    private async collectDiagnostics(document: LangiumDocument, options: ValidationOptions, cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            this.processLexingErrors(document.parseResult, diagnostics, options);
            this.processParsingErrors(document.parseResult, diagnostics, options);
            this.processLinkingErrors(document, diagnostics, options);
        }
        try {
            for (const diagnostic of await this.validateAst(document.parseResult.value, options, cancelToken)) {
                diagnostics.push(diagnostic);
            }
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            console.error('An error occurred during validation:', error);
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
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
        const nameKinds = this.services.rules.WorkspaceFacts.get().nameKinds;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error || !reference.$refNode) {
                continue;
            }
            const name = error.info.reference.$refText;
            const expected = KIND_WORDS[this.services.shared.AstReflection.getReferenceType(error.info)] ?? 'an element';
            const found = nameKinds.get(name);
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: reference.$refNode.range,
                message: ruleMessage('unresolved', name, expected.replace(/^an? /, ''), found ? KIND_WORDS[found] : undefined),
                code: 'unresolved',
                codeDescription: { href: ruleDocUrl('unresolved') },
                source: this.getSource()
            });
        }
    }

    private recode(diagnostic: Diagnostic, code: RuleCode, message: string): void {
        diagnostic.code = code;
        diagnostic.codeDescription = { href: ruleDocUrl(code) };
        diagnostic.message = message;
    }
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
