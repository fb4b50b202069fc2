/**
 * The scorecard preview's protocol: every message between the extension and the preview page,
 * what the page keeps with `vscode.setState`, and what its toolbar shows. Shared by both sides
 * (the extension host and `preview-src/`, bundled for the webview), so it imports nothing but its
 * sibling preview-comparison.ts (which imports nothing either).
 *
 * Both directions are checked on arrival: the page is untrusted input for the extension, and the
 * page reads back states saved by older versions of itself. Each parser is a table with one entry
 * per message type, so a message added to a union does not compile until it can be parsed.
 *
 * To add a toolbar control: a field in `PreviewControls` (what it shows), a message in
 * `PageMessage` (what it asks for), its control in `preview-src/controls/`, and the case in the
 * extension's `PreviewManager` that handles the message (the `switch` there is exhaustive).
 */
import { parseComparisonView, type ComparisonView } from './preview-comparison.js';

export type PreviewScope = 'file' | 'workspace';
/** How the KPI section shows its KPIs: grouped by strategy or perspective, or only those that need attention. */
export type KpiGrouping = 'strategy' | 'perspective' | 'attention';
/** Every KPI grouping, as the scorecard's radio buttons offer them (`#strat-group-<grouping>`). */
export const KPI_GROUPINGS: readonly KpiGrouping[] = ['strategy', 'perspective', 'attention'];

/** What the toolbar above the scorecard shows: one field per control. */
export interface PreviewControls {
    /** The scope switch: this file or the whole workspace. */
    readonly scope: PreviewScope;
    /** The git revision the scorecard is compared with; absent when it is not (preview-comparison.ts). */
    readonly comparing?: string;
}

/** What a preview shows, kept in the page state so that the preview comes back after a window reload. */
export interface SavedTarget {
    readonly scope: PreviewScope;
    readonly documentUri?: string;
}

/** The part of the page state the extension sets (in the page's `data-state` and with every update). */
export interface TargetState {
    readonly target: SavedTarget;
}

/** Everything the page keeps with `vscode.setState`: the extension's part and the page's own. */
export interface SavedPreviewState extends Partial<TargetState> {
    readonly scrollY?: number;
    readonly groupBy?: KpiGrouping;
}

// ── page → extension ────────────────────────────────────────────────────────────────────────

/** Show this place in the editor (0-based, as in LSP). */
export interface RevealMessage {
    readonly type: 'reveal';
    readonly uri: string;
    readonly line: number;
    readonly character: number;
}

/** Switch between this file and the whole workspace (the scope control). */
export interface ToggleScopeMessage {
    readonly type: 'toggleScope';
}

/** Compare the scorecard with a git revision: the extension asks which ("Strat: Compare Scorecard with…"). */
export interface CompareMessage {
    readonly type: 'compare';
}

/** Back to the normal view ("Strat: Stop Comparing"). */
export interface StopComparingMessage {
    readonly type: 'stopComparing';
}

export type PageMessage = RevealMessage | ToggleScopeMessage | CompareMessage | StopComparingMessage;

// ── extension → page ────────────────────────────────────────────────────────────────────────

/** Replace the inside of `<main>` (keeping scroll position, grouping and focus) and the toolbar's state. */
export interface UpdateMessage {
    readonly type: 'update';
    /** The inside of `<main>`, as `renderScorecardMainHtml` writes it. */
    readonly body: string;
    readonly controls: PreviewControls;
    /** Merged into the page state. */
    readonly state: TargetState;
    /** The comparison with a git revision to show over the scorecard; absent: the normal view. */
    readonly comparison?: ComparisonView;
}

/** Scroll the element defined at this place into view. */
export interface ScrollToMessage {
    readonly type: 'scrollTo';
    readonly uri: string;
    readonly line: number;
}

export type ExtensionMessage = UpdateMessage | ScrollToMessage;

// ── checking what arrives ───────────────────────────────────────────────────────────────────

type Fields = Readonly<Record<string, unknown>>;
type Parsers<Message extends { type: string }> = { readonly [Type in Message['type']]: (fields: Fields) => Extract<Message, { type: Type }> | undefined };

/** Positions beyond this are no document's. */
const MAX_POSITION = 10_000_000;
/** A saved document URI longer than this is not one a preview opened. */
const MAX_URI_LENGTH = 8192;

function isRecord(value: unknown): value is Fields {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is number {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_POSITION;
}

function isUri(value: unknown): value is string {
    return typeof value === 'string' && value.length > 0 && value.length <= MAX_URI_LENGTH;
}

export function isKpiGrouping(value: unknown): value is KpiGrouping {
    return KPI_GROUPINGS.some((grouping) => grouping === value);
}

function isScope(value: unknown): value is PreviewScope {
    return value === 'file' || value === 'workspace';
}

function parseWith<Message extends { type: string }>(parsers: Parsers<Message>, value: unknown): Message | undefined {
    if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(parsers, value.type)) return undefined;
    const parse = parsers[value.type as Message['type']] as (fields: Fields) => Message | undefined;
    return parse(value);
}

const PAGE_MESSAGES: Parsers<PageMessage> = {
    reveal: (fields) =>
        isUri(fields.uri) && isPosition(fields.line) && isPosition(fields.character)
            ? { type: 'reveal', uri: fields.uri, line: fields.line, character: fields.character }
            : undefined,
    toggleScope: () => ({ type: 'toggleScope' }),
    compare: () => ({ type: 'compare' }),
    stopComparing: () => ({ type: 'stopComparing' }),
};

const EXTENSION_MESSAGES: Parsers<ExtensionMessage> = {
    update: (fields) => {
        const controls = parsePreviewControls(fields.controls);
        const target = parseSavedTarget(isRecord(fields.state) ? fields.state.target : undefined);
        if (typeof fields.body !== 'string' || !controls || !target) return undefined;
        const comparison = parseComparisonView(fields.comparison);
        return { type: 'update', body: fields.body, controls, state: { target }, ...(comparison ? { comparison } : {}) };
    },
    scrollTo: (fields) => (isUri(fields.uri) && isPosition(fields.line) ? { type: 'scrollTo', uri: fields.uri, line: fields.line } : undefined),
};

/** A message from the page, if it is one the page sends; `undefined` for anything else. */
export function parsePageMessage(value: unknown): PageMessage | undefined {
    return parseWith(PAGE_MESSAGES, value);
}

/** A message from the extension, if it is one; `undefined` for anything else. */
export function parseExtensionMessage(value: unknown): ExtensionMessage | undefined {
    return parseWith(EXTENSION_MESSAGES, value);
}

export function parsePreviewControls(value: unknown): PreviewControls | undefined {
    if (!isRecord(value) || !isScope(value.scope)) return undefined;
    const comparing = typeof value.comparing === 'string' && value.comparing !== '' && value.comparing.length <= 256 ? value.comparing : undefined;
    return comparing ? { scope: value.scope, comparing } : { scope: value.scope };
}

export function parseSavedTarget(value: unknown): SavedTarget | undefined {
    if (!isRecord(value) || !isScope(value.scope)) return undefined;
    return isUri(value.documentUri) ? { scope: value.scope, documentUri: value.documentUri } : { scope: value.scope };
}

/** The usable fields of a saved page state (anything else is dropped); never throws. */
export function parseSavedState(value: unknown): SavedPreviewState {
    if (!isRecord(value)) return {};
    const target = parseSavedTarget(value.target);
    const scrollY = typeof value.scrollY === 'number' && Number.isFinite(value.scrollY) && value.scrollY >= 0 ? value.scrollY : undefined;
    const groupBy = isKpiGrouping(value.groupBy) ? value.groupBy : undefined;
    return {
        ...(target ? { target } : {}),
        ...(scrollY !== undefined ? { scrollY } : {}),
        ...(groupBy ? { groupBy } : {}),
    };
}
