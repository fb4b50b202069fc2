import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (file: string) => fileURLToPath(new URL(`./packages/language/src/${file}`, import.meta.url));

export default defineConfig({
    // Tests run the TypeScript sources of the language package, the way the CLI imports them.
    resolve: {
        alias: [
            { find: /^@strat\/language\/node$/, replacement: source('node.ts') },
            { find: /^@strat\/language\/render$/, replacement: source('scorecard/render/index.ts') },
            { find: /^@strat\/language$/, replacement: source('index.ts') }
        ]
    },
    test: {
        include: ['tests/**/*.test.ts'],
        exclude: ['tests/e2e/**', 'tests/electron/**', '**/node_modules/**'],
        reporters: ['default', 'json'],
        outputFile: { json: 'test-results/vitest.json' },
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
