/**
 * Which AST properties hold child nodes, and of which types, read from the grammar: the walks
 * that link, index and validate a document visit only where the nodes they want can be.
 *
 * Langium's own walks (`streamAst`, `streamReferences`) look at every key of every node, so a
 * KPI with 300,000 actuals costs 300,000 visits in each phase although no actual holds a
 * reference or a name. Here the actuals are skipped unless the walk wants actuals.
 */
import { AstUtils, GrammarAST, GrammarUtils, isAstNode, isMultiReference, isReference, type AstNode, type AstReflection, type ReferenceInfo } from 'langium';

/** The node types a walk wants (e.g. those with references, or with validation checks). */
export type WantedTypes = (type: string) => boolean;

export class AstShape {
    /** Node type → the properties that hold child nodes → the types those children may have. */
    private readonly children = new Map<string, Map<string, Set<string>>>();
    /** Node type → every type that may appear in its subtree, itself included. */
    private readonly below = new Map<string, Set<string>>();
    /** Rule name → the node types that assign a property through a call of it. */
    private readonly assigning = new Map<string, Set<string>>();
    /** Node type → its properties that hold references. */
    private readonly referencesByType = new Map<string, string[]>();
    /** Per kind of walk: the properties to descend into, by type. */
    private readonly plans = new WeakMap<WantedTypes, Map<string, string[]>>();

    constructor(grammar: GrammarAST.Grammar, private readonly reflection: AstReflection) {
        for (const rule of grammar.rules.filter(GrammarAST.isParserRule)) {
            if (GrammarUtils.isDataTypeRule(rule)) {
                continue;
            }
            const owners = this.typesOf(GrammarUtils.getTypeName(rule));
            for (const assignment of AstUtils.streamAst(rule.definition).filter(GrammarAST.isAssignment)) {
                const called = GrammarAST.isRuleCall(assignment.terminal) ? assignment.terminal.rule.ref : undefined;
                if (called) {
                    const types = this.assigning.get(called.name) ?? new Set<string>();
                    owners.forEach(owner => types.add(owner));
                    this.assigning.set(called.name, types);
                }
                if (GrammarAST.isParserRule(called) && !GrammarUtils.isDataTypeRule(called)) {
                    const childTypes = this.typesOf(GrammarUtils.getTypeName(called));
                    owners.forEach(owner => this.addChildren(owner, assignment.feature, childTypes));
                }
            }
        }
    }

    /** The nodes of `root`'s tree (root included) whose type is wanted: depth first, children in the grammar's order of properties. */
    *nodes(root: AstNode, wanted: WantedTypes): Generator<AstNode> {
        const descend = this.featuresToDescend(wanted);
        const stack: AstNode[] = [root];
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (wanted(node.$type)) {
                yield node;
            }
            const features = descend(node.$type);
            // Pushed in reverse, so that they come out in order.
            for (let f = features.length - 1; f >= 0; f--) {
                const value = (node as unknown as Record<string, unknown>)[features[f]];
                if (Array.isArray(value)) {
                    for (let i = value.length - 1; i >= 0; i--) {
                        if (isAstNode(value[i])) stack.push(value[i]);
                    }
                } else if (isAstNode(value)) {
                    stack.push(value);
                }
            }
        }
    }

    /** For each type, the properties whose children may lead to a wanted node (computed once per type and walk). */
    private featuresToDescend(wanted: WantedTypes): (type: string) => string[] {
        let plan = this.plans.get(wanted);
        if (!plan) {
            plan = new Map();
            this.plans.set(wanted, plan);
        }
        const known = plan;
        return type => {
            let features = known.get(type);
            if (!features) {
                features = [...this.children.get(type) ?? []]
                    .filter(([, childTypes]) => [...childTypes].some(child => this.reaches(child, wanted)))
                    .map(([feature]) => feature);
                known.set(type, features);
            }
            return features;
        };
    }

    /** The node types whose rule assigns a property through a call of this rule (`Period`: an ambition's horizon, an actual's period…). */
    typesAssigning(ruleName: string): string[] {
        return [...this.assigning.get(ruleName) ?? []];
    }

    /** Every reference of `root`'s tree, as Langium's `streamReferences` gives them, in the order of `nodes`. */
    *references(root: AstNode): Generator<ReferenceInfo> {
        for (const node of this.nodes(root, this.hasReferences)) {
            for (const property of this.referenceProperties(node.$type)) {
                const value = (node as unknown as Record<string, unknown>)[property];
                if (isReference(value) || isMultiReference(value)) {
                    yield { reference: value, container: node, property };
                } else if (Array.isArray(value)) {
                    for (let index = 0; index < value.length; index++) {
                        const item: unknown = value[index];
                        if (isReference(item) || isMultiReference(item)) {
                            yield { reference: item, container: node, property, index };
                        }
                    }
                }
            }
        }
    }

    /** The types whose nodes hold references (for walks that link or index them). */
    readonly hasReferences: WantedTypes = type => this.referenceProperties(type).length > 0;

    private referenceProperties(type: string): string[] {
        let properties = this.referencesByType.get(type);
        if (!properties) {
            properties = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => property.referenceType !== undefined)
                .map(property => property.name);
            this.referencesByType.set(type, properties);
        }
        return properties;
    }

    /** Whether a node of this type, or one in its subtree, is wanted. */
    reaches(type: string, wanted: WantedTypes): boolean {
        for (const below of this.subtreeTypes(type)) {
            if (wanted(below)) {
                return true;
            }
        }
        return false;
    }

    private subtreeTypes(type: string): Set<string> {
        let types = this.below.get(type);
        if (!types) {
            types = new Set([type]);
            this.below.set(type, types);
            // Breadth first over the containment graph; a type already listed is not expanded again.
            const queue = [type];
            while (queue.length > 0) {
                for (const childTypes of this.children.get(queue.shift()!)?.values() ?? []) {
                    for (const child of childTypes) {
                        if (!types.has(child)) {
                            types.add(child);
                            queue.push(child);
                        }
                    }
                }
            }
        }
        return types;
    }

    private typesOf(type: string): string[] {
        return [type, ...this.reflection.getAllSubTypes(type)];
    }

    private addChildren(owner: string, feature: string, childTypes: string[]): void {
        const features = this.children.get(owner) ?? new Map<string, Set<string>>();
        const types = features.get(feature) ?? new Set<string>();
        childTypes.forEach(type => types.add(type));
        features.set(feature, types);
        this.children.set(owner, features);
    }
}
