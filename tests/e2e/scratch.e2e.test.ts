import { describe, expect, it } from 'vitest';
import { PROBE, PROBE_FILE } from './harness/fixtures.ts';
import { useSession } from './harness/vitest.ts';

describe('scratch', () => {
    const session = useSession(import.meta.filename, { files: { 'x.ts': 'export const x: strin = "";\n', [PROBE_FILE]: PROBE } });
    it('helpers', async () => {
        const { workbench } = session();
        await workbench.openFile('x.ts');
        await workbench.goTo(1, 18);
        console.log('fixes', await workbench.quickFixes("Change spelling to 'string'"));
        await workbench.applyQuickFix("Change spelling to 'string'");
        console.log(await workbench.visibleLines());
        await workbench.openFile(PROBE_FILE);
        console.log('hover', await workbench.hoverAt(2, 7, 'kpi-no-target'));
        await workbench.page.keyboard.press('Escape');
        console.log('hover2', await workbench.hoverOver('ProbeNoTarget', 'kpi-no-target'));
        expect(1).toBe(1);
    });
});
