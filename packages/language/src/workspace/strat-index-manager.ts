/**
 * Langium's index, plus the lookups that keep an edit's cost proportional to the edit rather than
 * to the workspace (docs/architecture.md#incremental-checking):
 * - exports by name, so that a reference is resolved without sorting every export of its type;
 * - who refers to what: the documents with a reference into a document, and the documents that
 *   write a name in a reference (resolved or not), so that an edit relinks only those.
 */
import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { comparePaths } from './document-order.js';

export class StratIndexManager extends DefaultIndexManager {
    /** Name → document URI → that document's exports of the name, in text order (documents in index order). */
    private readonly exportsByName = new Map<string, Map<string, AstNodeDescription[]>>();
    /** Target document URI → the documents with a resolved reference into it. */
    private readonly referrers = new Map<string, Set<string>>();
    /** Name written in a reference → the documents that write it. */
    private readonly writers = new Map<string, Set<string>>();
    /** Document URI → what it was entered under in `referrers` and `writers`. */
    private readonly referencesOf = new Map<string, { targets: Set<string>; names: Set<string> }>();

    override async updateContent(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        const uri = document.uri.toString();
        this.forgetExports(uri);
        await super.updateContent(document, cancelToken);
        for (const description of this.symbolIndex.get(uri) ?? []) {
            let byDocument = this.exportsByName.get(description.name);
            if (!byDocument) {
                byDocument = new Map();
                this.exportsByName.set(description.name, byDocument);
            }
            let list = byDocument.get(uri);
            if (!list) {
                list = [];
                byDocument.set(uri, list);
            }
            list.push(description);
        }
    }

    override removeContent(uri: Parameters<DefaultIndexManager['removeContent']>[0]): void {
        this.forgetExports(uri.toString());
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        this.forgetReferences(uri);
        const targets = new Set<string>();
        for (const description of this.referenceIndex.get(uri) ?? []) {
            if (!description.local) targets.add(description.targetUri.toString());
        }
        const names = new Set(document.references.map(reference => reference.$refText));
        this.referencesOf.set(uri, { targets, names });
        targets.forEach(target => addTo(this.referrers, target, uri));
        names.forEach(name => addTo(this.writers, name, uri));
    }

    override removeReferences(uri: Parameters<DefaultIndexManager['removeReferences']>[0]): void {
        this.forgetReferences(uri.toString());
        super.removeReferences(uri);
    }

    /** The exports of a name, in path order (a file's own in text order): the order references resolve in. */
    exportsNamed(name: string): AstNodeDescription[] {
        const byDocument = this.exportsByName.get(name);
        if (!byDocument) return [];
        if (byDocument.size === 1) return byDocument.values().next().value!;
        return [...byDocument.values()].sort((a, b) => comparePaths(a[0].documentUri.path, b[0].documentUri.path)).flat();
    }

    /** What a document exports, as `name → kinds in text order`: compared before and after an edit. */
    exportSignature(uri: string): Map<string, string> {
        const signature = new Map<string, string>();
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const before = signature.get(description.name);
            signature.set(description.name, before === undefined ? description.type : `${before} ${description.type}`);
        }
        return signature;
    }

    /** The documents with a resolved reference into any of these documents (by URI string). */
    referrersOf(uris: Iterable<string>): Set<string> {
        const found = new Set<string>();
        for (const uri of uris) this.referrers.get(uri)?.forEach(referrer => found.add(referrer));
        return found;
    }

    /** The documents that write any of these names in a reference. */
    writersOf(names: Iterable<string>): Set<string> {
        const found = new Set<string>();
        for (const name of names) this.writers.get(name)?.forEach(writer => found.add(writer));
        return found;
    }

    private forgetExports(uri: string): void {
        for (const description of this.symbolIndex.get(uri) ?? []) {
            const byDocument = this.exportsByName.get(description.name);
            byDocument?.delete(uri);
            if (byDocument?.size === 0) this.exportsByName.delete(description.name);
        }
    }

    private forgetReferences(uri: string): void {
        const entered = this.referencesOf.get(uri);
        if (!entered) return;
        this.referencesOf.delete(uri);
        entered.targets.forEach(target => removeFrom(this.referrers, target, uri));
        entered.names.forEach(name => removeFrom(this.writers, name, uri));
    }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
    let set = map.get(key);
    if (!set) {
        set = new Set();
        map.set(key, set);
    }
    set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
    const set = map.get(key);
    set?.delete(value);
    if (set?.size === 0) map.delete(key);
}
