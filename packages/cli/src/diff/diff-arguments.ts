/**
 * How `strat diff` reads its arguments (`strat diff --help`, docs/ci.md):
 * - with `--`, the arguments before it are revisions (BASE, then HEAD) and those after it paths;
 * - else exactly two folders and nothing more are compared as two folders (no git);
 * - else, from the left, each argument that is not an existing file or folder is a revision (at
 *   most two, before any path), and the rest are paths.
 * BASE defaults to `HEAD`, HEAD to the working tree, PATHS to the current folder.
 */
import { UsageError } from '../usage-error.js';

export type DiffTarget =
    | {
        mode: 'git';
        base: string;
        /** null: the working tree. */
        head: string | null;
        paths: string[];
        /** Whether `--` said which arguments are revisions (a bad one is then surely a revision). */
        explicit: boolean;
    }
    | { mode: 'folders'; base: string; head: string };

/** What an argument names on disk, if anything. */
export type PathKind = 'file' | 'folder' | undefined;

/**
 * @param separatorAt how many arguments came before `--`, when it was given
 */
export function diffTarget(args: readonly string[], separatorAt: number | undefined, kindOf: (arg: string) => PathKind): DiffTarget {
    if (separatorAt !== undefined) {
        return gitTarget(args.slice(0, separatorAt), args.slice(separatorAt), true);
    }
    if (args.length === 2 && args.every(arg => kindOf(arg) === 'folder')) {
        return { mode: 'folders', base: args[0], head: args[1] };
    }
    const firstPath = args.findIndex(arg => kindOf(arg) !== undefined);
    const revisions = firstPath < 0 ? [...args] : args.slice(0, firstPath);
    const paths = firstPath < 0 ? [] : args.slice(firstPath);
    const missing = paths.find(arg => kindOf(arg) === undefined);
    if (missing !== undefined) {
        throw new UsageError(`No such file or folder: ${missing} (revisions come before paths; put -- before paths that do not exist)`);
    }
    return gitTarget(revisions, paths, false);
}

function gitTarget(revisions: string[], paths: string[], explicit: boolean): DiffTarget {
    if (revisions.length > 2) {
        // Read from the left, the third is most likely a path that does not exist (a file deleted, a typo).
        const extra = revisions.slice(2).join(' ');
        throw new UsageError(explicit
            ? `Too many revisions: ${revisions.join(' ')} (give BASE and at most one HEAD)`
            : `No such file or folder: ${extra} (after two revisions, only paths; put -- before paths that do not exist)`);
    }
    return { mode: 'git', base: revisions[0] ?? 'HEAD', head: revisions[1] ?? null, paths: paths.length > 0 ? paths : ['.'], explicit };
}

/** How many of the command's operands came before `--` in the raw arguments, if `--` was given. */
export function operandsBeforeSeparator(operands: readonly string[], rawArgs: readonly string[]): number | undefined {
    const at = rawArgs.indexOf('--');
    return at < 0 ? undefined : Math.max(0, operands.length - (rawArgs.length - at - 1));
}
