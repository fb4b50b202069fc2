/**
 * Both sides of a diff for one audience. For the public a KPI or an OKR that is confidential on
 * either side is withheld on both (matched as the diff matches them, renames included): a KPI
 * made confidential does not show its old figures as "removed", nor one made public its hidden past.
 */
import { forAudience, withheldNames } from '../audience.js';
import type { Audience } from '../model.js';
import type { DiffSide } from './diff-scorecards.js';
import { matchScorecards } from './match-elements.js';

export function diffSidesForAudience(base: DiffSide, head: DiffSide, audience: Audience): [DiffSide, DiffSide] {
    if (audience === 'internal') return [base, head];
    const match = matchScorecards(base.scorecard, head.scorecard);
    const before = withheldNames(base.scorecard);
    const after = withheldNames(head.scorecard);
    for (const [b, h] of match.kpis.pairs) {
        if (before.kpis.has(b.name) || after.kpis.has(h.name)) {
            before.kpis.add(b.name);
            after.kpis.add(h.name);
        }
    }
    for (const [b, h] of match.okrs.pairs) {
        if (before.okrs.has(b.name) || after.okrs.has(h.name)) {
            before.okrs.add(b.name);
            after.okrs.add(h.name);
        }
    }
    return [
        { ...base, scorecard: forAudience(base.scorecard, audience, before) },
        { ...head, scorecard: forAudience(head.scorecard, audience, after) }
    ];
}
