/** Text renderings of progress and status shared by inlay hints, hovers and code lenses. */
import { EDITOR_BAR, textProgressBar } from '../scorecard/render/progress-bar.js';
import type { Grade, KpiStatus } from '../scorecard/model.js';

/** `▮▮▯▯▯ 36%` for a 0…1 progress; `no data` when progress is unknown (never shown as 0). */
export function progressBar(progress: number | null | undefined): string {
    return textProgressBar(progress, EDITOR_BAR);
}

/** `● amber`; an unknown status gets a hollow dot, so the hint never looks like a colour. */
export function statusDot(status: KpiStatus | Grade): string {
    return `${status === 'unknown' ? '○' : '●'} ${status}`;
}
