/** Rules about key results: outcomes, measurable "from X to Y", kept out of rewards. */
import type { KeyResult, Okr } from '../generated/ast.js';
import { RULES } from '../diagnostics/rule-table.js';
import { propertyText } from '../model/ast-text.js';
import { known } from '../model/numbers.js';
import { quotedName } from '../catalogue/element-label.js';
import { keyResultKeywordRange } from './key-result-keyword.js';
import type { Report } from './reporter.js';

/** First words that make a title read as a task rather than an outcome, as the rule table lists them. */
const ACTIVITY_WORDS: ReadonlySet<string> = new Set(RULES['kr-activity'].parameters.activityWords);

export function checkKeyResult(kr: KeyResult, report: Report): void {
    const label = quotedName(kr);
    const kpi = kr.measures?.ref;
    if (kpi?.rewarded) {
        report('reward-kpi-in-okr', { node: kr, property: 'measures' }, kpi.name, (kr.$container as Okr).name);
    }
    // A number Strat cannot hold (`number-range`) is unknown: it neither equals nor leaves a range.
    if (known(kr.from) !== undefined && known(kr.from) === known(kr.to)) {
        report('kr-no-change', { node: kr, property: 'from' }, label, propertyText(kr, 'from') ?? String(kr.from));
    }
    if (known(kr.confidence) !== undefined && !inPercentRange(kr.confidence!)) {
        report('confidence-range', { node: kr, property: 'confidence' }, propertyText(kr, 'confidence') ?? String(kr.confidence));
    }
    for (const checkin of kr.checkins) {
        if (known(checkin.confidence) !== undefined && !inPercentRange(checkin.confidence!)) {
            report('confidence-range', { node: checkin, property: 'confidence' }, propertyText(checkin, 'confidence') ?? String(checkin.confidence));
        }
    }
    // An unresolved `measures` counts as present: its target is unknown, not missing.
    const measuresTarget = kr.measures !== undefined && (kpi === undefined || kpi.target !== undefined);
    if (kr.to === undefined && kr.target === undefined && !measuresTarget) {
        report('kr-not-measurable', { node: kr, range: keyResultKeywordRange(kr) }, label);
    }
    if (kr.target !== undefined && kr.from === undefined && kpi?.baseline === undefined) {
        report('kr-no-baseline', { node: kr, keyword: 'target' }, label);
    }
    // The first word as written, without surrounding punctuation: "Call:" is "Call", "Run-rate" is not "Run".
    const firstWord = (kr.title ?? '').trim().split(/\s+/)[0]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (firstWord && ACTIVITY_WORDS.has(firstWord.toLowerCase())) {
        report('kr-activity', { node: kr, property: 'title' }, firstWord);
    }
}

function inPercentRange(value: number): boolean {
    return value >= 0 && value <= 100;
}
