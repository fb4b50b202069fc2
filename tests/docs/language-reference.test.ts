/**
 * docs/language.md is the language's reference in the repository: every rule is in it (linked to
 * its page in docs/rules.md), and every `docs/language.md#…` or `rules.md#…` cited by the code,
 * the tests and the docs names a section that exists — so a renamed heading cannot leave dead links.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../packages/language/src/diagnostics/rule-table.js';
import { REPO_ROOT } from '../support/paths.js';

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
    return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
    const text = readFileSync(path.join(REPO_ROOT, 'docs', file), 'utf8');
    return new Set(text.split('\n').filter(line => /^#{1,6} /.test(line)).map(line => anchorOf(line.replace(/^#+ /, ''))));
}

describe('the language reference', () => {
    it('makes anchors as GitHub does', () => {
        expect(anchorOf('Time: the reference date, pace and staleness')).toBe('time-the-reference-date-pace-and-staleness');
        expect(anchorOf('`strat diff`')).toBe('strat-diff');
        expect(anchorOf('kr-count')).toBe('kr-count');
    });

    it('links every rule to its page', () => {
        const text = readFileSync(path.join(REPO_ROOT, 'docs', 'language.md'), 'utf8');
        expect(RULE_CODES.filter(code => !text.includes(`(rules.md#${code})`))).toEqual([]);
    });

    it('is cited only by sections that exist', () => {
        const known = { 'language.md': anchors('language.md'), 'rules.md': anchors('rules.md') };
        const files = execFileSync('git', ['ls-files', 'packages', 'tests', 'docs', 'scripts', 'examples', 'README.md', 'syntaxes'], { cwd: REPO_ROOT, encoding: 'utf8' })
            .split('\n').filter(file => /\.(ts|mts|mjs|md|strat|langium|json)$/.test(file));
        const dead: string[] = [];
        for (const file of files) {
            const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
            for (const match of text.matchAll(/\b(language|rules)\.md#([\w-]+)/g)) {
                const doc = `${match[1]}.md` as keyof typeof known;
                if (!known[doc].has(match[2])) dead.push(`${file}: ${match[0]}`);
            }
        }
        expect(dead).toEqual([]);
    });
});
