import { EmptyFileSystem, URI, TextDocument } from 'langium';
import { readFileSync } from 'node:fs';
import { createStratServices } from '/work/main/packages/language/out/strat-module.js';
const { Strat } = createStratServices(EmptyFileSystem);
const file = process.argv[2];
const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
const doc = Strat.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/x.strat'));
const edits = await Strat.lsp.Formatter.formatDocument(doc, { textDocument: { uri: 'x' }, options: { tabSize: 4, insertSpaces: true } });
process.stdout.write(TextDocument.applyEdits(doc.textDocument, edits));
