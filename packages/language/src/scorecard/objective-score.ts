/** Objective score and grade (docs/language.md#the-scorecard). Pure functions; no clock. */
import type { Okr } from '../generated/ast.js';
import type { Commitment, Grade, OkrStatus } from './model.js';
import { keyResultProgress } from './key-result-progress.js';
import { known } from '../model/numbers.js';

export function okrStatus(okr: Okr): OkrStatus {
    return (okr.status as OkrStatus | undefined) ?? 'active';
}

export function okrCommitment(okr: Okr): Commitment {
    return (okr.commitment as Commitment | undefined) ?? 'aspirational';
}

/** A key result's weight: `weight`, default 1 (also when Strat cannot hold the number written); a negative weight counts as 0. */
export function keyResultWeight(weight: number | undefined): number {
    const readable = known(weight);
    return readable === undefined ? 1 : Math.max(0, readable);
}

/** Weighted mean of the key results' progress, ignoring "no data"; undefined when nothing is known. */
export function objectiveScore(okr: Okr): number | undefined {
    let weighted = 0;
    let weights = 0;
    for (const kr of okr.keyResults) {
        const progress = keyResultProgress(kr);
        if (progress !== undefined) {
            const weight = keyResultWeight(kr.weight);
            weighted += weight * progress;
            weights += weight;
        }
    }
    return weights > 0 ? weighted / weights : undefined;
}

const EPSILON = 1e-9;

/** Aspirational: green ≥ 0.7, amber ≥ 0.4. Committed: green only at 1, amber ≥ 0.7. Else red. */
export function grade(score: number | undefined, commitment: Commitment): Grade | undefined {
    if (score === undefined) {
        return undefined;
    }
    const [green, amber] = commitment === 'committed' ? [1, 0.7] : [0.7, 0.4];
    if (score >= green - EPSILON) {
        return 'green';
    }
    return score >= amber - EPSILON ? 'amber' : 'red';
}
