/** How `strat diff` tells revisions, paths and folders apart, and which files of a revision it reads. */
import { describe, expect, it } from 'vitest';
import { diffTarget, operandsBeforeSeparator, type PathKind } from '../../packages/cli/src/diff/diff-arguments.js';
import { selectStratFiles } from '../../packages/language/src/node/git/revision-files.js';
import type { TreeEntry } from '../../packages/language/src/node/git/git.js';
import { parseAsOfOption } from '../../packages/cli/src/as-of-option.js';
import { parseDay } from '../../packages/language/src/model/period-span.js';

const DISK: Record<string, PathKind> = { 'strategy/': 'folder', 'old/': 'folder', 'new/': 'folder', 'bank.strat': 'file' };
const kindOf = (arg: string): PathKind => DISK[arg];

describe('strat diff arguments', () => {
    it.each<[string[], ReturnType<typeof diffTarget>]>([
        [[], { mode: 'git', base: 'HEAD', head: null, paths: ['.'], explicit: false }],
        [['HEAD~1'], { mode: 'git', base: 'HEAD~1', head: null, paths: ['.'], explicit: false }],
        [['HEAD~1', 'HEAD', 'strategy/'], { mode: 'git', base: 'HEAD~1', head: 'HEAD', paths: ['strategy/'], explicit: false }],
        [['strategy/', 'bank.strat'], { mode: 'git', base: 'HEAD', head: null, paths: ['strategy/', 'bank.strat'], explicit: false }],
        [['origin/main', 'bank.strat'], { mode: 'git', base: 'origin/main', head: null, paths: ['bank.strat'], explicit: false }],
        [['old/', 'new/'], { mode: 'folders', base: 'old/', head: 'new/' }]
    ])('%j', (args, expected) => {
        expect(diffTarget(args, undefined, kindOf)).toEqual(expected);
    });

    it('with --, what comes before is revisions and what comes after is paths, existing or not', () => {
        expect(diffTarget(['strategy/', 'gone/'], 1, kindOf)).toEqual({ mode: 'git', base: 'strategy/', head: null, paths: ['gone/'], explicit: true });
        expect(diffTarget(['old/', 'new/'], 0, kindOf)).toEqual({ mode: 'git', base: 'HEAD', head: null, paths: ['old/', 'new/'], explicit: true });
    });

    it('refuses three revisions and a revision after a path', () => {
        expect(() => diffTarget(['a', 'b', 'c'], undefined, kindOf)).toThrow('No such file or folder: c');
        expect(() => diffTarget(['a', 'b', 'c', 'f.strat'], 3, kindOf)).toThrow('Too many revisions: a b c');
        expect(() => diffTarget(['strategy/', 'HEAD'], undefined, kindOf)).toThrow('No such file or folder: HEAD (revisions come before paths');
    });

    it('counts the operands before -- from the raw command line', () => {
        expect(operandsBeforeSeparator(['main', 'strategy/'], ['diff', '-f', 'md', 'main', '--', 'strategy/'])).toBe(1);
        expect(operandsBeforeSeparator(['strategy/'], ['diff', '--', 'strategy/'])).toBe(0);
        expect(operandsBeforeSeparator(['main'], ['diff', 'main'])).toBeUndefined();
    });
});

describe('the .strat files of a revision', () => {
    const entry = (path: string, mode = '100644', type = 'blob'): TreeEntry => ({ mode, type, oid: path, size: 0, path });
    const TREE = [
        entry('README.md'),
        entry('strategy/bank.strat'),
        entry('strategy/notes.txt'),
        entry('strategy/okrs/q3.strat'),
        entry('strategy/.drafts/old.strat'),
        entry('strategy/node_modules/x.strat'),
        entry('strategy/link.strat', '120000'),
        entry('strategy/sub', '160000', 'commit'),
        entry('strategy-archive/old.strat'),
        entry('.hidden/top.strat')
    ];
    const paths = (targets: string[]) => selectStratFiles(TREE, targets).map(e => e.path);

    it('reads every .strat file below a folder, as strat check does on disk', () => {
        expect(paths(['strategy'])).toEqual(['strategy/bank.strat', 'strategy/okrs/q3.strat']);
    });

    it('reads a file named whatever its extension, and the whole tree for the top folder', () => {
        expect(paths(['strategy/notes.txt'])).toEqual(['strategy/notes.txt']);
        expect(paths([''])).toEqual(['strategy-archive/old.strat', 'strategy/bank.strat', 'strategy/okrs/q3.strat']);
    });

    it('reads nothing for a path the revision does not have', () => {
        expect(paths(['plans'])).toEqual([]);
    });
});

describe('--as-of', () => {
    it('takes a day, today or none', () => {
        expect(parseAsOfOption('2026-08-17')).toBe(parseDay('2026-08-17'));
        expect(parseAsOfOption('2028-02-29')).toBe(parseDay('2028-02-29'));
        expect(parseAsOfOption('none')).toBe('none');
        expect(parseAsOfOption('today', () => new Date(2026, 0, 5, 23, 30))).toBe(parseDay('2026-01-05'));
    });

    it('refuses anything else, saying why', () => {
        expect(() => parseAsOfOption('2026-07')).toThrow("--as-of expects YYYY-MM-DD, today or none, got '2026-07': 2026-07 is a month, not a day");
        expect(() => parseAsOfOption('2027-02-29')).toThrow('February 2027 has 28 days');
        // not a period at all: no lesson in the other period shapes, which --as-of does not take
        expect(() => parseAsOfOption('yesterday')).toThrow(/^--as-of expects YYYY-MM-DD, today or none, got 'yesterday'$/);
    });
});
