#!/usr/bin/env node
/** Prints one closing line `N passed, N failed` from the vitest JSON reports in test-results/. */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['test-results/vitest.json', 'test-results/vitest-e2e.json']) {
    if (existsSync(file)) {
        const report = JSON.parse(readFileSync(file, 'utf8'));
        passed += report.numPassedTests ?? 0;
        failed += report.numFailedTests ?? 0;
        skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
