/**
 * `strat.json`, the project's configuration (docs/language.md#project-configuration): read from
 * its text into settings plus the problems found, each at its place in the file. What is valid
 * applies even when other parts are not. Pure: finding the file is the caller's business.
 */
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { RULE_CODES, RULE_SETTINGS, isRuleCode, toRuleSetting, type RuleCode, type RuleSetting } from '../diagnostics/rule-table.js';
import { parseDay } from '../model/period-span.js';

export const STRAT_JSON = 'strat.json';

/** What a strat.json sets; a key it does not set (or sets wrongly) is left to the next source. */
export interface ProjectSettings {
    /** The reference date, a day. */
    asOf?: number;
    rules?: Partial<Record<RuleCode, RuleSetting>>;
    maxOkrsPerOwner?: number;
    checkinDays?: number;
}

/** A problem in strat.json, at offsets of its text. */
export interface ConfigProblem {
    message: string;
    start: number;
    end: number;
}

type KeyReader = (node: Node, settings: ProjectSettings, problem: (node: Node, message: string) => void) => void;

/** The keys of strat.json: how each is read, and its description (also the JSON schema's). */
export const STRAT_JSON_KEYS: Readonly<Record<keyof ProjectSettings, { description: string; read: KeyReader }>> = {
    asOf: {
        description: 'The reference date (YYYY-MM-DD) the checks and the scorecard judge time against; without it, today. `strat check --as-of` wins over it.',
        read: (node, settings, problem) => {
            const value: unknown = getNodeValue(node);
            const day = typeof value === 'string' ? parseDay(value) : undefined;
            if (day === undefined) {
                problem(node, `"asOf" must be a day that exists, written YYYY-MM-DD (for example "2026-08-17"), not ${JSON.stringify(value)}.`);
            } else {
                settings.asOf = day;
            }
        }
    },
    rules: {
        description: 'Severities of rules by code: off, hint, info, warning or error. Command-line --rule options win over them; they win over editor settings.',
        read: (node, settings, problem) => {
            if (node.type !== 'object') {
                problem(node, '"rules" must be an object of rule codes and severities, for example { "kpi-no-frequency": "off" }.');
                return;
            }
            const rules: Partial<Record<RuleCode, RuleSetting>> = {};
            for (const [key, valueNode] of properties(node)) {
                const code = key.value as string;
                const setting = toRuleSetting(getNodeValue(valueNode));
                if (!isRuleCode(code)) {
                    problem(key, `There is no rule '${code}'. Rules: ${RULE_CODES.join(', ')}.`);
                } else if (setting === undefined) {
                    problem(valueNode, `The severity of '${code}' must be one of ${RULE_SETTINGS.join(', ')}, not ${JSON.stringify(getNodeValue(valueNode))}.`);
                } else {
                    rules[code] = setting;
                }
            }
            settings.rules = rules;
        }
    },
    maxOkrsPerOwner: {
        description: 'How many active OKRs one owner may have in one cycle before too-many-okrs is reported.',
        read: wholeNumber('maxOkrsPerOwner', 1, (settings, n) => { settings.maxOkrsPerOwner = n; })
    },
    checkinDays: {
        description: 'How many days a key result that measures no KPI may go without a check-in before checkin-stale is reported.',
        read: wholeNumber('checkinDays', 1, (settings, n) => { settings.checkinDays = n; })
    }
};

/** The key JSON files use to name their schema (editors other than VS Code read it); allowed beside the settings. */
export const SCHEMA_KEY = '$schema';

export function readStratJson(text: string): { settings: ProjectSettings; problems: ConfigProblem[] } {
    const settings: ProjectSettings = {};
    const problems: ConfigProblem[] = [];
    const problem = (node: { offset: number; length: number }, message: string) =>
        problems.push({ message, start: node.offset, end: node.offset + node.length });
    const errors: ParseError[] = [];
    // A byte-order mark (Windows tools write one) is not JSON; read as a space, so offsets stay.
    const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
    const root = parseTree(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    for (const error of errors) {
        problem(error, `strat.json is not valid JSON: ${jsonErrorWords(printParseErrorCode(error.error))}.`);
    }
    if (!root) {
        return { settings, problems };
    }
    if (root.type !== 'object') {
        problem(root, 'strat.json must hold one JSON object, for example { "asOf": "2026-08-17" }.');
        return { settings, problems };
    }
    for (const [key, valueNode] of properties(root)) {
        const name = key.value as string;
        if (name === SCHEMA_KEY) {
            // Where editors find the file's JSON schema: not a setting, and no mistake.
            if (valueNode?.type !== 'string') problem(valueNode ?? key, `"${SCHEMA_KEY}" must be the address of a JSON schema, a string.`);
            continue;
        }
        const known = Object.prototype.hasOwnProperty.call(STRAT_JSON_KEYS, name) ? STRAT_JSON_KEYS[name as keyof ProjectSettings] : undefined;
        if (!known) {
            problem(key, `Unknown key "${name}" in strat.json. The keys are ${Object.keys(STRAT_JSON_KEYS).map(k => `"${k}"`).join(', ')}.`);
        } else {
            known.read(valueNode, settings, problem);
        }
    }
    return { settings, problems };
}

/** The object's properties that parsed completely, as [key node, value node]. */
function properties(node: Node): Array<[Node, Node]> {
    return (node.children ?? []).flatMap(property => {
        const [key, value] = property.children ?? [];
        return key && value ? [[key, value] as [Node, Node]] : [];
    });
}

function wholeNumber(key: string, minimum: number, set: (settings: ProjectSettings, n: number) => void): KeyReader {
    return (node, settings, problem) => {
        const value: unknown = getNodeValue(node);
        if (typeof value === 'number' && Number.isInteger(value) && value >= minimum) {
            set(settings, value);
        } else {
            problem(node, `"${key}" must be a whole number of at least ${minimum}, not ${JSON.stringify(value)}.`);
        }
    };
}

/** `CommaExpected` → `a comma is expected`. */
function jsonErrorWords(code: string): string {
    const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    const expected = /^(.*) expected$/.exec(words);
    return expected ? `${/^[aeiou]/.test(expected[1]) ? 'an' : 'a'} ${expected[1]} is expected here` : words;
}
