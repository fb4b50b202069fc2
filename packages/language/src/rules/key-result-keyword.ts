/** Where a finding "at the `key result` keyword" goes: both words (docs/language.md#diagnostics). */
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { KeyResult } from '../generated/ast.js';

export function keyResultKeywordRange(kr: KeyResult): Range | undefined {
    const cst = kr.$cstNode;
    if (!cst) {
        return undefined;
    }
    const key = GrammarUtils.findNodeForKeyword(cst, 'key');
    const result = GrammarUtils.findNodeForKeyword(cst, 'result');
    return key && result ? { start: key.range.start, end: result.range.end } : key?.range;
}
