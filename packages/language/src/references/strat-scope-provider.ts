import { DefaultScopeProvider, stream, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import { comparePaths } from '../workspace/document-order.js';
import type { StratIndexManager } from '../workspace/strat-index-manager.js';

/**
 * One workspace-wide namespace: a reference is looked up by name in the index's exports of that
 * name (strat-index-manager.ts), so that resolving it costs the same in a workspace of 5 files or
 * 5,000, and nothing is rebuilt per edit. When a name is used twice (`duplicate-name`), it
 * resolves to the first element of that name by file path, then text order — the order of the
 * scorecard and of every rule — not to whichever file the index happened to read first
 * (docs/decisions.md#rules).
 */
export class StratScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        return this.getGlobalScope(this.reflection.getReferenceType(context), context);
    }

    protected override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        return new NameIndexScope(this.indexManager as StratIndexManager, referenceType, type => this.reflection.isSubtype(type, referenceType));
    }
}

/** The exports of one type, looked up name by name in path order. */
class NameIndexScope implements Scope {
    constructor(
        private readonly index: StratIndexManager,
        private readonly referenceType: string,
        private readonly fits: (type: string) => boolean
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.exportsNamed(name).find(description => this.fits(description.type));
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.exportsNamed(name).filter(description => this.fits(description.type)));
    }

    /** Every export of the type (completion asks for them): by file path, a file's own in their order. */
    getAllElements(): Stream<AstNodeDescription> {
        return stream([...this.index.allElements(this.referenceType)].sort((a, b) => comparePaths(a.documentUri.path, b.documentUri.path)));
    }
}
