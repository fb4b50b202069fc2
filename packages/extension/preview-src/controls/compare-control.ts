/**
 * The comparison switch: "Compare with…" (posts `compare`: the extension asks which revision),
 * or, while comparing, what the preview compares with and "Stop comparing" (posts `stopComparing`).
 */
import type { ToolbarControl } from '../toolbar.js';
import { switchElements } from './switch-elements.js';

export interface CompareLabels {
    /** What the preview compares with; empty when it does not. */
    readonly current: string;
    readonly action: string;
}

export function compareLabels(comparing: string | undefined): CompareLabels {
    return comparing === undefined
        ? { current: '', action: 'Compare with…' }
        : { current: `Comparing with ${comparing}`, action: 'Stop comparing' };
}

export const compareControl: ToolbarControl = {
    create(document, post) {
        const { element, current, button } = switchElements(document, 'compare');
        let comparing: string | undefined;
        button.addEventListener('click', () => post(comparing === undefined ? { type: 'compare' } : { type: 'stopComparing' }));
        return {
            element,
            show: (controls) => {
                comparing = controls.comparing;
                const labels = compareLabels(comparing);
                current.textContent = labels.current;
                current.hidden = labels.current === '';
                button.textContent = labels.action;
                button.title = comparing === undefined
                    ? 'Show what changed since a git revision (Strat: Compare Scorecard with…)'
                    : 'Back to the normal view (Strat: Stop Comparing)';
            },
        };
    },
};
