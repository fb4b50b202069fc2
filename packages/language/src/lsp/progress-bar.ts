/** Text renderings of progress and status shared by inlay hints, hovers and code lenses. */
import { formatFraction } from '../scorecard/render/format.js';
import type { Grade, KpiStatus } from '../scorecard/model.js';

const CELLS = 5;

/** `▮▮▯▯▯ 36%` for a 0…1 progress; `no data` when progress is unknown (never shown as 0). */
export function progressBar(progress: number | null | undefined): string {
    if (progress === null || progress === undefined || !Number.isFinite(progress)) {
        return formatFraction(null);
    }
    const filled = Math.max(0, Math.min(CELLS, Math.round(progress * CELLS)));
    return `${'▮'.repeat(filled)}${'▯'.repeat(CELLS - filled)} ${formatFraction(progress)}`;
}

/** `● amber`; an unknown status gets a hollow dot, so the hint never looks like a colour. */
export function statusDot(status: KpiStatus | Grade): string {
    return `${status === 'unknown' ? '○' : '●'} ${status}`;
}
