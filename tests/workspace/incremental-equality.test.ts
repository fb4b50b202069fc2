/**
 * Incremental checking gives what a full rebuild gives (docs/architecture.md#incremental-checking):
 * a seeded random walk of multi-file edits — KPIs renamed, addresses, measures, owners, supports
 * and monitors added and removed, names duplicated, files deleted and created, text broken — and
 * after every step each document's diagnostics, and the scorecard, equal those of a workspace
 * built from scratch out of the same files. A failure names the seed and the step to replay.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace, workspaceScorecard, type LoadedWorkspace } from '../../packages/language/src/node.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';
import { byPath } from '../../packages/language/src/workspace/document-order.js';
import type { Model } from '../../packages/language/src/generated/ast.js';

/** mulberry32: small, seeded, the same sequence everywhere. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

interface Okr { kind: 'okr'; name: string; owner?: string; status?: string; cycle?: string; addresses: string[]; supports?: string; measures?: string }
interface Kpi { kind: 'kpi'; name: string; monitors: string[]; value: number; rewarded: boolean }
interface Other { kind: 'strategy' | 'ambition'; name: string; realizes?: string }
type Element = Okr | Kpi | Other;

const NAMES = { strategy: ['S0', 'S1', 'S2'], kpi: ['K0', 'K1', 'K2', 'K3', 'K4'], okr: ['O0', 'O1', 'O2', 'O3', 'O4', 'O5'] };
const OWNERS = ['Ann', 'Bob'];
const FILES = ['a.strat', 'b.strat', 'c.strat', 'd.strat', 'sub/e.strat'];

function render(elements: Element[], broken: boolean): string {
    const lines = elements.map(element => {
        switch (element.kind) {
            case 'ambition': return `ambition ${element.name} "Be great" { horizon 2030 }`;
            case 'strategy': return `strategy ${element.name} "Do it" {${element.realizes ? ` realizes ${element.realizes}` : ''} }`;
            case 'kpi': return `kpi ${element.name} "Measure" {${element.monitors.map(s => ` monitors ${s}`).join('')} target >= 10 alert 5 every quarter${element.rewarded ? ' rewarded' : ''} actual 2026-Q1 ${element.value} }`;
            case 'okr': return [
                `okr ${element.name} "Win more clients" {`,
                element.owner ? ` owner "${element.owner}"` : '',
                element.cycle ? ` cycle ${element.cycle}` : '',
                element.status ? ` status ${element.status}` : '',
                element.addresses.length > 0 ? ` addresses ${element.addresses.join(', ')}` : '',
                element.supports ? ` supports ${element.supports}` : '',
                ` key result KR${element.name} "Grow it" { from 1 to 20${element.measures ? ` measures ${element.measures}` : ''} }`,
                ' plan { initiative "Do" }',
                ' }'
            ].join('');
        }
    });
    return lines.join('\n') + (broken ? '\nokr Broken "half' : '') + '\n';
}

/** The state of the files and the edits that change it. */
class Walk {
    files = new Map<string, { elements: Element[]; broken: boolean }>();

    constructor(private readonly next: () => number) {
        this.files.set('a.strat', { elements: [{ kind: 'ambition', name: 'A' }, { kind: 'strategy', name: 'S0', realizes: 'A' }, { kind: 'strategy', name: 'S1' }], broken: false });
        this.files.set('b.strat', { elements: [{ kind: 'kpi', name: 'K0', monitors: ['S0'], value: 3, rewarded: false }, { kind: 'kpi', name: 'K1', monitors: [], value: 12, rewarded: false }], broken: false });
        this.files.set('c.strat', { elements: [this.okr('O0'), this.okr('O1'), this.okr('O2')], broken: false });
        this.files.set('d.strat', { elements: [this.okr('O3'), { kind: 'kpi', name: 'K2', monitors: ['S1'], value: 7, rewarded: true }], broken: false });
    }

    private pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    private okr(name: string): Okr {
        return { kind: 'okr', name, owner: this.pick(OWNERS), cycle: this.pick(['2026-Q1', '2026-Q2', '2026-Q3']), addresses: [this.pick(NAMES.kpi)], supports: this.next() < 0.5 ? this.pick(NAMES.okr) : undefined };
    }

    private anyElement(kind?: Element['kind']): Element | undefined {
        const all = [...this.files.values()].flatMap(file => file.elements).filter(element => kind === undefined || element.kind === kind);
        return all.length > 0 ? this.pick(all) : undefined;
    }

    /** One edit to one to three files; returns the files written and deleted. */
    step(): { written: string[]; deleted: string[] } {
        const touched = new Set<string>();
        const deleted: string[] = [];
        const edits = 1 + Math.floor(this.next() * 3);
        for (let i = 0; i < edits; i++) {
            const kind = this.pick(['rename', 'address', 'measure', 'owner', 'status', 'supports', 'monitor', 'value', 'move', 'create', 'delete', 'break', 'duplicate', 'reward'] as const);
            const fileOf = (element: Element) => [...this.files.entries()].find(([, file]) => file.elements.includes(element))![0];
            const element = this.anyElement(kind === 'rename' || kind === 'move' || kind === 'duplicate' ? undefined : kind === 'monitor' || kind === 'value' || kind === 'reward' ? 'kpi' : 'okr');
            if (kind === 'create') {
                const name = this.pick(FILES.filter(file => !this.files.has(file)).concat(['x.strat']));
                const fresh: Element = this.next() < 0.5 ? this.okr(this.pick(NAMES.okr)) : { kind: 'kpi', name: this.pick(NAMES.kpi), monitors: [this.pick(NAMES.strategy)], value: this.pick([3, 12]), rewarded: false };
                const file = this.files.get(name) ?? { elements: [], broken: false };
                file.elements.push(fresh);
                this.files.set(name, file);
                touched.add(name);
                continue;
            }
            if (kind === 'delete' || kind === 'break') {
                if (this.files.size <= 1) continue;
            }
            if (kind === 'delete') {
                const name = this.pick([...this.files.keys()]);
                this.files.delete(name);
                touched.delete(name);
                deleted.push(name);
                continue;
            }
            if (kind === 'break') {
                const name = this.pick([...this.files.keys()]);
                this.files.get(name)!.broken = !this.files.get(name)!.broken;
                touched.add(name);
                continue;
            }
            if (!element) continue;
            const file = fileOf(element);
            touched.add(file);
            switch (kind) {
                case 'rename': element.name = this.pick(element.kind === 'kpi' ? NAMES.kpi : element.kind === 'okr' ? NAMES.okr : element.kind === 'strategy' ? NAMES.strategy : ['A', 'B']); break;
                case 'duplicate': {
                    const target = this.pick([...this.files.keys()]);
                    this.files.get(target)!.elements.push(structuredClone(element));
                    touched.add(target);
                    break;
                }
                case 'move': {
                    const target = this.pick([...this.files.keys()]);
                    const from = this.files.get(file)!.elements;
                    from.splice(from.indexOf(element), 1);
                    this.files.get(target)!.elements.push(element);
                    touched.add(target);
                    break;
                }
                case 'address': {
                    const okr = element as Okr;
                    okr.addresses = this.next() < 0.3 ? [] : [...new Set([...okr.addresses, this.pick(NAMES.kpi)])].slice(-2);
                    break;
                }
                case 'measure': (element as Okr).measures = this.next() < 0.3 ? undefined : this.pick([...NAMES.kpi, 'S0']); break;
                case 'owner': (element as Okr).owner = this.next() < 0.2 ? undefined : this.pick(OWNERS); break;
                case 'status': (element as Okr).status = this.pick([undefined, 'draft', 'active', 'closed']); break;
                case 'supports': (element as Okr).supports = this.next() < 0.3 ? undefined : this.pick(NAMES.okr); break;
                case 'monitor': (element as Kpi).monitors = this.next() < 0.3 ? [] : [this.pick(NAMES.strategy)]; break;
                case 'value': (element as Kpi).value = this.pick([3, 7, 12]); break;
                case 'reward': (element as Kpi).rewarded = !(element as Kpi).rewarded; break;
            }
        }
        return { written: [...touched].filter(name => this.files.has(name)), deleted: deleted.filter(name => !this.files.has(name)) };
    }

    write(folder: string, names: readonly string[]): void {
        for (const name of names) {
            const file = this.files.get(name)!;
            writeFileSync(path.join(folder, name), render(file.elements, file.broken));
        }
    }
}

/** Each document's diagnostics (code, place, message, severity), by file, in path order. */
function findings(documents: readonly LangiumDocument[], folder: string): Record<string, string[]> {
    return Object.fromEntries([...documents].sort(byPath).map(document => [
        path.relative(folder, document.uri.fsPath),
        (document.diagnostics ?? []).map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`)
    ]));
}

const folders: string[] = [];
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })));

const OPTIONS = { asOf: parseDay('2026-05-10')!, maxOkrsPerOwner: 2 };

async function fresh(folder: string, names: string[]): Promise<LoadedWorkspace> {
    return loadWorkspace(names.map(name => path.join(folder, name)), OPTIONS, [folder]);
}

describe('incremental checking', () => {
    for (const seed of [1, 2, 20260510]) {
        it(`equals a full rebuild after every step of random multi-file edits (seed ${seed})`, async () => {
            const folder = mkdtempSync(path.join(tmpdir(), 'strat-incremental-'));
            folders.push(folder);
            mkdirSync(path.join(folder, 'sub'));
            const walk = new Walk(random(seed));
            walk.write(folder, [...walk.files.keys()]);
            const incremental = await fresh(folder, [...walk.files.keys()]);
            const shared = incremental.services.shared;
            let compared = 0;
            for (let step = 1; step <= 60; step++) {
                const { written, deleted } = walk.step();
                walk.write(folder, written);
                deleted.forEach(name => rmSync(path.join(folder, name), { force: true }));
                const uri = (name: string) => URI.file(path.join(folder, name));
                await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(written.map(uri), deleted.map(uri), token));
                const names = [...walk.files.keys()];
                const rebuilt = await fresh(folder, names);
                const where = `seed ${seed}, step ${step} (replay: this test with seed ${seed})`;
                const documents = shared.workspace.LangiumDocuments.all.toArray() as Array<LangiumDocument<Model>>;
                expect(findings(documents, folder), where).toEqual(findings(rebuilt.documents, folder));
                expect(workspaceScorecard({ services: incremental.services, documents: [...documents].sort(byPath) }), where).toEqual(workspaceScorecard(rebuilt));
                compared += documents.length;
            }
            expect(compared).toBeGreaterThan(100);
        }, 120_000);
    }
});
