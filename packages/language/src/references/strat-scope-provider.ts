import { DefaultScopeProvider, type ReferenceInfo, type Scope } from 'langium';

/** One workspace-wide namespace: a reference is looked up by name in the (cached) global scope of its type. */
export class StratScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        return this.getGlobalScope(this.reflection.getReferenceType(context), context);
    }
}
