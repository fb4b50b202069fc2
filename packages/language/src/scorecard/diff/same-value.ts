/** Equality for the diff: scores and values computed two ways must not differ by rounding noise. */
export function sameNumber(a: number | null, b: number | null): boolean {
    if (a === null || b === null) return a === b;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
