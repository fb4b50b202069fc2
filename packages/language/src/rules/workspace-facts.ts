/**
 * Facts that rules need about the whole workspace (who monitors a strategy, which running OKRs
 * address a KPI, owners' OKR counts, name counts, support loops), kept up to date document by
 * document (docs/architecture.md#incremental-checking):
 * - each document contributes what it says (the names it defines, the strategies its KPIs
 *   monitor, …); after an edit only the documents that changed or were relinked contribute again;
 * - every fact is read under a key (`n:<name>` for everything about a name, `o:<owner, cycle>`
 *   for an owner's OKRs in a cycle, `supports` for long chains of `supports`), and the keys each
 *   document's validation read are recorded;
 * - a contribution that changes under a key marks the key changed, and the document builder
 *   validates again the documents that read it. Anything a document's findings can depend on is
 *   read under a key, so a document whose keys did not change would get the same findings again.
 */
import { AstUtils, DocumentState, URI, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isKpi, isOkr, type Kpi, type Model, type Okr, type Strategy } from '../generated/ast.js';
import { okrIsRunning } from '../scorecard/okr-time.js';
import { okrStatus } from '../scorecard/objective-score.js';
import type { EffectiveSettings } from '../config/settings-layers.js';
import type { StratSettings } from '../config/strat-settings.js';
import { comparePaths } from '../workspace/document-order.js';

export interface WorkspaceFacts {
    /** How many elements carry the name (named key results included). */
    nameCount(name: string): number;
    /** What kind of element the name belongs to (the first one by path, when names clash). */
    nameKind(name: string): string | undefined;
    /** Whether at least one KPI monitors the strategy. */
    isMonitored(strategy: Strategy): boolean;
    /** Whether at least one running OKR (active, in a cycle not over by its reference date) addresses the KPI. */
    isAddressedByRunningOkr(kpi: Kpi): boolean;
    /** An active OKR past its owner's limit in a cycle, with the owner's count. */
    pastOwnerLimit(okr: Okr): OwnerLimit | undefined;
    /** The loop of `supports` links the OKR lies on (the OKR first), if any. */
    supportLoop(okr: Okr): SupportLoop | undefined;
}

export interface OwnerLimit { owner: string; cycle: string; count: number; limit: number }
export interface SupportLoop { loop: readonly string[]; index: number }

/** Past this many links, a reader of a `supports` chain depends on every link (the `supports` key). */
const CHAIN_KEYS = 32;
const SUPPORTS_KEY = 'supports';

/** What one document says that other documents' rules read. */
interface Contribution {
    /** Key → a signature of what the document says under it: equal signatures, equal facts. */
    signatures: Map<string, string>;
    /** The document's `supports` links (source, written target, resolved document). */
    supports: string;
    path: string;
    /** Each name's first kind in this document. */
    kinds: Map<string, string>;
    /** How many elements of each name the document defines. */
    defined: Map<string, number>;
    monitors: Strategy[];
    addresses: Kpi[];
    /** Owner-and-cycle group → this document's active OKRs in it, in text order, with their limit. */
    owned: Map<string, Array<{ okr: Okr; limit: number }>>;
}

const EMPTY: Contribution = { signatures: new Map(), supports: '', path: '', kinds: new Map(), defined: new Map(), monitors: [], addresses: [], owned: new Map() };

export class WorkspaceFactsProvider implements WorkspaceFacts {
    private readonly documents: LangiumDocuments;
    private readonly contributions = new Map<string, Contribution>();
    /** Documents whose contribution must be computed again (changed, relinked, deleted; all when settings change). */
    private readonly dirty = new Set<string>();
    /** Keys whose facts changed since the document builder last took them. */
    private changedKeys = new Set<string>();

    private readonly nameCounts = new Map<string, number>();
    private readonly kindsByName = new Map<string, Map<string, Contribution>>();
    private readonly monitored = new Map<Strategy, number>();
    private readonly addressed = new Map<Kpi, number>();
    private readonly groups = new Map<string, Map<string, Contribution>>();
    /** Answers computed from the facts as they are, until the next contribution changes them. */
    private groupLists = new Map<string, Map<Okr, OwnerLimit>>();
    private loops = new Map<Okr, SupportLoop | null>();

    /** The document whose validation is reading, and the keys it read so far. */
    private reading: { uri: string; keys: Set<string> } | undefined;
    private readonly readsOf = new Map<string, Set<string>>();
    private readonly readersOf = new Map<string, Set<string>>();

    constructor(shared: LangiumSharedCoreServices, private readonly settings: StratSettings) {
        this.documents = shared.workspace.LangiumDocuments;
        // Running OKRs and owners' limits follow each document's settings.
        settings.onChange(() => this.allChanged());
    }

    // ---- for the document builder and the validator ----

    /** The document's contribution may have changed (it was parsed or linked again, or deleted). */
    documentChanged(uri: string): void {
        this.dirty.add(uri);
    }

    /** A deleted document: its contribution goes, and so do its reads. */
    documentDeleted(uri: string): void {
        this.dirty.add(uri);
        this.forgetReads(uri);
    }

    /** Brings the facts up to date with the linked documents and hands over the keys that changed meanwhile. */
    takeChangedKeys(): Set<string> {
        this.refresh();
        const keys = this.changedKeys;
        this.changedKeys = new Set();
        return keys;
    }

    /** The documents whose last validation read any of these keys. */
    readersOfKeys(keys: Iterable<string>): Set<string> {
        const found = new Set<string>();
        for (const key of keys) this.readersOf.get(key)?.forEach(uri => found.add(uri));
        return found;
    }

    /**
     * Records the keys read until `stopReading` as this document's: its earlier reads are forgotten
     * when its validation starts afresh, kept when more categories of checks are added to it.
     */
    startReading(uri: string, afresh: boolean): void {
        if (afresh) this.forgetReads(uri);
        const reads = this.readsOf.get(uri) ?? new Set<string>();
        this.readsOf.set(uri, reads);
        this.reading = { uri, keys: reads };
    }

    stopReading(): void {
        this.reading = undefined;
    }

    // ---- the facts, each read under its key ----

    nameCount(name: string): number {
        this.read(nameKey(name));
        return this.nameCounts.get(name) ?? 0;
    }

    nameKind(name: string): string | undefined {
        this.read(nameKey(name));
        let first: Contribution | undefined;
        for (const contribution of this.kindsByName.get(name)?.values() ?? []) {
            if (!first || comparePaths(contribution.path, first.path) < 0) first = contribution;
        }
        return first?.kinds.get(name);
    }

    isMonitored(strategy: Strategy): boolean {
        this.read(nameKey(strategy.name));
        return (this.monitored.get(strategy) ?? 0) > 0;
    }

    isAddressedByRunningOkr(kpi: Kpi): boolean {
        this.read(nameKey(kpi.name));
        return (this.addressed.get(kpi) ?? 0) > 0;
    }

    pastOwnerLimit(okr: Okr): OwnerLimit | undefined {
        const group = groupOf(okr);
        if (group === undefined) return undefined;
        this.read(ownerKey(group));
        let list = this.groupLists.get(group);
        if (!list) {
            list = new Map();
            // File order (by path), then text order, as `too-many-okrs` promises; each OKR held to its own document's limit.
            const members = [...this.groups.get(group)?.values() ?? []].sort((a, b) => comparePaths(a.path, b.path)).flatMap(c => c.owned.get(group) ?? []);
            members.forEach(({ okr: member, limit }, index) => {
                if (index >= limit) list!.set(member, { owner: member.owner!.trim(), cycle: String(member.cycle), count: members.length, limit });
            });
            this.groupLists.set(group, list);
        }
        return list.get(okr);
    }

    supportLoop(okr: Okr): SupportLoop | undefined {
        this.readChain(okr);
        if (!this.loops.has(okr)) this.findLoop(okr);
        return this.loops.get(okr) ?? undefined;
    }

    // ---- keeping the facts ----

    private read(key: string): void {
        this.refresh();
        if (this.reading && !this.reading.keys.has(key)) {
            this.reading.keys.add(key);
            let readers = this.readersOf.get(key);
            if (!readers) {
                readers = new Set();
                this.readersOf.set(key, readers);
            }
            readers.add(this.reading.uri);
        }
    }

    /** A loop's members depend on every link of the chain from the OKR: each name on it is read. */
    private readChain(okr: Okr): void {
        this.read(nameKey(okr.name));
        const seen = new Set<Okr>([okr]);
        let current: Okr | undefined = okr;
        for (let links = 0; current?.supports; links++) {
            if (links === CHAIN_KEYS) {
                this.read(SUPPORTS_KEY);
                return;
            }
            this.read(nameKey(current.supports.$refText));
            current = current.supports.ref;
            if (!current || seen.has(current)) return;
            seen.add(current);
        }
    }

    private forgetReads(uri: string): void {
        for (const key of this.readsOf.get(uri) ?? []) {
            const readers = this.readersOf.get(key);
            readers?.delete(uri);
            if (readers?.size === 0) this.readersOf.delete(key);
        }
        this.readsOf.delete(uri);
    }

    private allChanged(): void {
        for (const uri of this.contributions.keys()) this.dirty.add(uri);
        for (const document of this.documents.all) this.dirty.add(document.uri.toString());
    }

    /**
     * Contributes again every dirty document that is linked (or gone). A document not linked yet
     * stays dirty: it is being built, and contributes once it is linked.
     */
    private refresh(): void {
        if (this.dirty.size === 0) return;
        let refreshed = false;
        for (const uri of [...this.dirty]) {
            const document = this.documents.getDocument(URI.parse(uri));
            if (document && document.state < DocumentState.IndexedReferences) continue;
            this.dirty.delete(uri);
            refreshed = true;
            const before = this.contributions.get(uri) ?? EMPTY;
            const after = document ? this.contribute(document) : EMPTY;
            this.remove(uri, before);
            if (document) {
                this.contributions.set(uri, after);
                this.add(uri, after);
            } else {
                this.contributions.delete(uri);
            }
            for (const key of new Set([...before.signatures.keys(), ...after.signatures.keys()])) {
                if (before.signatures.get(key) !== after.signatures.get(key)) this.changedKeys.add(key);
            }
            if (before.supports !== after.supports) this.changedKeys.add(SUPPORTS_KEY);
        }
        if (refreshed) {
            this.groupLists = new Map();
            this.loops = new Map();
        }
    }

    private contribute(document: LangiumDocument): Contribution {
        const settings: EffectiveSettings = this.settings.forDocument(document.uri);
        const contribution: Contribution = { signatures: new Map(), supports: '', path: document.uri.path, kinds: new Map(), defined: new Map(), monitors: [], addresses: [], owned: new Map() };
        const sign = (key: string, atom: string) => {
            const before = contribution.signatures.get(key);
            contribution.signatures.set(key, before === undefined ? atom : `${before}\n${atom}`);
        };
        const define = (name: string | undefined, kind: string) => {
            if (!name) return;
            sign(nameKey(name), `defines ${kind}`);
            if (!contribution.kinds.has(name)) contribution.kinds.set(name, kind);
            contribution.defined.set(name, (contribution.defined.get(name) ?? 0) + 1);
        };
        const supports: string[] = [];
        for (const element of (document.parseResult.value as Model).elements ?? []) {
            define(element.name, element.$type);
            if (isKpi(element)) {
                for (const monitored of element.monitors) {
                    const strategy = monitored.ref;
                    if (strategy) {
                        contribution.monitors.push(strategy);
                        sign(nameKey(strategy.name), `monitored from ${documentOf(strategy)}`);
                    }
                }
            } else if (isOkr(element)) {
                element.keyResults.forEach(kr => define(kr.name, kr.$type));
                if (okrIsRunning(element, settings.asOf)) {
                    for (const address of element.addresses) {
                        const kpi = address.ref;
                        if (kpi) {
                            contribution.addresses.push(kpi);
                            sign(nameKey(kpi.name), `addressed in ${documentOf(kpi)}`);
                        }
                    }
                }
                const group = groupOf(element);
                if (group !== undefined) {
                    const list = contribution.owned.get(group) ?? [];
                    list.push({ okr: element, limit: settings.maxOkrsPerOwner });
                    contribution.owned.set(group, list);
                    sign(ownerKey(group), `active, limit ${settings.maxOkrsPerOwner}`);
                }
                if (element.supports) {
                    const target = element.supports.ref;
                    const link = `supports ${element.supports.$refText} in ${target ? documentOf(target) : 'none'}`;
                    sign(nameKey(element.name), link);
                    supports.push(`${element.name} ${link}`);
                }
            }
        }
        contribution.supports = supports.join('\n');
        return contribution;
    }

    private add(uri: string, contribution: Contribution): void {
        for (const name of contribution.kinds.keys()) {
            let byDocument = this.kindsByName.get(name);
            if (!byDocument) {
                byDocument = new Map();
                this.kindsByName.set(name, byDocument);
            }
            byDocument.set(uri, contribution);
        }
        contribution.defined.forEach((count, name) => this.nameCounts.set(name, (this.nameCounts.get(name) ?? 0) + count));
        contribution.monitors.forEach(strategy => this.monitored.set(strategy, (this.monitored.get(strategy) ?? 0) + 1));
        contribution.addresses.forEach(kpi => this.addressed.set(kpi, (this.addressed.get(kpi) ?? 0) + 1));
        for (const group of contribution.owned.keys()) {
            let byDocument = this.groups.get(group);
            if (!byDocument) {
                byDocument = new Map();
                this.groups.set(group, byDocument);
            }
            byDocument.set(uri, contribution);
        }
    }

    private remove(uri: string, contribution: Contribution): void {
        for (const name of contribution.kinds.keys()) {
            const byDocument = this.kindsByName.get(name);
            byDocument?.delete(uri);
            if (byDocument?.size === 0) this.kindsByName.delete(name);
        }
        contribution.defined.forEach((count, name) => {
            const left = (this.nameCounts.get(name) ?? 0) - count;
            if (left > 0) this.nameCounts.set(name, left);
            else this.nameCounts.delete(name);
        });
        contribution.monitors.forEach(strategy => decrement(this.monitored, strategy));
        contribution.addresses.forEach(kpi => decrement(this.addressed, kpi));
        for (const group of contribution.owned.keys()) {
            const byDocument = this.groups.get(group);
            byDocument?.delete(uri);
            if (byDocument?.size === 0) this.groups.delete(group);
        }
    }

    /** Each OKR supports at most one parent: the chain from the OKR is walked once, deciding every OKR on it. */
    private findLoop(start: Okr): void {
        const path: Okr[] = [];
        const onPath = new Map<Okr, number>();
        let current: Okr | undefined = start;
        while (current && !this.loops.has(current) && !onPath.has(current)) {
            onPath.set(current, path.length);
            path.push(current);
            current = current.supports?.ref;
        }
        const entry = current && onPath.has(current) ? onPath.get(current)! : path.length;
        const members = path.slice(entry);
        const loop = members.map(okr => okr.name);
        path.forEach((okr, index) => this.loops.set(okr, index >= entry ? { loop, index: index - entry } : null));
    }
}

function nameKey(name: string): string {
    return `n:${name}`;
}

function ownerKey(group: string): string {
    return `o:${group}`;
}

/** The owner-and-cycle group of an active OKR with both, which `too-many-okrs` counts. */
function groupOf(okr: Okr): string | undefined {
    return okrStatus(okr) === 'active' && okr.owner !== undefined && okr.cycle !== undefined ? JSON.stringify([okr.owner.trim(), String(okr.cycle)]) : undefined;
}

function documentOf(node: Strategy | Kpi | Okr): string {
    return AstUtils.getDocument(node).uri.toString();
}

function decrement<T>(map: Map<T, number>, key: T): void {
    const left = (map.get(key) ?? 0) - 1;
    if (left > 0) map.set(key, left);
    else map.delete(key);
}

