/**
 * A request that waits for the checked workspace (the preview's scorecard) is answered after an
 * update that had nothing to rebuild — a saved data file that no KPI reads — instead of waiting
 * for the next edit (Langium tells build-phase listeners only of phases that processed documents).
 */
import { DocumentState, URI } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { workspaceOf } from '../support/workspace.js';

const within = <T>(promise: Promise<T>, ms: number) =>
    Promise.race([promise.then(() => 'answered'), new Promise<string>(resolve => setTimeout(() => resolve('still waiting'), ms))]);

describe('waiting for the checked workspace', () => {
    it('ends when an update finds nothing to rebuild', async () => {
        const { services } = await workspaceOf('ambition A "Be the best" { horizon 2030 }');
        const builder = services.shared.workspace.DocumentBuilder;
        // The update marks the workspace changed at once, then finds no document to rebuild.
        const update = builder.update([URI.file('/virtual/data/unread.csv')], []);
        const waited = builder.waitUntil(DocumentState.Validated);
        await update;
        expect(await within(waited, 2000)).toBe('answered');
    });

    it('can still be cancelled while it waits', async () => {
        const { services } = await workspaceOf('ambition A "Be the best" { horizon 2030 }');
        const builder = services.shared.workspace.DocumentBuilder;
        const cancel = new CancellationTokenSource();
        const update = builder.update([URI.file('/virtual/a.strat')], [], cancel.token);
        const waited = builder.waitUntil(DocumentState.Validated, cancel.token);
        cancel.cancel();
        await expect(waited).rejects.toBeDefined();
        await update.catch(() => undefined);
    });
});
