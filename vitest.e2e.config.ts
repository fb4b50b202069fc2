/**
 * The real-editor tests (tests/e2e): code-server + Chromium, one file at a time, long
 * timeouts. Run with `npm run test:e2e` (packages the extension first).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['tests/e2e/**/*.e2e.test.ts'],
        // code-server is installed once, before any test file, with its own budget (global-setup.ts)
        globalSetup: ['tests/e2e/global-setup.ts'],
        // one code-server + Chromium at a time (~1 GB each)
        fileParallelism: false,
        maxWorkers: 1,
        testTimeout: 120_000,
        // a hook starts code-server and Chromium; installing is global-setup.ts's job
        hookTimeout: 180_000,
        teardownTimeout: 30_000,
        reporters: ['verbose', 'json'],
        outputFile: { json: 'test-results/vitest-e2e.json' }
    }
});
