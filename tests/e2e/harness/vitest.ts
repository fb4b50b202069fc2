/**
 * Vitest glue: one session per test file, evidence (screenshot + logs) for every failed test
 * in test-results/e2e/<file>-<test>.png.
 */
import { basename } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Session, SessionOptions } from './session.ts';
import { openSession } from './session.ts';
import { slug } from './paths.ts';

/**
 * Opens a session before the file's tests and closes it after them. Returns a getter (the
 * session exists only once `beforeAll` ran).
 */
export function useSession(testFile: string, options: SessionOptions = {}): () => Session {
    let session: Session | undefined;
    const fileSlug = slug(basename(testFile).replace(/\.e2e\.test\.ts$/, ''));
    beforeAll(async () => {
        session = await openSession(options);
    });
    afterAll(async () => {
        await session?.close();
    });
    beforeEach(({ task, onTestFailed }) => {
        onTestFailed(async () => {
            if (session) {
                const saved = await session.saveEvidence(`${fileSlug}-${slug(task.name)}`);
                console.error(`evidence of the failed test "${task.name}":\n  ${saved.join('\n  ')}`);
                if (session.pageErrors.length > 0) {
                    console.error(`errors in the page:\n  ${session.pageErrors.join('\n  ')}`);
                }
            }
        });
    });
    return () => {
        if (!session) {
            throw new Error('The code-server session did not start (see the beforeAll error).');
        }
        return session;
    };
}

/** A screenshot at a chosen point of a passing test: test-results/e2e/<file>-<point>.png. */
export async function checkpoint(session: Session, testFile: string, point: string): Promise<string> {
    return session.workbench.screenshot(`${slug(basename(testFile).replace(/\.e2e\.test\.ts$/, ''))}-${slug(point)}`);
}
