/** Names are unique across all .strat files of the workspace (one namespace). */
import type { Element, KeyResult } from '../generated/ast.js';
import type { Report } from './reporter.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export function checkUniqueName(node: Element | KeyResult, report: Report, facts: WorkspaceFacts): void {
    const count = node.name ? facts.nameCount(node.name) : 0;
    if (count > 1) {
        report('duplicate-name', { node, property: 'name' }, node.name!, count);
    }
}
