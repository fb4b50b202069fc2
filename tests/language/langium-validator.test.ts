/**
 * Strat's document validator builds on Langium's `validateDocument` rather than copying it
 * (validation/strat-document-validator.ts): Langium's options must keep working, and a change of
 * Langium's method must be noticed, because the validator relies on how it calls `validateAst`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DefaultDocumentValidator, DocumentValidator, type ValidationOptions } from 'langium';
import { validationHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { lspServices } from '../lsp/lsp-workspace.js';
import { REPO_ROOT } from '../support/paths.js';

/** What strat-document-validator.ts was last checked against. */
const CHECKED_LANGIUM_VERSION = '4.4.0';
const CHECKED_VALIDATE_DOCUMENT_SHA256 = 'b6d18df72806c3ae555a25826cfea47e784be7b58eb802f97c2672de9df35d4b';

const RECHECK = 'Langium changed: re-read validateDocument in node_modules/langium/lib/validation/document-validator.js, '
    + 'check that StratDocumentValidator (packages/language/src/validation/strat-document-validator.ts) still gets every '
    + 'rule finding through validateAst and that the options tested below still hold, then record the new values here.';

function installedLangiumVersion(): string {
    for (const base of [path.join(REPO_ROOT, 'packages', 'language'), REPO_ROOT]) {
        const manifest = path.join(base, 'node_modules', 'langium', 'package.json');
        if (existsSync(manifest)) {
            return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
        }
    }
    throw new Error('langium is not installed (run npm ci)');
}

/** A KPI with a rule finding (`kpi-no-target` and more), plus whatever `extra` adds. */
async function validate(extra: string, options: ValidationOptions) {
    const result = await validationHelper(lspServices())(`kpi K "k" { monitors S every month actual 2026-01 1 }\nstrategy S "s" { }\n${extra}`, { validation: options });
    return result.diagnostics.map(d => String(d.code));
}

describe('the document validator builds on Langium', () => {
    it('was checked against this Langium and this validateDocument', () => {
        const hash = createHash('sha256').update(DefaultDocumentValidator.prototype.validateDocument.toString()).digest('hex');
        expect({ version: installedLangiumVersion(), validateDocument: hash }, RECHECK)
            .toEqual({ version: CHECKED_LANGIUM_VERSION, validateDocument: CHECKED_VALIDATE_DOCUMENT_SHA256 });
    });

    it('reports built-in and rule findings by default', async () => {
        const codes = await validate('okr O "o" { addresses Nope', {});
        expect(codes).toContain('syntax');
        expect(codes).toContain('unresolved');
        expect(codes).toContain('kpi-no-target');
    });

    it('stopAfterParsingErrors: a syntax error ends validation there', async () => {
        expect(await validate('okr O "o" { addresses Nope', { stopAfterParsingErrors: true })).toEqual(['syntax']);
    });

    it('stopAfterLinkingErrors: an unresolved reference ends validation there', async () => {
        const codes = await validate('okr O "o" { addresses Nope }', { stopAfterLinkingErrors: true });
        expect(codes).toEqual(['unresolved']);
    });

    it('marks its unresolved references as Langium marks linking errors', async () => {
        const result = await validationHelper(lspServices())('okr O "o" { addresses Nope }');
        const unresolved = result.diagnostics.find(d => d.code === 'unresolved');
        expect(unresolved?.data).toEqual({ code: DocumentValidator.LinkingError, containerType: 'Okr', property: 'addresses', refText: 'Nope' });
    });

    it('categories: built-in checks and rules can be run apart', async () => {
        const builtIn = await validate('okr O "o" { addresses Nope }', { categories: ['built-in'] });
        expect(builtIn).toEqual(['unresolved']);
        const rules = await validate('okr O "o" { addresses Nope }', { categories: ['fast'] });
        expect(rules).not.toContain('unresolved');
        expect(rules).toContain('kpi-no-target');
    });
});
