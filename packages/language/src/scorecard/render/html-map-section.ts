/** The strategy-map section: the SVG map, its bands for print, and its legend. */

import { html, type SafeHtml } from './escape.js';
import type { HtmlContext } from './html-context.js';
import { statusIcon } from './html-icons.js';
import { strategyMapSvg } from './html-strategy-map.js';

export function mapSectionHtml(ctx: HtmlContext): SafeHtml {
    const legend = html`<div class="map-legend" aria-label="Legend"><span class="s-green">${statusIcon('green', 13)}Green: meets target</span><span class="s-amber">${statusIcon('amber', 13)}Amber: between target and alert</span><span class="s-red">${statusIcon('red', 13)}Red: past alert</span><span class="s-unknown">${statusIcon('unknown', 13)}Unknown: no value or target</span><span>OKR colour: its grade · dashed: closed</span></div>`;
    const { map, print } = strategyMapSvg(ctx.scorecard, ctx.link);
    const empty = ctx.scorecard.ambitions.length + ctx.scorecard.strategies.length + ctx.scorecard.kpis.length + ctx.scorecard.okrs.length === 0;
    return html`<section class="panel" id="strategy-map" aria-labelledby="h-map"><div class="panel-head"><div><h2 id="h-map">Strategy map <span class="step-no">steps 1–7</span></h2><p>From the ambition through the strategies and their KPIs to the OKRs that address them.</p></div></div><div class="map-scroll">${map}</div>${print}${empty ? null : legend}</section>`;
}
