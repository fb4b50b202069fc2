/**
 * Reading a repository at a revision with git itself — `rev-parse`, `ls-tree`, `cat-file --batch`
 * — so no working tree is checked out or touched. Problems become one-line `StratInputError`s.
 * Shared by `strat diff` and the language server's scorecard comparison.
 */
import { spawn } from 'node:child_process';
import { StratInputError } from '../node-workspace-loader.js';

export interface TreeEntry {
    mode: string;
    type: string;
    oid: string;
    /** In bytes; 0 for what is not a blob (a submodule's commit). */
    size: number;
    /** Relative to the repository's top folder, with `/`. */
    path: string;
}

export interface GitResult {
    status: number;
    stdout: Buffer;
    stderr: string;
}

export function runGit(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, stdio: ['pipe', 'pipe', 'pipe'] });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', (error: NodeJS.ErrnoException) => reject(new StratInputError(error.code === 'ENOENT'
            ? 'git was not found: reading files at a git revision needs git installed and on the PATH'
            : `Cannot run git: ${error.message}`)));
        child.on('close', status => resolve({ status: status ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
    });
}

/** git's own first line of complaint, for a one-line error. */
export function gitProblem(result: GitResult, what: string): StratInputError {
    const line = result.stderr.split('\n').map(l => l.trim()).find(l => l !== '') ?? `exit status ${result.status}`;
    return new StratInputError(`${what}: git says: ${line.replace(/^fatal: /, '')}`);
}

/** The top folder of the repository holding `folder`, or undefined when it is in none. */
export async function repositoryRoot(folder: string): Promise<string | undefined> {
    const result = await runGit(['rev-parse', '--show-toplevel'], folder);
    if (result.status === 0) return result.stdout.toString('utf8').trim();
    if (/not a git repository/i.test(result.stderr)) return undefined;
    throw gitProblem(result, `Cannot read the git repository of ${folder}`);
}

/** The commit a revision names, or undefined when it names none. */
export async function resolveCommit(root: string, revision: string): Promise<string | undefined> {
    const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], root);
    return result.status === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

/** Every file of the commit's tree, with its size. */
export async function listTree(root: string, commit: string): Promise<TreeEntry[]> {
    const result = await runGit(['ls-tree', '-r', '-z', '-l', '--full-tree', commit], root);
    if (result.status !== 0) throw gitProblem(result, `Cannot list the files of ${commit}`);
    return result.stdout.toString('utf8').split('\0').filter(Boolean).map(line => {
        const tab = line.indexOf('\t');
        // `<mode> <type> <oid> <size, padded>`: the size is `-` for what is not a blob
        const [mode, type, oid, size] = line.slice(0, tab).split(' ').filter(Boolean);
        const bytes = Number(size);
        return { mode, type, oid, size: Number.isFinite(bytes) ? bytes : 0, path: line.slice(tab + 1) };
    });
}

/** The contents of blobs, by object id, read in one `git cat-file --batch`. */
export async function readBlobs(root: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
    const blobs = new Map<string, Buffer>();
    if (oids.length === 0) return blobs;
    const result = await runGit(['cat-file', '--batch'], root, oids.join('\n') + '\n');
    if (result.status !== 0) throw gitProblem(result, 'Cannot read files from git');
    const out = result.stdout;
    let at = 0;
    while (at < out.length) {
        const lineEnd = out.indexOf(0x0a, at);
        if (lineEnd < 0) break;
        const [oid, type, size] = out.subarray(at, lineEnd).toString('utf8').split(' ');
        if (type === 'missing' || size === undefined) throw new StratInputError(`Cannot read ${oid} from git: it is missing`);
        const start = lineEnd + 1;
        const end = start + Number(size);
        blobs.set(oid, out.subarray(start, end));
        at = end + 1; // the newline after the contents
    }
    return blobs;
}
