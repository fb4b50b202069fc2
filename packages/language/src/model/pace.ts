/**
 * Pace (docs/language.md#time): how far progress may fall behind the elapsed share of a cycle
 * and still be on track, or only behind; further behind, it is at risk. Read by the scorecard's
 * pace and by the `okr-at-risk` rule.
 */
export const PACE_TOLERANCE = { onTrack: 0.1, behind: 0.3 } as const;

export type Pace = 'not-started' | 'on-track' | 'behind' | 'at-risk';
