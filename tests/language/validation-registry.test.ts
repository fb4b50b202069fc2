/**
 * Strat's validation registry calls a check directly instead of through Langium's async wrapper
 * (validation/strat-validation-registry.ts): whatever a check does — return, throw, reject, be
 * cancelled — the outcome must be Langium's: the same findings, in the same order, and the same
 * error passed on.
 */
import { OperationCancelled, ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { describe, expect, it, vi } from 'vitest';
import { StratValidationRegistry } from '../../packages/language/src/validation/strat-validation-registry.js';
import { lspServices } from '../lsp/lsp-workspace.js';

const CHECKS: Record<string, ValidationCheck> = {
    reports: (node, accept) => { accept('warning', 'found', { node }); },
    throws: (node, accept) => { accept('info', 'before', { node }); throw new Error('broken check'); },
    throwsText: () => { throw 'not an error'; },
    awaits: async (node, accept) => { await Promise.resolve(); accept('hint', 'later', { node }); },
    rejects: async () => { await Promise.resolve(); throw new Error('broken later'); },
    cancelled: () => { throw OperationCancelled; },
    cancelledLater: async () => { await Promise.resolve(); throw OperationCancelled; }
};

/** Runs one check through a registry as the validator runs it, awaiting what it returns; returns what it accepted, in order, and how it ended. */
async function run(registry: ValidationRegistry, name: string): Promise<unknown[]> {
    registry.register({ Kpi: CHECKS[name] });
    const node = { $type: 'Kpi' } as AstNode;
    const seen: unknown[] = [];
    const accept: ValidationAcceptor = (severity, message) => { seen.push(`${severity}: ${message}`); };
    const [check] = registry.getChecks('Kpi').toArray();
    try {
        const result = check(node, accept, CancellationToken.None);
        seen.push('returned');
        await result;
        seen.push('settled');
    } catch (error) {
        seen.push(error === OperationCancelled ? 'cancelled' : `threw ${String(error)}`);
    }
    return seen;
}

describe('Strat\'s validation registry', () => {
    it('gives every kind of check the outcome Langium\'s registry gives it', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            for (const name of Object.keys(CHECKS)) {
                const ours = await run(new StratValidationRegistry(lspServices()), name);
                const langiums = await run(new ValidationRegistry(lspServices()), name);
                expect(ours, name).toEqual(langiums);
                expect(ours.length, name).toBeGreaterThan(1);
            }
        } finally {
            vi.restoreAllMocks();
        }
    });

    it('calls a check that never awaits without making a promise', () => {
        const registry = new StratValidationRegistry(lspServices());
        registry.register({ Kpi: CHECKS.reports });
        const [check] = registry.getChecks('Kpi').toArray();
        expect(check({ $type: 'Kpi' } as AstNode, () => undefined, CancellationToken.None)).toBeUndefined();
    });
});
