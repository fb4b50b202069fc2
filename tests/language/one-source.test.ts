/**
 * The rule table (packages/language/src/diagnostics/rule-table.ts) is the only source of each
 * rule's step, draft exemption, word list and limits: the code that needs them reads the table,
 * and no other source file or script restates them. Each detector is first shown a restatement,
 * so a detector that stopped matching fails here rather than letting copies back in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_CODES } from '../../packages/language/src/diagnostics/rule-table.js';
import { DEFAULT_CHECKIN_DAYS, DEFAULT_MAX_OKRS_PER_OWNER } from '../../packages/language/src/config/settings-layers.js';
import { stepOfCode } from '../../packages/language/src/scorecard/render/steps.js';
import { REPO_ROOT } from '../support/paths.js';

const RULE_TABLE = 'packages/language/src/diagnostics/rule-table.ts';
const { minKeyResults, maxKeyResults } = RULES['kr-count'].parameters;
const { maxActiveOkrsPerOwner } = RULES['too-many-okrs'].parameters;
const { activityWords } = RULES['kr-activity'].parameters;

const alternation = (words: readonly string[]) => words.map(word => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
const activityWord = `['"\`]?\\b(?:${alternation(activityWords)})\\b['"\`]?`;
const ruleCode = `'(?:${alternation(RULE_CODES)})'`;

interface Detector {
    what: string;
    pattern: RegExp;
    /** Restatements the detector must find (so it cannot silently stop working). */
    restatements: string[];
    /** How the table is read instead, which must not count as a restatement. */
    readings: string[];
}

const DETECTORS: Detector[] = [
    {
        what: `the kr-activity word list (read RULES['kr-activity'].parameters.activityWords)`,
        pattern: new RegExp(`${activityWord}\\s*,\\s*${activityWord}\\s*,\\s*${activityWord}`, 'i'),
        restatements: [`const ACTIVITY_WORDS = new Set(['${activityWords.slice(0, 4).join("', '")}']);`, `its first word is one of ${activityWords.slice(0, 3).join(', ')}`],
        readings: [`new Set(RULES['kr-activity'].parameters.activityWords)`, `one of \${ACTIVITY_WORDS.join(', ')}`]
    },
    {
        what: `the too-many-okrs limit (read RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner)`,
        pattern: new RegExp(`OkrsPerOwner['"]?\\s*[:=]\\s*(?:\\{[^}]*?\\bdefault:\\s*)?${maxActiveOkrsPerOwner}\\b|OKRS_PER_OWNER\\s*(?::\\s*\\w+\\s*)?=\\s*${maxActiveOkrsPerOwner}\\b|\\b(?:more than|at most|up to)\\s+${maxActiveOkrsPerOwner}\\s+active OKRs`, 'i'),
        restatements: [
            `export const DEFAULT_MAX_ACTIVE_OKRS_PER_OWNER = ${maxActiveOkrsPerOwner};`,
            `'strat.maxActiveOkrsPerOwner': {\n        type: 'number',\n        default: ${maxActiveOkrsPerOwner},\n        minimum: 1`,
            `when: 'one owner has more than ${maxActiveOkrsPerOwner} active OKRs in one cycle'`
        ],
        readings: [
            `default: RULES['too-many-okrs'].parameters.maxActiveOkrsPerOwner,`,
            `const settings = { rules: {}, maxActiveOkrsPerOwner: DEFAULT_MAX_ACTIVE_OKRS_PER_OWNER };`
        ]
    },
    {
        what: `the kr-count limits (read RULES['kr-count'].parameters)`,
        pattern: new RegExp([
            `\\b${minKeyResults}\\s*(?:–|—|to|\\.\\.)\\s*${maxKeyResults}\\b`,
            `\\b(?:MAX|MIN)_KEY_RESULTS\\s*=\\s*\\d`,
            `keyResults\\.length\\s*[<>]=?\\s*[1-9]`, // `> 0` only asks whether there are any
            `\\b(?:fewer than|more than|at most|at least)\\s+\\d+\\s+key results`
        ].join('|'), 'i'),
        restatements: [
            `export const MAX_KEY_RESULTS = ${maxKeyResults};`,
            `okr: 'an objective with ${minKeyResults}–${maxKeyResults} key results'`,
            `if (okr.keyResults.length > ${maxKeyResults}) {`,
            `keep it to at most ${maxKeyResults} key results`
        ],
        readings: [
            `okr.keyResults.length > RULES['kr-count'].parameters.maxKeyResults`,
            `\${minKeyResults}–\${maxKeyResults}`
        ]
    },
    {
        what: 'rule codes mapped to steps or listed as a set (read the rule\'s step and checkedInDraftOkrs)',
        pattern: new RegExp(`${ruleCode}\\s*:\\s*\\d|\\[\\s*${ruleCode}\\s*,\\s*${ruleCode}`),
        restatements: [`const STEP_OF_CODE = {\n    'strategy-no-ambition': 2,`, `const DRAFT_RULES = new Set(['kr-count', 'reward-kpi-in-okr']);`],
        readings: [`RULES[code].step`, `QUICK_FIXES: { 'kr-count': keyResultCountFixes }`]
    }
];

/** Source files and scripts of the repository, relative to its root; the rule table itself and generated code left out. */
function sourceFiles(): string[] {
    const roots = [
        ...readdirSync(path.join(REPO_ROOT, 'packages')).flatMap(pkg => [`packages/${pkg}/src`, `packages/${pkg}/scripts`]),
        'scripts'
    ];
    const files: string[] = [];
    const walk = (relative: string): void => {
        const full = path.join(REPO_ROOT, relative);
        let entries;
        try {
            entries = readdirSync(full, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries) {
            const child = `${relative}/${entry.name}`;
            if (entry.isDirectory() && entry.name !== 'generated' && entry.name !== 'node_modules') {
                walk(child);
            } else if (entry.isFile() && /\.(?:ts|mts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && child !== RULE_TABLE) {
                files.push(child);
            }
        }
    };
    roots.forEach(walk);
    return files;
}

describe('each detector recognizes a restatement and leaves a reading of the table alone', () => {
    for (const detector of DETECTORS) {
        it(detector.what, () => {
            for (const text of detector.restatements) {
                expect(detector.pattern.test(text), `should find: ${text}`).toBe(true);
            }
            for (const text of detector.readings) {
                expect(detector.pattern.test(text), `should not find: ${text}`).toBe(false);
            }
        });
    }
});

describe('no source file or script restates what the rule table holds', () => {
    const files = sourceFiles();

    it('scans the sources of every package and the scripts', () => {
        expect(files).toContain('packages/language/src/rules/okr-rules.ts');
        expect(files).toContain('packages/cli/src/format-text.ts');
        expect(files).toContain('packages/extension/scripts/contribute-settings.mjs');
        expect(files).toContain('scripts/rule-docs.mjs');
        expect(files).not.toContain(RULE_TABLE);
    });

    for (const detector of DETECTORS) {
        it(detector.what, () => {
            const found: string[] = [];
            for (const file of files) {
                const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
                const global = new RegExp(detector.pattern.source, `${detector.pattern.flags}g`);
                for (const match of text.matchAll(global)) {
                    const line = text.slice(0, match.index).split('\n').length;
                    found.push(`${file}:${line}: ${match[0].replace(/\s+/g, ' ')}`);
                }
            }
            expect(found, `restated outside ${RULE_TABLE}`).toEqual([]);
        });
    }
});

describe('what reads the rule table', () => {
    it('the step view takes each rule\'s step from the table; the language\'s own rules belong to no step', () => {
        for (const code of RULE_CODES) {
            expect(stepOfCode(code), code).toBe(RULES[code].step === 0 ? null : RULES[code].step);
        }
        expect(stepOfCode('kpi-no-actuals')).toBe(4);
        expect(stepOfCode('syntax')).toBeNull();
        expect(stepOfCode('no-such-rule')).toBeNull();
    });

    it('draft OKRs: the errors, kr-count and reward-kpi-in-okr still report (docs/language.md#diagnostics), nothing else', () => {
        const checked = RULE_CODES.filter(code => RULES[code].checkedInDraftOkrs);
        const errors = RULE_CODES.filter(code => RULES[code].severity === 'error');
        expect(checked.sort()).toEqual([...new Set([...errors, 'kr-count', 'reward-kpi-in-okr'])].sort());
    });

    it('the settings default and the when texts are built from the limits and words', () => {
        expect(DEFAULT_MAX_OKRS_PER_OWNER).toBe(maxActiveOkrsPerOwner);
        expect(DEFAULT_CHECKIN_DAYS).toBe(RULES['checkin-stale'].parameters.checkinDays);
        expect(RULES['checkin-stale'].when).toContain(`more than ${RULES['checkin-stale'].parameters.checkinDays} days`);
        expect(RULES['too-many-okrs'].when).toContain(`more than ${maxActiveOkrsPerOwner} active OKRs`);
        expect(RULES['kr-count'].when).toBe(`an OKR has fewer than ${minKeyResults} or more than ${maxKeyResults} key results`);
        expect(RULES['kr-activity'].when).toContain(activityWords.join(', '));
    });
});
