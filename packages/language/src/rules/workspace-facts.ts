/**
 * Facts that rules need about the whole workspace (who monitors a strategy, which running OKRs
 * address a KPI, owners' OKR counts, name counts, support loops). They are computed once per
 * build, in one pass over all documents, and cached until the workspace or the settings change.
 */
import { byPath } from '../workspace/document-order.js';
import { WorkspaceCache, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { isKpi, isOkr, type Kpi, type Model, type Okr, type Strategy } from '../generated/ast.js';
import { okrIsRunning } from '../scorecard/okr-time.js';
import { okrStatus } from '../scorecard/objective-score.js';
import type { EffectiveSettings } from '../config/settings-layers.js';
import type { StratSettings } from '../config/strat-settings.js';

export interface WorkspaceFacts {
    /** How many elements carry each name (named key results included). */
    nameCounts: Map<string, number>;
    /** What kind of element each name belongs to (the first one, when names clash). */
    nameKinds: Map<string, string>;
    /** Strategies that at least one KPI monitors. */
    monitoredStrategies: Set<Strategy>;
    /** KPIs that at least one running OKR addresses (active, and in a cycle not over by its reference date). */
    kpisAddressedByRunningOkrs: Set<Kpi>;
    /** Active OKRs past their owner's limit in a cycle, with the owner's count. */
    okrsPastOwnerLimit: Map<Okr, { owner: string; cycle: string; count: number; limit: number }>;
    /** OKRs whose `supports` link lies on a loop: the loop (shared by its members, in order) and the OKR's place in it. */
    supportLoops: Map<Okr, { loop: readonly string[]; index: number }>;
}

export class WorkspaceFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'facts', WorkspaceFacts>;

    constructor(shared: LangiumSharedCoreServices, private readonly settings: StratSettings) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
        settings.onChange(() => this.cache.clear());
    }

    get(): WorkspaceFacts {
        return this.cache.get('facts', () => computeWorkspaceFacts(this.documents.all.toArray(), document => this.settings.forDocument(document.uri)));
    }
}

export function computeWorkspaceFacts(documents: LangiumDocument[], settingsOf: (document: LangiumDocument) => EffectiveSettings): WorkspaceFacts {
    const facts: WorkspaceFacts = {
        nameCounts: new Map(),
        nameKinds: new Map(),
        monitoredStrategies: new Set(),
        kpisAddressedByRunningOkrs: new Set(),
        okrsPastOwnerLimit: new Map(),
        supportLoops: new Map()
    };
    const activeByOwnerCycle = new Map<string, Array<{ okr: Okr; limit: number }>>();
    const okrs: Okr[] = [];
    // File order (by URI), then text order, as `too-many-okrs` promises.
    const ordered = [...documents].sort(byPath);
    for (const document of ordered) {
        const model = document.parseResult.value as Model;
        const settings = settingsOf(document);
        for (const element of model.elements ?? []) {
            countName(facts, element.name, element.$type);
            if (isKpi(element)) {
                for (const monitored of element.monitors) {
                    if (monitored.ref) {
                        facts.monitoredStrategies.add(monitored.ref);
                    }
                }
            } else if (isOkr(element)) {
                okrs.push(element);
                element.keyResults.forEach(kr => countName(facts, kr.name, kr.$type));
                if (okrIsRunning(element, settings.asOf)) {
                    element.addresses.forEach(a => a.ref && facts.kpisAddressedByRunningOkrs.add(a.ref));
                }
                if (okrStatus(element) === 'active' && element.owner !== undefined && element.cycle !== undefined) {
                    const key = JSON.stringify([element.owner.trim(), String(element.cycle)]);
                    const list = activeByOwnerCycle.get(key) ?? [];
                    list.push({ okr: element, limit: settings.maxOkrsPerOwner });
                    activeByOwnerCycle.set(key, list);
                }
            }
        }
    }
    // Each OKR is held to the limit of its own document's settings.
    for (const list of activeByOwnerCycle.values()) {
        list.forEach(({ okr, limit }, index) => {
            if (index >= limit) {
                facts.okrsPastOwnerLimit.set(okr, { owner: okr.owner!.trim(), cycle: String(okr.cycle), count: list.length, limit });
            }
        });
    }
    findSupportLoops(okrs, facts.supportLoops);
    return facts;
}

function countName(facts: WorkspaceFacts, name: string | undefined, kind: string): void {
    if (name) {
        facts.nameCounts.set(name, (facts.nameCounts.get(name) ?? 0) + 1);
        if (!facts.nameKinds.has(name)) {
            facts.nameKinds.set(name, kind);
        }
    }
}

/** Each OKR supports at most one parent, so loops are found by walking each chain once. */
function findSupportLoops(okrs: Okr[], loops: WorkspaceFacts['supportLoops']): void {
    const done = new Set<Okr>();
    for (const start of okrs) {
        const path: Okr[] = [];
        const onPath = new Map<Okr, number>();
        let current: Okr | undefined = start;
        while (current && !done.has(current) && !onPath.has(current)) {
            onPath.set(current, path.length);
            path.push(current);
            current = current.supports?.ref;
        }
        if (current && onPath.has(current)) {
            const members = path.slice(onPath.get(current)!);
            const loop = members.map(o => o.name);
            members.forEach((okr, index) => loops.set(okr, { loop, index }));
        }
        path.forEach(okr => done.add(okr));
    }
}
