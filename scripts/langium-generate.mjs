#!/usr/bin/env node
/**
 * `langium generate` without its one intended warning.
 *
 * Element bodies accept their properties in any order, so each property is an `=` assignment
 * inside a repeated group `( … )*`. Langium warns "Found multiple assignments to 'x' with the '='
 * assignment operator" for every one of them. That is intended: the grammar stays forgiving while
 * the writer types, and the `duplicate-property` rule (driven by the element catalogue) reports a
 * property given twice. Every other line of the generator — any other warning, any error — is
 * printed as it comes, and the exit status is the generator's.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INTENDED = /^\S+\.langium:\d+:\d+ - Found multiple assignments to '\w+' with the '\??=' assignment operator\. Consider using '\+=' instead to prevent data loss\.$/;
// The generator colours its warnings; compare the plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', 'langium-cli', 'bin', 'langium.js');

const child = spawn(process.execPath, [cli, 'generate', ...process.argv.slice(2)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
let silenced = 0;
for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', chunk => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
            if (INTENDED.test(line.replace(ANSI, '').trim())) {
                silenced++;
            } else {
                out.write(line + '\n');
            }
        }
    });
    stream.on('end', () => {
        if (pending) out.write(pending);
    });
}
child.on('close', code => {
    if (process.env.STRAT_VERBOSE_GENERATE) {
        console.log(`(${silenced} intended "multiple assignments" warnings not shown: any-order element bodies)`);
    }
    process.exit(code ?? 1);
});
