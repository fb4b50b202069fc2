/**
 * `number-range`: a number written with hundreds of digits reads as infinity (or, after hundreds
 * of zeros, as 0), which would silently make a KPI green or a progress meaningless. Reported at
 * the number; everywhere else such a number counts as unknown (model/numbers.ts).
 */
import type { AstNode } from 'langium';
import { propertyNode } from '../model/ast-text.js';
import type { Report } from './reporter.js';

export function checkNumbers(node: AstNode, report: Report): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const property in properties) {
        const value = properties[property];
        if (typeof value !== 'number' || property.startsWith('$') || (Number.isFinite(value) && value !== 0)) {
            continue;
        }
        const written = propertyNode(node, property);
        if (!Number.isFinite(value)) {
            report('number-range', { node, range: written?.range }, written?.text ?? String(value), 'large');
        } else if (written && /[1-9]/.test(written.text)) {
            report('number-range', { node, range: written.range }, written.text, 'small');
        }
    }
}
