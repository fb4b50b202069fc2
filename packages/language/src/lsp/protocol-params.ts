/**
 * The shape of the parameters of each LSP method the server handles, checked before the message
 * reaches Langium: a client that sends `didOpen` without a text, a position of `-1` or a URI of
 * `42` gets a clear answer (or, for a notification, a line in the log), never a crashed server.
 * Only what the server relies on is checked; unknown extra fields are fine.
 */
import { AUDIENCES } from '../scorecard/model.js';
import { COMPARISON_REFS_REQUEST, PROJECT_FILE_NOTIFICATION, SCORECARD_COMPARISON_REQUEST, SCORECARD_REQUEST, TRUST_NOTIFICATION } from './scorecard-protocol.js';

/** Where a value sits in the params (`params.position.line`) → the problem with it, or undefined. */
type Shape = (value: unknown, at: string) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Shape = (value, at) => typeof value === 'string' ? undefined : `${at} must be a string`;
const uinteger: Shape = (value, at) => Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : `${at} must be a non-negative integer`;
const integer: Shape = (value, at) => Number.isSafeInteger(value) ? undefined : `${at} must be an integer`;
const anything: Shape = () => undefined;
/** A URI with a scheme (`file:`, `untitled:`…). */
const uri: Shape = (value, at) => typeof value === 'string' && /^[A-Za-z][\w+.-]*:/.test(value) ? undefined : `${at} must be a URI with a scheme`;

function object(fields: Record<string, Shape>, optional: readonly string[] = []): Shape {
    return (value, at) => {
        if (!isObject(value)) {
            return `${at} must be an object`;
        }
        for (const [name, shape] of Object.entries(fields)) {
            if (value[name] === undefined && optional.includes(name)) {
                continue;
            }
            const problem = shape(value[name], `${at}.${name}`);
            if (problem) {
                return problem;
            }
        }
        return undefined;
    };
}

function array(item: Shape): Shape {
    return (value, at) => {
        if (!Array.isArray(value)) {
            return `${at} must be an array`;
        }
        for (let i = 0; i < value.length; i++) {
            const problem = item(value[i], `${at}[${i}]`);
            if (problem) {
                return problem;
            }
        }
        return undefined;
    };
}

function oneOf(...values: unknown[]): Shape {
    return (value, at) => values.includes(value) ? undefined : `${at} must be one of ${values.map(v => JSON.stringify(v)).join(', ')}`;
}

function either(...shapes: Shape[]): Shape {
    return (value, at) => shapes.some(shape => shape(value, at) === undefined) ? undefined : shapes[0](value, at);
}

/** A git revision as a user types it: one line, not empty, not absurdly long. */
const revision: Shape = (value, at) => typeof value === 'string' && value.trim() !== '' && value.length <= 256 && !/[\0\n\r]/.test(value) ? undefined : `${at} must be a git revision (one line, 1 to 256 characters)`;

const position = object({ line: uinteger, character: uinteger });
/** A range whose end does not come before its start. */
const range: Shape = (value, at) => {
    const problem = object({ start: position, end: position })(value, at);
    if (problem) {
        return problem;
    }
    const { start, end } = value as { start: { line: number; character: number }; end: { line: number; character: number } };
    return end.line < start.line || (end.line === start.line && end.character < start.character) ? `${at}.end must not come before ${at}.start` : undefined;
};
const textDocument = object({ uri });
const onDocument = (fields: Record<string, Shape> = {}, optional: readonly string[] = []) => object({ textDocument, ...fields }, optional);
const formattingOptions = object({ tabSize: uinteger, insertSpaces: oneOf(true, false) });
/** A whole new text, or the text that replaces a range. */
const contentChange: Shape = (value, at) => isObject(value) && value.range !== undefined ? object({ range, text: string })(value, at) : object({ text: string })(value, at);

/** Method → the shape of its params. Methods not listed are passed on unchecked. */
export const PARAMS: Readonly<Record<string, Shape>> = {
    // notifications
    'textDocument/didOpen': object({ textDocument: object({ uri, languageId: string, version: integer, text: string }) }),
    'textDocument/didChange': object({ textDocument: object({ uri, version: integer }), contentChanges: array(contentChange) }),
    'textDocument/didClose': onDocument(),
    'textDocument/didSave': onDocument({ text: string }, ['text']),
    'textDocument/willSave': onDocument({ reason: uinteger }),
    'workspace/didChangeWatchedFiles': object({ changes: array(object({ uri, type: oneOf(1, 2, 3) })) }),
    'workspace/didChangeConfiguration': object({ settings: anything }),
    'workspace/didChangeWorkspaceFolders': object({ event: object({ added: array(object({ uri, name: string })), removed: array(object({ uri, name: string })) }) }),
    '$/cancelRequest': object({ id: either(integer, string) }),
    '$/setTrace': object({ value: oneOf('off', 'messages', 'verbose') }),
    [PROJECT_FILE_NOTIFICATION]: object({ uri, text: either(string, oneOf(null)) }),
    [TRUST_NOTIFICATION]: object({ trusted: oneOf(true, false) }),
    // requests
    'textDocument/willSaveWaitUntil': onDocument({ reason: uinteger }),
    'textDocument/hover': onDocument({ position }),
    'textDocument/completion': onDocument({ position }),
    'textDocument/definition': onDocument({ position }),
    'textDocument/declaration': onDocument({ position }),
    'textDocument/typeDefinition': onDocument({ position }),
    'textDocument/implementation': onDocument({ position }),
    'textDocument/references': onDocument({ position, context: object({ includeDeclaration: oneOf(true, false) }) }),
    'textDocument/documentHighlight': onDocument({ position }),
    'textDocument/signatureHelp': onDocument({ position }),
    'textDocument/prepareRename': onDocument({ position }),
    'textDocument/rename': onDocument({ position, newName: string }),
    'textDocument/documentSymbol': onDocument(),
    'textDocument/foldingRange': onDocument(),
    'textDocument/codeLens': onDocument(),
    'textDocument/documentLink': onDocument(),
    'textDocument/codeAction': onDocument({ range, context: object({ diagnostics: array(object({ range, message: string })) }) }),
    'textDocument/formatting': onDocument({ options: formattingOptions }),
    'textDocument/rangeFormatting': onDocument({ range, options: formattingOptions }),
    'textDocument/onTypeFormatting': onDocument({ position, ch: string, options: formattingOptions }),
    'textDocument/inlayHint': onDocument({ range }),
    'textDocument/semanticTokens/full': onDocument(),
    'textDocument/semanticTokens/full/delta': onDocument({ previousResultId: string }),
    'textDocument/semanticTokens/range': onDocument({ range }),
    'workspace/symbol': object({ query: string }),
    'workspace/executeCommand': object({ command: string, arguments: array(anything) }, ['arguments']),
    [SCORECARD_REQUEST]: object({ scope: oneOf('file', 'workspace'), uri, audience: oneOf(...AUDIENCES) }, ['uri', 'audience']),
    [SCORECARD_COMPARISON_REQUEST]: object({ scope: oneOf('file', 'workspace'), uri, ref: revision, audience: oneOf(...AUDIENCES) }, ['uri', 'audience']),
    [COMPARISON_REFS_REQUEST]: object({ uri }, ['uri'])
};

/** What is wrong with the params of a message, in one line; undefined when nothing is (or the method is not checked). */
export function paramsProblem(method: string, params: unknown): string | undefined {
    const shape = Object.prototype.hasOwnProperty.call(PARAMS, method) ? PARAMS[method] : undefined;
    return shape?.(params, 'params');
}
