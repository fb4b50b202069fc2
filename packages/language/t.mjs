import { findStratFiles, loadWorkspace } from './out/node.js';
const orig = console.error;
console.error = (...a) => { orig(...a); if (a[1]?.stack) orig(a[1].stack.split('\n').slice(0, 30).join('\n')); };
const { documents } = await loadWorkspace(['/tmp/t2.strat']);
console.log(documents[0].diagnostics.length);
