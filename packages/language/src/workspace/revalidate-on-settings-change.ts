/**
 * Settings decide findings and the scorecard (severities, limits, the reference date): when they
 * change — an edited strat.json, new editor settings, a new day — every document is checked
 * again, once however many changes arrive together.
 */
import type { StratServices } from '../strat-module.js';
import type { StratDocumentBuilder } from './strat-document-builder.js';

export function revalidateOnSettingsChange(services: StratServices): void {
    const shared = services.shared;
    const builder = shared.workspace.DocumentBuilder as StratDocumentBuilder;
    let queued = false;
    services.config.Settings.onChange(() => {
        // Nothing is built yet (settings given before loading): the first build uses them.
        if (queued || shared.workspace.LangiumDocuments.all.isEmpty()) return;
        queued = true;
        void shared.workspace.WorkspaceLock.write(token => {
            queued = false;
            return builder.revalidateAll(token);
        });
    });
}
