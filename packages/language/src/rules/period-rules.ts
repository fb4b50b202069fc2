/** Every period must exist: `2026-Q5`, `2026-13`, `2026-02-30`, `2025-W53` are errors, never crashes. */
import type { AstNode, Properties } from 'langium';
import { parsePeriod } from '../model/periods.js';
import type { Report } from './reporter.js';

export function checkPeriod<N extends AstNode>(node: N, property: Properties<N>, value: string | number | undefined, report: Report): void {
    if (value === undefined) {
        return;
    }
    const period = parsePeriod(value);
    if (!period.valid) {
        report('invalid-period', { node, property }, period.text, period.reason);
    }
}
