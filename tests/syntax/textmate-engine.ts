/** A TextMate grammar run through the engine VS Code uses (vscode-textmate + vscode-oniguruma). */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as OnigurumaModule from 'vscode-oniguruma';
import type * as TextMateModule from 'vscode-textmate';

// Both packages are CommonJS bundles: load them with require so their exports are not guessed.
const require = createRequire(import.meta.url);
const textmate = require('vscode-textmate') as typeof TextMateModule;
const oniguruma = require('vscode-oniguruma') as typeof OnigurumaModule;

export type StateStack = TextMateModule.StateStack;

export interface Token {
    text: string;
    start: number;
    scopes: string[];
}

export interface Tokenized {
    lines: string[];
    tokens: Token[][];
    endState: StateStack;
    /** The 1-based lines where the engine gave up before the end of the line. */
    stoppedEarly: number[];
}

export interface TextMateTokenizer {
    tokenize(text: string): Tokenized;
    /** The state after an empty first line: a file must end in it (no open string, comment or name rule). */
    restingState: StateStack;
}

/** Loads the grammar text (`source.strat`); `fileName` only names it in the engine's errors. */
export async function loadTextMateGrammar(grammarText: string, fileName: string): Promise<TextMateTokenizer> {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    // Loads once per process; later calls return the first load.
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
            createOnigString: (text: string) => new oniguruma.OnigString(text),
        }),
        loadGrammar: async (scopeName: string) =>
            scopeName === 'source.strat' ? textmate.parseRawGrammar(grammarText, fileName) : null,
    });
    const grammar = await registry.loadGrammar('source.strat');
    if (!grammar) {
        throw new Error(`could not load ${fileName}`);
    }
    const tokenize = (text: string): Tokenized => {
        const lines = text.split(/\r?\n/);
        const tokens: Token[][] = [];
        const stoppedEarly: number[] = [];
        let state = textmate.INITIAL;
        lines.forEach((line, index) => {
            const result = grammar.tokenizeLine(line, state);
            if (result.stoppedEarly) {
                stoppedEarly.push(index + 1);
            }
            tokens.push(
                result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes })),
            );
            state = result.ruleStack;
        });
        return { lines, tokens, endState: state, stoppedEarly };
    };
    return { tokenize, restingState: grammar.tokenizeLine('', textmate.INITIAL).ruleStack };
}
