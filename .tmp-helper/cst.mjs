import { EmptyFileSystem, CstUtils, URI } from 'langium';
import { createStratServices } from '/work/main/packages/language/out/strat-module.js';
const { Strat } = createStratServices(EmptyFileSystem);
const doc = Strat.shared.workspace.LangiumDocumentFactory.fromString('/* h */ kpi K "k" { // t\n target >= 1 /* x */ checkin 2026-01 3\n confidence 5 }\n// end\n', URI.file('/a.strat'));
for (const n of CstUtils.streamCst(doc.parseResult.value.$cstNode)) if (CstUtils.isLeafCstNode?.(n) ?? !('content' in n)) console.log(JSON.stringify(n.text), n.hidden, n.astNode.$type, n.grammarSource?.$type, n.tokenType?.name);
console.log(doc.parseResult.parserErrors.map(e=>e.message), doc.parseResult.lexerErrors);
for (const n of CstUtils.streamCst(doc.parseResult.value.$cstNode)) console.log(n.constructor.name, JSON.stringify(n.text).slice(0,30), n.astNode.$type);
