import { DefaultScopeProvider, MultiMapScope, type AstNodeDescription, type ReferenceInfo, type Scope } from 'langium';
import { comparePaths } from '../workspace/document-order.js';

/**
 * One workspace-wide namespace: a reference is looked up by name in the (cached) global scope of
 * its type. When a name is used twice (`duplicate-name`), it resolves to the first element of
 * that name by file path, then text order — the order of the scorecard and of every rule — not
 * to whichever file the index happened to read first (docs/decisions.md#rules).
 */
export class StratScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        return this.getGlobalScope(this.reflection.getReferenceType(context), context);
    }

    protected override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        return this.globalScopeCache.get(referenceType, () => new MultiMapScope(inPathOrder(this.indexManager.allElements(referenceType))));
    }
}

/** Descriptions by their file's path (as workspace/document-order.ts orders files); a file's own keep their order. */
function inPathOrder(descriptions: Iterable<AstNodeDescription>): AstNodeDescription[] {
    return [...descriptions].sort((a, b) => comparePaths(a.documentUri.path, b.documentUri.path));
}
