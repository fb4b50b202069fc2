/**
 * What an element says about itself, compared property by property for the elements both sides
 * have: targets, alerts, cycles, baselines, links, titles. Links are compared as sets, BASE's
 * names spelled as HEAD spells them, so renaming a strategy does not change every KPI that monitors it.
 */
import type { AmbitionCard, KeyResultCard, KpiCard, OkrCard, StrategyCard } from '../model.js';
import type { DefinitionChange, DefinitionValue, ElementKind } from './diff-model.js';
import { keyResultLabel, type ScorecardMatch } from './match-elements.js';
import { sameNumber } from './same-value.js';

type Value = DefinitionValue | null;
/** A property as written in `.strat`, and how to read it from a card (`headName` spells links as HEAD does). */
type Property<T> = [property: string, read: (card: T, headName: (name: string) => string) => Value];

const links = (names: readonly string[], headName: (name: string) => string): Value =>
    names.length === 0 ? null : [...new Set(names.map(headName))].sort().join(', ');
const link = (name: string | null, headName: (name: string) => string): Value => (name === null ? null : headName(name));

const AMBITION: Array<Property<AmbitionCard>> = [
    ['title', a => a.title],
    ['horizon', a => a.horizon],
    ['owner', a => a.owner]
];

const STRATEGY: Array<Property<StrategyCard>> = [
    ['title', s => s.title],
    ['realizes', (s, h) => link(s.ambition, h)],
    ['perspective', s => s.perspective],
    ['owner', s => s.owner]
];

const KPI: Array<Property<KpiCard>> = [
    ['title', k => k.title],
    ['target', k => k.target],
    // Without a target the direction is a default (`up`), not a statement: compared only with one.
    ['direction', k => (k.target === null ? null : k.direction)],
    ['alert', k => k.alert],
    ['baseline', k => k.baseline],
    ['every', k => k.frequency],
    ['unit', k => k.unit],
    ['rewarded', k => k.rewarded],
    ['confidential', k => k.confidential],
    ['monitors', (k, h) => links(k.strategies, h)],
    ['owner', k => k.owner]
];

const OKR: Array<Property<OkrCard>> = [
    ['objective', o => o.objective],
    ['cycle', o => o.cycle],
    ['commitment', o => o.commitment],
    ['addresses', (o, h) => links(o.addresses, h)],
    ['supports', (o, h) => link(o.supports, h)],
    ['confidential', o => o.confidential],
    ['owner', o => o.owner]
];

const KEY_RESULT: Array<Property<KeyResultCard>> = [
    ['title', kr => kr.title],
    ['from', kr => kr.from],
    ['target', kr => kr.target],
    ['measures', (kr, h) => link(kr.measures, h)],
    ['weight', kr => kr.weight],
    ['unit', kr => kr.unit],
    ['owner', kr => kr.owner]
];

export function definitionChanges(match: ScorecardMatch): DefinitionChange[] {
    const changes: DefinitionChange[] = [];
    const compare = <T>(kind: ElementKind, pairs: ReadonlyArray<[T, T]>, properties: Array<Property<T>>, label: (card: T) => string, okr: string | null = null) => {
        for (const [before, after] of pairs) {
            for (const [property, read] of properties) {
                // A title the public audience masked on one side only ("k[confidential]") is not a change of title.
                if (property === 'title' && maskedOnOneSide(before, after)) continue;
                const was = read(before, match.headName);
                const now = read(after, name => name);
                if (!sameValue(was, now)) changes.push({ kind, element: label(after), okr, property, before: was, after: now });
            }
        }
    };
    compare('ambition', match.ambitions.pairs, AMBITION, a => a.name);
    compare('strategy', match.strategies.pairs, STRATEGY, s => s.name);
    compare('kpi', match.kpis.pairs, KPI, k => k.name);
    compare('okr', match.okrs.pairs, OKR, o => o.name);
    for (const [, after] of match.okrs.pairs) {
        compare('key result', match.keyResultsOf(after).pairs, KEY_RESULT, keyResultLabel, after.name);
    }
    return changes;
}

function maskedOnOneSide(before: unknown, after: unknown): boolean {
    const withheld = (card: unknown) => (card as { withheld?: boolean }).withheld === true;
    return withheld(before) !== withheld(after);
}

function sameValue(a: Value, b: Value): boolean {
    return typeof a === 'number' && typeof b === 'number' ? sameNumber(a, b) : a === b;
}
