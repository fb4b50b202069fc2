/**
 * Status icons and chips: every status is shown as a word, a shape and a colour together, so
 * it never depends on colour alone (green ✓ circle, amber ! triangle, red × square, unknown ?
 * dashed circle, confidential: a lock). Colours come from CSS classes, so themes and print apply.
 */

import type { Grade, KpiCardStatus, Withheld } from '../model.js';
import { html, trusted, type SafeHtml } from './escape.js';
import { GRADE_LABEL, KPI_STATUS_LABEL, KPI_STATUS_MEANING, WITHHELD_TEXT } from './format.js';

/** The icon's shapes in a 16×16 box, for embedding in an `<svg>` or a `<g>`. */
export function statusShapes(status: KpiCardStatus | Grade): SafeHtml {
    switch (status) {
        case 'green':
            return trusted(
                '<circle class="si-fill" cx="8" cy="8" r="7"/><path class="si-mark" d="M4.6 8.3l2.3 2.3 4.6-4.9"/>',
            );
        case 'amber':
            return trusted(
                '<path class="si-fill" d="M8 1.2 15.2 14.3H.8z"/><path class="si-mark" d="M8 6v4"/><circle class="si-dot" cx="8" cy="12.1" r="1"/>',
            );
        case 'red':
            return trusted(
                '<rect class="si-fill" x="1.3" y="1.3" width="13.4" height="13.4" rx="2.6"/><path class="si-mark" d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4"/>',
            );
        case 'unknown':
            return trusted(
                '<circle class="si-ring" cx="8" cy="8" r="6.3"/><path class="si-q" d="M6.3 6.4a1.8 1.8 0 1 1 2.5 1.7c-.5.2-.8.6-.8 1.1v.5"/><circle class="si-qdot" cx="8" cy="11.6" r=".9"/>',
            );
        case 'confidential':
            return LOCK_SHAPES;
    }
}

const LOCK_SHAPES = trusted(
    '<path class="si-q" d="M5.2 7.2V5.4a2.8 2.8 0 0 1 5.6 0v1.8"/><rect class="si-fill" x="2.8" y="7" width="10.4" height="7.6" rx="1.7"/><circle class="si-dot" cx="8" cy="10.6" r="1.1"/>',
);

/** A lock, before the word "confidential" where a figure is withheld (decorative: the word says it). */
export function lockIcon(size = 13): SafeHtml {
    return html`<svg class="si s-confidential" viewBox="0 0 16 16" width="${size}" height="${size}" aria-hidden="true" focusable="false">${LOCK_SHAPES}</svg>`;
}

/** A withheld figure: the lock and the word, never a blank. */
export function withheldHtml(): SafeHtml {
    return html`<span class="withheld">${lockIcon()}<span>${WITHHELD_TEXT}</span></span>`;
}

/** A standalone status icon (decorative: the word is always next to it). */
export function statusIcon(status: KpiCardStatus | Grade, size = 14): SafeHtml {
    return html`<svg class="si s-${status}" viewBox="0 0 16 16" width="${size}" height="${size}" aria-hidden="true" focusable="false">${statusShapes(status)}</svg>`;
}

/** A KPI status chip: icon + word + colour, with the meaning as a tooltip. */
export function kpiStatusChip(status: KpiCardStatus, prefix = ''): SafeHtml {
    const label = KPI_STATUS_LABEL[status];
    return html`<span class="chip status s-${status}" title="${`${label}: ${KPI_STATUS_MEANING[status]}`}">${statusIcon(status)}<span>${prefix}${label}</span></span>`;
}

/** An OKR grade chip; a null grade reads "No score". */
export function gradeChip(grade: Grade | Withheld | null): SafeHtml {
    if (grade === null) return html`<span class="chip status s-unknown">${statusIcon('unknown')}<span>No score</span></span>`;
    const label = GRADE_LABEL[grade];
    return html`<span class="chip status s-${grade}" title="${`Grade: ${label}`}">${statusIcon(grade)}<span>${label}</span></span>`;
}

/** A clock, for time running out: stale KPIs and overdue initiatives (decorative: a word is always next to it). */
export function clockIcon(size = 13): SafeHtml {
    return html`<svg class="ti" viewBox="0 0 16 16" width="${size}" height="${size}" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.4"/><path d="M8 4.4V8l2.5 1.6"/></svg>`;
}

/** A stale KPI's marker: clock + word, the freshness text as its tooltip. */
export function staleChip(freshness: string | null): SafeHtml {
    return html`<span class="chip warn stale-chip" title="${freshness ?? 'Stale: no value for a whole time frame'}">${clockIcon()}<span>Stale</span></span>`;
}
