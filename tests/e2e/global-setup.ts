/**
 * Before any real-editor test starts: code-server is installed once, by this one process (the
 * install takes a lock, so a second run or another worktree sharing `.cache` waits for it),
 * within its own time budget — not inside a test hook whose timeout a busy machine exceeds.
 */
import { ensureCodeServer } from '../../scripts/code-server.mjs';

/** Installing takes ~3 minutes on a quiet machine; a loaded one may need several times that. */
export const INSTALL_BUDGET_MS = 25 * 60_000;

export default async function installCodeServerOnce(): Promise<void> {
    try {
        await ensureCodeServer({ log: (line) => console.log(`[e2e setup] ${line}`), timeoutMs: INSTALL_BUDGET_MS });
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`The real-editor tests need code-server, which is not installed: ${reason}`);
    }
}
