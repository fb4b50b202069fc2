/**
 * The KPI grouping (by strategy, by perspective, or only the KPIs that need attention). The
 * switch itself is CSS radio buttons in the scorecard, so it works without script; the script
 * only remembers the choice in the page state and applies it again after an update or a reload.
 */
import { isKpiGrouping, type KpiGrouping } from '../src/preview/preview-protocol.js';
import type { PageState } from './page-state.js';

/** The radios' name and id prefix, as the language package's KPI section writes them. */
const RADIO_NAME = 'strat-group-by';

export function applyKpiGrouping(document: Document, grouping: KpiGrouping | undefined): void {
    if (!grouping) return;
    const radio = document.getElementById(`strat-group-${grouping}`);
    if (radio instanceof HTMLInputElement && radio.name === RADIO_NAME) radio.checked = true;
}

export function rememberKpiGrouping(document: Document, state: PageState): void {
    document.addEventListener('change', (event) => {
        const target = event.target;
        if (target instanceof HTMLInputElement && target.name === RADIO_NAME && isKpiGrouping(target.value)) state.save({ groupBy: target.value });
    });
}
