/** How an element is named in messages: its kind's noun and its name, else its title. */
import type { AstNode } from 'langium';
import { isElementType, nounsOf } from './element-kinds.js';

/** Its name in single quotes, else its title in double quotes: `'NpsUp'`, `"Win more clients"`. */
export function quotedName(node: { name?: string; title?: string }): string {
    return node.name ? `'${node.name}'` : node.title !== undefined ? `"${node.title}"` : '(untitled)';
}

/** `KPI 'Nps'`, `key result "Win more clients"`, `initiative "Price review"`. */
export function elementLabel(node: AstNode & { name?: string; title?: string }): string {
    const noun = isElementType(node.$type) ? nounsOf(node.$type).singular : node.$type;
    return `${noun} ${quotedName(node)}`;
}
