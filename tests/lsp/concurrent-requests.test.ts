/**
 * Requests answered concurrently (docs/architecture.md#concurrent-requests): an editor showing
 * two files side by side asks for both files' semantic tokens at once, and the server answers
 * read requests in parallel, each highlighting pass pausing between nodes. Langium's token
 * provider kept the request's document and builder in fields, so answers mixed files (issue 12).
 *
 * Through the real server (stdio): every read-only request is first answered alone, then fired
 * many times, interleaved with the same requests for other documents, and every answer must equal
 * its answer alone. A generated file of 2,000 lines makes highlighting long enough to pause many
 * times while the others run.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCapabilities, Position } from 'vscode-languageserver-protocol';
import { generateStrategy } from '../../scripts/generate-strategy.mjs';
import { EXAMPLES_DIR } from '../support/paths.js';
import { startStdioClient, type StdioClient } from './stdio-client.js';

/** Rounds of semantic tokens (full and range, every document at once), as the issue asks. */
const TOKEN_ROUNDS = 1_000;
/** Rounds of every other read request together with the tokens: fewer, each round is larger. */
const MIXED_ROUNDS = 100;

/** The documents an editor has open: three examples and a big generated file (indented by 2, so formatting has edits to make). */
const OPEN_FILES: Record<string, () => string> = {
    'bank/bank.strat': () => readFileSync(path.join(EXAMPLES_DIR, 'bank', 'bank.strat'), 'utf8'),
    'hospital/hospital.strat': () => readFileSync(path.join(EXAMPLES_DIR, 'hospital', 'hospital.strat'), 'utf8'),
    'software-company/software-company-okrs.strat': () => readFileSync(path.join(EXAMPLES_DIR, 'software-company', 'software-company-okrs.strat'), 'utf8'),
    'big/big.strat': () => generateStrategy(2_000).replace(/^((?: {4})+)/gm, indent => ' '.repeat(indent.length / 2))
};

const CAPABILITIES: ClientCapabilities = {
    workspace: { configuration: true },
    textDocument: {
        publishDiagnostics: { versionSupport: true },
        semanticTokens: {
            requests: { full: true, range: true }, formats: ['relative'], multilineTokenSupport: false,
            tokenTypes: ['namespace', 'class', 'type', 'function', 'property', 'string'], tokenModifiers: ['declaration', 'rewarded', 'dataFile']
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        completion: { completionItem: { snippetSupport: true } }
    }
};

/** One read-only request on one document. */
interface Probe {
    /** What is asked (`full tokens`, `hover on an OKR`…), the same for every document. */
    kind: string;
    name: string;
    method: string;
    params: object;
    tokens: boolean;
}

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

/** Where the first match of `pattern`'s first group starts. */
function positionOf(text: string, pattern: RegExp): Position {
    const match = pattern.exec(text);
    if (!match?.[1]) throw new Error(`no ${String(pattern)} in the text`);
    return positionAt(text, match.index + match[0].indexOf(match[1]));
}

function probesFor(uri: string, text: string): Probe[] {
    const textDocument = { uri };
    const lines = text.split('\n').length;
    const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
    const middle = { start: { line: Math.floor(lines / 4), character: 0 }, end: { line: Math.floor((3 * lines) / 4), character: 0 } };
    const okr = positionOf(text, /^\s*okr (\w+)/m);
    const measured = positionOf(text, /^\s*measures (\w+)/m);
    const addressed = positionOf(text, /^\s*addresses (\w+)/m);
    const request = (kind: string, method: string, params: object = {}, tokens = false): Probe =>
        ({ kind, name: `${kind} ${uri.slice(uri.lastIndexOf('/') + 1)}`, method, params: { textDocument, ...params }, tokens });
    return [
        request('full tokens', 'textDocument/semanticTokens/full', {}, true),
        request('range tokens', 'textDocument/semanticTokens/range', { range: middle }, true),
        // Not offered (full.delta is false); a client that asks anyway gets the full tokens.
        request('delta tokens', 'textDocument/semanticTokens/full/delta', { previousResultId: '1' }, true),
        request('hover on an OKR', 'textDocument/hover', { position: okr }),
        request('hover on a reference', 'textDocument/hover', { position: measured }),
        request('definition', 'textDocument/definition', { position: addressed }),
        request('references', 'textDocument/references', { position: okr, context: { includeDeclaration: true } }),
        request('highlights', 'textDocument/documentHighlight', { position: okr }),
        request('completion', 'textDocument/completion', { position: measured }),
        request('symbols', 'textDocument/documentSymbol'),
        request('folding', 'textDocument/foldingRange'),
        request('inlay hints', 'textDocument/inlayHint', { range: whole }),
        request('code lenses', 'textDocument/codeLens'),
        request('formatting', 'textDocument/formatting', { options: { tabSize: 4, insertSpaces: true } })
    ];
}

/** An answer as compared: semantic tokens without their result id (a new one each time). */
function comparable(probe: Probe, answer: unknown): unknown {
    if (probe.tokens && answer && typeof answer === 'object' && 'data' in answer) return answer.data;
    return answer;
}

/** A short account of how an answer differs, without dumping thousands of numbers. */
function difference(probe: Probe, alone: unknown, together: unknown): string {
    const size = (answer: unknown) => probe.tokens && Array.isArray(answer) ? `${answer.length / 5} tokens` : `${JSON.stringify(answer)?.length ?? 0} characters`;
    return `${probe.name}: ${size(together)} instead of ${size(alone)}`;
}

/** A fixed-seed shuffle, so a failing order can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
    const result = [...items];
    let state = seed;
    for (let i = result.length - 1; i > 0; i--) {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        const j = state % (i + 1);
        [result[i], result[j]] = [result[j]!, result[i]!];
    }
    return result;
}

let folder: string;
let client: StdioClient;
let probes: Probe[];
const alone = new Map<Probe, unknown>();

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'strat-concurrent-'));
    for (const example of ['bank', 'hospital', 'software-company']) {
        cpSync(path.join(EXAMPLES_DIR, example), path.join(folder, example), { recursive: true });
    }
    const texts = Object.entries(OPEN_FILES).map(([file, text]) => [file, text()] as const);
    mkdirSync(path.join(folder, 'big'));
    writeFileSync(path.join(folder, 'big', 'big.strat'), texts.find(([file]) => file === 'big/big.strat')![1]);
    client = await startStdioClient({ folders: [pathToFileURL(folder).toString()], capabilities: CAPABILITIES });
    probes = [];
    for (const [file, text] of texts) {
        const uri = pathToFileURL(path.join(folder, file)).toString();
        await client.open(uri, text);
        probes.push(...probesFor(uri, text));
    }
    for (const [file] of texts) {
        await client.diagnosticsFor(pathToFileURL(path.join(folder, file)).toString());
    }
    // Each request alone, one after the other.
    for (const probe of probes) {
        alone.set(probe, comparable(probe, await client.connection.sendRequest(probe.method, probe.params)));
    }
}, 120_000);

afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

/** Fires `rounds` batches of `batch` requests at once (each batch in its own order) and lists every answer unlike its answer alone. */
async function interleaved(batch: Probe[], rounds: number): Promise<string[]> {
    const differences: string[] = [];
    for (let round = 0; round < rounds; round++) {
        const order = shuffled(batch, round + 1);
        const answers = await Promise.all(order.map(probe => client.connection.sendRequest(probe.method, probe.params)));
        order.forEach((probe, i) => {
            const together = comparable(probe, answers[i]);
            try {
                expect(together).toEqual(alone.get(probe));
            } catch {
                differences.push(`round ${round}, ${difference(probe, alone.get(probe), together)}`);
            }
        });
    }
    return differences;
}

describe('concurrent requests through the stdio server', () => {
    it('every request has an answer alone worth comparing', () => {
        const named = (...kinds: string[]) => probes.filter(probe => kinds.includes(probe.kind)).map(probe => alone.get(probe));
        const filled = (answer: unknown) => Array.isArray(answer) ? answer.length > 0
            : typeof answer === 'object' && answer !== null && (!('items' in answer) || (Array.isArray(answer.items) && answer.items.length > 0));
        // In every open file: tokens, symbols, folding ranges, hovers, a definition, references and completions.
        const kinds = ['full tokens', 'range tokens', 'symbols', 'folding', 'hover on an OKR', 'hover on a reference', 'definition', 'references', 'completion'];
        for (const probe of probes.filter(probe => kinds.includes(probe.kind))) {
            expect(filled(alone.get(probe)), probe.name).toBe(true);
        }
        expect(named('delta tokens')).toEqual(named('full tokens'));
        // The big file is indented by 2: formatting has edits to make.
        expect(named('formatting').some(filled)).toBe(true);
    });

    it(`semantic tokens (full and range) for every open file at once: ${TOKEN_ROUNDS} rounds, each answer equals its answer alone`, async () => {
        const differences = await interleaved(probes.filter(probe => probe.kind === 'full tokens' || probe.kind === 'range tokens'), TOKEN_ROUNDS);
        expect(differences.slice(0, 10), `${differences.length} answers differed`).toEqual([]);
    }, 600_000);

    it(`every read request for every open file at once: ${MIXED_ROUNDS} rounds, each answer equals its answer alone`, async () => {
        const differences = await interleaved(probes, MIXED_ROUNDS);
        expect(differences.slice(0, 10), `${differences.length} answers differed`).toEqual([]);
    }, 600_000);
});
