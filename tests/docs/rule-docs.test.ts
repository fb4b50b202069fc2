/** The rule documentation and the README rule list are generated from the one rule table. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_CODES, STEP_NAMES } from '../../packages/language/src/diagnostics/rule-table.js';
import { REPO_ROOT } from '../support/paths.js';
// @ts-expect-error — a plain .mjs script without type declarations
import { readmeRuleList, rulesMarkdown, withRuleList } from '../../scripts/rule-docs.mjs';

const rules = RULE_CODES.map(code => ({ code, ...RULES[code] }));

describe('rule documentation', () => {
    it('docs/rules.md is up to date with the rule table (run: node scripts/rule-docs.mjs)', () => {
        expect(readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown(rules, STEP_NAMES) + '\n');
    });
    it('the README rule list is up to date with the rule table', () => {
        const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        expect(withRuleList(readme, readmeRuleList(rules))).toBe(readme);
    });
    it('documents every code with an anchor the diagnostics link to', () => {
        const docs = readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
        for (const code of RULE_CODES) {
            expect(docs).toContain(`### ${code}\n`);
        }
    });
});
