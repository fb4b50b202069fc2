/**
 * A number as the scorecard may compute with it: a number written beyond what Strat can hold
 * (`number-range`, docs/decisions.md#scorecard) is present in the file but unknown here, as an
 * unresolved reference is: nothing is computed from it and no rule judges its value.
 */
export function known(value: number | undefined): number | undefined {
    return value !== undefined && Number.isFinite(value) ? value : undefined;
}
