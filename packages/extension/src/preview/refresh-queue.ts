/**
 * Runs a refresh when asked, never two at once: a request while one is in flight is coalesced
 * into exactly one follow-up run (however many requests came meanwhile). No timers: the pace is
 * the language server's. Pure.
 */
export class RefreshQueue {
    private readonly refresh: () => Promise<void>;
    private readonly onError: (error: unknown) => void;
    private running: Promise<void> | undefined;
    private again = false;
    private disposed = false;

    constructor(refresh: () => Promise<void>, onError: (error: unknown) => void) {
        this.refresh = refresh;
        this.onError = onError;
    }

    /** Asks for a refresh: runs now, or once more after the one in flight. */
    request(): void {
        if (this.disposed) return;
        if (this.running) {
            this.again = true;
            return;
        }
        this.running = this.drain().finally(() => {
            this.running = undefined;
        });
    }

    /** Resolves once no refresh is in flight or queued. */
    async idle(): Promise<void> {
        while (this.running) {
            await this.running;
        }
    }

    dispose(): void {
        this.disposed = true;
        this.again = false;
    }

    private async drain(): Promise<void> {
        do {
            this.again = false;
            try {
                await this.refresh();
            } catch (error) {
                this.onError(error);
            }
        } while (this.again && !this.disposed);
    }
}
