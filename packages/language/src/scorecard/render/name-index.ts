/**
 * How a view follows the model's links: the cards (or their positions) indexed by name once per
 * render, so following a link costs a map look-up, never a scan of the scorecard. The links
 * themselves, in both directions, come from the model (card-links.ts); views do not derive them.
 *
 * A link is a name. With duplicate names (an error the rules report) a link an element states
 * (`monitors S`) resolves to the first card of that name, as references do (`resolve`); the
 * reverse lists (a strategy's KPIs) name the cards that link there, every card of each name
 * (`reach`). A name without a card here reaches nothing: a focused scorecard keeps the
 * workspace's links, some of them to cards outside it.
 */

export class NameIndex<T> {
    private readonly byName = new Map<string, T[]>();

    constructor(items: readonly T[], nameOf: (item: T) => string) {
        for (const item of items) {
            const name = nameOf(item);
            const list = this.byName.get(name);
            if (list) list.push(item);
            else this.byName.set(name, [item]);
        }
    }

    has(name: string): boolean {
        return this.byName.has(name);
    }

    /** The first item of this name (the one the rules keep when names are duplicated). */
    first(name: string): T | undefined {
        return this.byName.get(name)?.[0];
    }

    /** The items stated links to these names resolve to: the first of each name, each once, in the order of the names. */
    resolve(names: readonly string[]): T[] {
        const unique = names.length > 1 ? new Set(names) : names;
        const items: T[] = [];
        for (const name of unique) {
            const found = this.byName.get(name)?.[0];
            if (found !== undefined) items.push(found);
        }
        return items;
    }

    /** The items these names reach, each once, in the order of the names. */
    reach(names: readonly string[]): T[] {
        const unique = names.length > 1 ? new Set(names) : names;
        const items: T[] = [];
        for (const name of unique) {
            const found = this.byName.get(name);
            if (found) items.push(...found);
        }
        return items;
    }
}

/** The cards by name. */
export function cardIndex<T extends { name: string }>(cards: readonly T[]): NameIndex<T> {
    return new NameIndex(cards, (card) => card.name);
}

/** The positions of the cards in their scorecard list, by name. */
export function positionIndex(cards: readonly { name: string }[]): NameIndex<number> {
    return new NameIndex(
        cards.map((_, i) => i),
        (i) => cards[i]?.name ?? '',
    );
}
