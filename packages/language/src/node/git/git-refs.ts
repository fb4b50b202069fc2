/** The revisions worth offering when a user picks one to compare with: HEAD, branches, tags, recent commits. */
import { gitProblem, runGit } from './git.js';

export type RefKind = 'head' | 'branch' | 'tag' | 'commit';

export interface GitRef {
    /** What to give git: `HEAD`, `main`, `v1.2`, a commit id. */
    ref: string;
    kind: RefKind;
    /** A line for a picker: the commit's subject and age. */
    detail: string;
}

const FIELD = '\u001f';

/** HEAD first, then local and remote branches and tags by recency, then the last commits (at most `limit` of each). */
export async function listRefs(root: string, limit = 20): Promise<GitRef[]> {
    const refs: GitRef[] = [];
    const head = await runGit(['log', '-1', `--format=%s${FIELD}%cr`], root);
    if (head.status === 0) {
        const [subject, age] = head.stdout.toString('utf8').trim().split(FIELD);
        refs.push({ ref: 'HEAD', kind: 'head', detail: `${subject ?? ''} (${age ?? ''})` });
    }
    const named = await runGit(['for-each-ref', '--sort=-creatordate', `--count=${limit * 3}`,
        `--format=%(refname)${FIELD}%(refname:short)${FIELD}%(contents:subject)${FIELD}%(creatordate:relative)`, 'refs/heads', 'refs/remotes', 'refs/tags'], root);
    if (named.status !== 0) throw gitProblem(named, 'Cannot list the branches and tags');
    for (const line of named.stdout.toString('utf8').split('\n').filter(Boolean)) {
        const [full, short, subject, age] = line.split(FIELD);
        if (full.endsWith('/HEAD')) continue; // origin/HEAD only points at a branch listed anyway
        refs.push({ ref: short, kind: full.startsWith('refs/tags/') ? 'tag' : 'branch', detail: `${subject} (${age})` });
    }
    const log = await runGit(['log', `-${limit}`, `--format=%h${FIELD}%s${FIELD}%cr`], root);
    if (log.status === 0) {
        for (const line of log.stdout.toString('utf8').split('\n').filter(Boolean)) {
            const [hash, subject, age] = line.split(FIELD);
            refs.push({ ref: hash, kind: 'commit', detail: `${subject} (${age})` });
        }
    }
    return refs;
}
