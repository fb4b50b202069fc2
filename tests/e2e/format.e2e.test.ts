/**
 * Format Document on a messy file (bad indentation, several properties on one line, no blank
 * lines between elements): the editor shows the canonical layout — exactly what the language
 * server's formatter produces — and saving writes it.
 */
import { describe, expect, it } from 'vitest';
import { waitForServerDecorations } from './harness/editor.ts';
import { MESSY, MESSY_FILE, MESSY_FORMATTED } from './harness/fixtures.ts';
import { formattedByServer } from './harness/language.ts';
import { checkpoint, useSession } from './harness/vitest.ts';
import { waitUntil } from './harness/wait.ts';

describe('Format Document', () => {
    const session = useSession(import.meta.filename, { files: { [MESSY_FILE]: MESSY } });

    it('lays a messy file out canonically', async () => {
        const { workbench, workspace } = session();
        const expected = await formattedByServer(MESSY);
        expect(expected).toBe(MESSY_FORMATTED); // the server agrees with the layout written by hand
        const expectedLines = expected.split('\n'); // the last line is the empty one after the final newline

        await workbench.openFile(MESSY_FILE);
        await workbench.waitForLanguageMode('Strat');
        await waitForServerDecorations(workbench);
        expect(await workbench.visibleLines()).toContain('   strategy ProbeNeat "Keep every file neat" {realizes ProbeTidy');
        await checkpoint(session(), import.meta.filename, 'messy');

        await workbench.runCommand('Format Document');
        const lines = await waitUntil(() => workbench.visibleLines(), (now) => now.join('\n') === expectedLines.join('\n'),
            { what: 'the canonical layout in the editor' });
        // a few lines by hand: one property per line, 4-space indentation, blank lines between elements
        expect(lines.slice(1, 7)).toEqual([
            'ambition ProbeTidy "Files anyone can read" {',
            '    horizon 2030',
            '    owner "Board"',
            '}',
            '',
            'strategy ProbeNeat "Keep every file neat" {'
        ]);
        expect(lines).toContain('        measures ProbeLayout');
        expect(lines).toContain('        initiative "Format on save" done');
        await checkpoint(session(), import.meta.filename, 'formatted');

        await workbench.save();
        await waitUntil(async () => workspace.read(MESSY_FILE), (text) => text === expected, { what: `${MESSY_FILE} saved in the canonical layout` });
    });
});
