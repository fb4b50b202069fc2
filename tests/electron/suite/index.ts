/**
 * The in-editor test entry (VS Code's `extensionTestsPath`): runs the mocha suites bundled next
 * to this file inside the extension host, with the real `vscode` API. Bundled to CommonJS by
 * tests/electron/build-suite.ts.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60_000, reporter: 'spec' });
    const here = dirname(fileURLToPath(import.meta.url));
    for (const file of readdirSync(here).filter((name) => name.endsWith('.test.cjs')).sort()) {
        mocha.addFile(join(here, file));
    }
    return new Promise((resolve, reject) => {
        mocha.run((failures) => failures > 0
            ? reject(new Error(`${failures} in-editor test(s) failed.`))
            : resolve());
    });
}
