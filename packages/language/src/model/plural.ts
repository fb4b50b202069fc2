/**
 * The one way Strat counts things in words: `1 KPI`, `2 KPIs`, `1,234 key results`. Used by the
 * rule messages, the scorecard views, the editor and the CLI, so they all count alike.
 */

/** `count` followed by the noun that agrees with it; whole counts get thousands separators. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${groupThousands(count)} ${count === 1 ? singular : pluralForm}`;
}

function groupThousands(count: number): string {
    const text = String(count);
    return Number.isInteger(count) ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
}
