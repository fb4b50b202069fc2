/**
 * One exceljs cell as a data cell: what it holds, keeping what Excel means by it (a number, a
 * day, a percentage), and a plain text for everything else.
 */
import type { Cell, CellFormulaValue, CellSharedFormulaValue, CellValue } from 'exceljs';
import type { DataCell } from './data-table.js';

const EMPTY: DataCell = { text: '' };

export function dataCell(cell: Cell): DataCell {
    // A merged area shows its value once, in its top-left cell; Excel's CSV export leaves the rest empty too.
    if (cell.isMerged && cell.master.address !== cell.address) return EMPTY;
    const value = cell.value;
    if (isFormula(value)) {
        // A formula reads as the result Excel saved with it; a file written without results has none.
        if (value.result === undefined || value.result === null) return { text: `=${value.formula ?? ('sharedFormula' in value ? value.sharedFormula : '')}` };
        return valueCell(value.result, cell.numFmt);
    }
    return valueCell(value, cell.numFmt);
}

function valueCell(value: CellValue, numFmt: string | undefined): DataCell {
    if (value === null || value === undefined) return EMPTY;
    if (typeof value === 'number') return numberCell(value, numFmt);
    if (typeof value === 'string') return { text: value.trim() };
    if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) return { text: '#DATE!' };
        const day = value.toISOString().slice(0, 10); // exceljs gives Excel's dates as UTC
        return { text: day, day };
    }
    return { text: plainText(value).trim() };
}

/** Excel shows 15 significant digits; past them a double's last bits are noise (0.1 + 0.2). */
function numberCell(value: number, numFmt: string | undefined): DataCell {
    if (!Number.isFinite(value)) return { text: '#NUM!' };
    if (isPercentFormat(numFmt)) {
        const shown = exact(value * 100);
        return { text: `${shown}%`, number: shown, percent: true };
    }
    const number = exact(value);
    return { text: String(number), number };
}

function exact(value: number): number {
    return Number(value.toPrecision(15)) + 0; // + 0 turns -0 into 0
}

/**
 * A number format shows a percentage if it has a `%` outside quoted text ("%"), escapes (\%) and
 * brackets ([Red]). Excel multiplies such a cell by 100 to show it.
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
    if (!numFmt || !numFmt.includes('%')) return false;
    return numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').includes('%');
}

/** Rich text, hyperlinks and errors as the text a cell shows. */
function plainText(value: object): string {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
    if ('error' in value) return String(value.error);
    if ('text' in value) return isObject(value.text) ? plainText(value.text) : String(value.text ?? '');
    return '';
}

function isFormula(value: CellValue): value is CellFormulaValue | CellSharedFormulaValue {
    return isObject(value) && ('formula' in value || 'sharedFormula' in value);
}

function isObject(value: unknown): value is Record<string, unknown> & object {
    return typeof value === 'object' && value !== null && !(value instanceof Date);
}
