/**
 * Facts that rules need about the whole workspace (who monitors a strategy, which active OKRs
 * address a KPI, owners' OKR counts, name counts, support loops). They are computed once per
 * build, in one pass over all documents, and cached until the workspace changes.
 */
import { byPath } from '../workspace/document-order.js';
import { WorkspaceCache, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { isKpi, isOkr, type Kpi, type Model, type Okr, type Strategy } from '../generated/ast.js';
import { okrStatus } from '../scorecard/objective-score.js';
import type { RuleSettings } from '../config/rule-settings.js';

export interface WorkspaceFacts {
    /** How many elements carry each name (named key results included). */
    nameCounts: Map<string, number>;
    /** What kind of element each name belongs to (the first one, when names clash). */
    nameKinds: Map<string, string>;
    /** Strategies that at least one KPI monitors. */
    monitoredStrategies: Set<Strategy>;
    /** KPIs that at least one active OKR addresses. */
    kpisAddressedByActiveOkrs: Set<Kpi>;
    /** Active OKRs past their owner's limit in a cycle, with the owner's count. */
    okrsPastOwnerLimit: Map<Okr, { owner: string; cycle: string; count: number; limit: number }>;
    /** OKRs whose `supports` link lies on a loop: the loop (shared by its members, in order) and the OKR's place in it. */
    supportLoops: Map<Okr, { loop: readonly string[]; index: number }>;
}

export class WorkspaceFactsProvider {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'facts', WorkspaceFacts>;

    constructor(shared: LangiumSharedCoreServices, private readonly settings: RuleSettings) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
        settings.onChange(() => this.cache.clear());
    }

    get(): WorkspaceFacts {
        return this.cache.get('facts', () => computeWorkspaceFacts(this.documents.all.toArray(), this.settings.maxActiveOkrsPerOwner));
    }
}

export function computeWorkspaceFacts(documents: LangiumDocument[], ownerLimit: number): WorkspaceFacts {
    const facts: WorkspaceFacts = {
        nameCounts: new Map(),
        nameKinds: new Map(),
        monitoredStrategies: new Set(),
        kpisAddressedByActiveOkrs: new Set(),
        okrsPastOwnerLimit: new Map(),
        supportLoops: new Map()
    };
    const activeByOwnerCycle = new Map<string, Okr[]>();
    const okrs: Okr[] = [];
    // File order (by URI), then text order, as `too-many-okrs` promises.
    const ordered = [...documents].sort(byPath);
    for (const document of ordered) {
        const model = document.parseResult.value as Model;
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
                if (okrStatus(element) === 'active') {
                    element.addresses.forEach(a => a.ref && facts.kpisAddressedByActiveOkrs.add(a.ref));
                    if (element.owner !== undefined && element.cycle !== undefined) {
                        const key = JSON.stringify([element.owner.trim(), String(element.cycle)]);
                        const list = activeByOwnerCycle.get(key) ?? [];
                        list.push(element);
                        activeByOwnerCycle.set(key, list);
                    }
                }
            }
        }
    }
    for (const list of activeByOwnerCycle.values()) {
        if (list.length > ownerLimit) {
            for (const okr of list.slice(ownerLimit)) {
                facts.okrsPastOwnerLimit.set(okr, { owner: okr.owner!.trim(), cycle: String(okr.cycle), count: list.length, limit: ownerLimit });
            }
        }
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
