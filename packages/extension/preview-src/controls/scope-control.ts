/**
 * The scope switch: says what the scorecard covers and offers the other scope. Its button posts
 * `toggleScope`; the extension answers with an update (the same as "Strat: Toggle Scorecard Scope").
 */
import type { PreviewScope } from '../../src/preview/preview-protocol.js';
import type { ToolbarControl } from '../toolbar.js';
import { switchElements } from './switch-elements.js';

export interface ScopeLabels {
    /** What the scorecard covers. */
    readonly current: string;
    /** The button: what it switches to. */
    readonly action: string;
}

export function scopeLabels(scope: PreviewScope): ScopeLabels {
    return scope === 'file'
        ? { current: 'Scope: this file', action: 'Show whole workspace' }
        : { current: 'Scope: whole workspace', action: 'Show this file only' };
}

export const scopeControl: ToolbarControl = {
    create(document, post) {
        const { element, current, button } = switchElements(document, 'scope');
        button.title = 'Switch the scope of this scorecard (Strat: Toggle Scorecard Scope)';
        button.addEventListener('click', () => post({ type: 'toggleScope' }));
        return {
            element,
            show: ({ scope }) => {
                const labels = scopeLabels(scope);
                current.textContent = labels.current;
                button.textContent = labels.action;
            },
        };
    },
};
