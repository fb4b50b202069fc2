import { it } from 'vitest';
import { applyWorkspaceEdit } from './apply-edits.js';
import { lspWorkspace } from './lsp-workspace.js';
const cases: Array<[string, string]> = [
  ['okr O "Grow" { cycle 2026-Q1 }\n', 'kr-count'],
  ['okr O "Grow" { cycle 2026-Q1 key result "a" { from 0 to 1 } }\n', 'kr-count'],
  ['okr O "Grow" { cycle 2026-Q1 key result "a" { from 0 to 1 } key result "b" { from 0 to 1 } }\n', 'okr-no-plan'],
  ['kpi K "k" { monitors S }\nstrategy S "s" {}\n', 'kpi-no-target'],
  ['kpi K "k" {}\n', 'kpi-no-target'],
  ['okr O "Grow" {key result "a" { from 0 to 1 } key result "b" { from 0 to 1 } }\n', 'okr-no-cycle'],
  ['okr Six "Rule" { cycle 2026-Q3\n    key result "1" { from 70 to 100 }\n    key result "2" { from 70 to 100 }\n    key result "3" { from 70 to 100 } key result "4" { from 70 to 100 }\n    key result "5" { from 70 to 100 }\n    key result "6" { from 70 to 100 }   key result "7" { from 70 to 100 }\n    plan { initiative "Price review" }\n} // end\n', 'kr-count'],
  ['kpi R "r" { rewarded target >= 1 }\nokr O "o" { key result "a" { measures R from 0 to 1 } key result "b" { from 0 to 1 } }\n', 'reward-kpi-in-okr'],
];
it('debug', async () => {
  for (const [text, code] of cases) {
    const ws = await lspWorkspace({ 'a.strat': text });
    const d = ws.doc('a.strat').diagnostics!.find(x => x.code === code)!;
    const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(ws.doc('a.strat'), { textDocument: { uri: '' }, range: d.range, context: { diagnostics: [d] } });
    for (const a of actions ?? []) {
      if (!('edit' in a)) continue;
      console.log(JSON.stringify(a.edit), `--- ${code}: ${a.title}\n` + applyWorkspaceEdit({ 'a.strat': text }, a.edit)['a.strat']);
    }
  }
});
