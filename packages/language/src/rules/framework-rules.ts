/** Rules about the strategy framework (steps 1–3): strategies realize an ambition and are monitored. */
import type { Strategy } from '../generated/ast.js';
import type { Report } from './reporter.js';
import type { WorkspaceFacts } from './workspace-facts.js';

export function checkStrategy(strategy: Strategy, report: Report, facts: WorkspaceFacts): void {
    if (strategy.realizes === undefined) {
        report('strategy-no-ambition', { node: strategy, property: 'name' }, strategy.name);
    }
    if (!facts.isMonitored(strategy)) {
        report('strategy-no-kpi', { node: strategy, property: 'name' }, strategy.name);
    }
}
