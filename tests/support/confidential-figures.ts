/**
 * What the leak tests of the public audience need: every confidential number of a workspace (from
 * its internal scorecard), the ways the views write a number, a search for them that tells a
 * figure from a coincidence, and a twin of a workspace whose confidential figures are all changed.
 *
 * A number found in a public view is a leak only if the twin's public view — the same workspace
 * with different confidential figures — does not show it too: "12,000 clients" in an initiative's
 * title is the author's words, not the target 12,000 of a confidential KPI.
 */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { KeyResult, Kpi, Model } from '../../packages/language/src/generated/ast.js';
import { isKpi, isOkr } from '../../packages/language/src/generated/ast.js';
import type { Scorecard } from '../../packages/language/src/scorecard/model.js';
import { formatNumber } from '../../packages/language/src/scorecard/render/format.js';

/** Every number a public view must not show: the figures of confidential KPIs, of the key results that measure them, of the scores those make, and of confidential OKRs. */
export function confidentialNumbers(internal: Scorecard): number[] {
    const numbers: Array<number | null> = [];
    const confidential = new Set(internal.kpis.filter(k => k.confidential).map(k => k.name));
    for (const kpi of internal.kpis.filter(k => confidential.has(k.name))) {
        numbers.push(kpi.value, kpi.target, kpi.alert, kpi.baseline, ...kpi.actuals.map(a => a.value));
    }
    for (const okr of internal.okrs) {
        const withheld = okr.keyResults.filter(kr => okr.confidential || (kr.measures !== null && confidential.has(kr.measures)));
        for (const kr of withheld) {
            numbers.push(kr.value, kr.from, kr.target, kr.progress, ...kr.checkins.map(c => c.value));
        }
        if (withheld.length > 0) numbers.push(okr.score);
    }
    return [...new Set(numbers.filter((n): n is number => n !== null && Number.isFinite(n)))];
}

/** How the views write a number: as JSON does, with thousands separators and two decimals, rounded, and a 0…1 share as a whole percentage. */
export function numberForms(value: number): string[] {
    const forms = [String(value), formatNumber(value), String(Math.round(value)), formatNumber(Math.round(value))];
    if (value > 0 && value < 1) forms.push(`${Math.round(value * 100)}%`);
    return [...new Set(forms)];
}

/** Digits that say something: `0.5` and `38` are too common to search for, `36.9` and `399` are not. */
export function significantDigits(form: string): number {
    return form.replace(/[^\d]/g, '').replace(/^0+/, '').length;
}

/** The numbers a text writes, whole (`19,400` is not `9,400`), without their sign: read once, searched many times. */
function numbersIn(text: string): Set<string> {
    return new Set(Array.from(text.matchAll(/\d[\d.,_]*/g), match => match[0].replace(/[.,_]+$/, '')));
}

/**
 * The forms of `numbers` (of at least `minDigits` significant digits) that `text` shows and
 * `control` — the same view with other confidential figures — does not: each is a leak.
 */
export function leakedForms(text: string, numbers: readonly number[], control: string, minDigits = 3): string[] {
    const shown = numbersIn(text);
    const shownAnyway = numbersIn(control);
    const forms = new Set(numbers.flatMap(numberForms).map(form => form.replace(/^-/, '').replace(/%$/, '')).filter(form => significantDigits(form) >= minDigits));
    return [...forms].filter(form => shown.has(form) && !shownAnyway.has(form));
}

type Edit = { start: number; end: number; text: string };

/**
 * The texts of the documents with every confidential figure changed — the numbers of confidential
 * KPIs (target, alert, baseline, actuals) and of the key results that measure them (from, to,
 * target, current, check-ins) — to other distinctive ones, `%` kept. Titles stay as written.
 */
export function withOtherConfidentialFigures(documents: ReadonlyArray<LangiumDocument>): Map<string, string> {
    const confidential = new Set<string>();
    for (const document of documents) {
        for (const element of (document.parseResult.value as Model).elements) {
            if (isKpi(element) && element.confidential) confidential.add(element.name);
        }
    }
    let counter = 0;
    const changed = (written: string): string => `${70_000 + 13 * counter++}.75${written.endsWith('%') ? '%' : ''}`;
    const texts = new Map<string, string>();
    for (const document of documents) {
        const text = document.textDocument.getText();
        const edits: Edit[] = [];
        const edit = (node: AstNode, property: string) => {
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
            if (cst) edits.push({ start: cst.offset, end: cst.end, text: changed(cst.text) });
        };
        for (const element of (document.parseResult.value as Model).elements) {
            if (isKpi(element) && confidential.has(element.name)) kpiFigures(element, edit);
            if (isOkr(element)) {
                element.keyResults.filter(kr => kr.measures?.ref && confidential.has(kr.measures.ref.name)).forEach(kr => keyResultFigures(kr, edit));
            }
        }
        edits.sort((a, b) => b.start - a.start);
        texts.set(document.uri.toString(), edits.reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text));
    }
    return texts;
}

function kpiFigures(kpi: Kpi, edit: (node: AstNode, property: string) => void): void {
    ['target', 'alert', 'baseline'].forEach(property => edit(kpi, property));
    kpi.actuals.forEach(actual => edit(actual, 'value'));
}

function keyResultFigures(kr: KeyResult, edit: (node: AstNode, property: string) => void): void {
    ['from', 'to', 'target', 'current'].forEach(property => edit(kr, property));
    kr.checkins.forEach(checkin => edit(checkin, 'value'));
}
