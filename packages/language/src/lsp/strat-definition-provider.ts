/**
 * Go to definition: Langium's, for names; and on `actuals from "PATH"`, the data file itself — a
 * CSV at the row of the KPI's latest value (docs/language.md#data-files).
 */
import { CstUtils, URI, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import { isActualsSource, isKpi } from '../generated/ast.js';
import type { DataFiles } from '../data/data-files.js';
import { dataFileFormat } from '../data/data-path.js';
import type { StratServices } from '../strat-module.js';

export class StratDefinitionProvider extends DefaultDefinitionProvider {
    private readonly dataFiles: DataFiles;

    constructor(services: StratServices) {
        super(services);
        this.dataFiles = services.data.DataFiles;
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const source = leaf?.astNode;
        if (leaf && isActualsSource(source) && isKpi(source.$container)) {
            const outcome = this.dataFiles.outcomeOf(source.$container);
            if (!outcome?.file) return undefined;
            // A CSV opens at the line of the latest value; a spreadsheet at its start.
            const line = outcome.latest && dataFileFormat(outcome.file.path) !== 'xlsx' ? outcome.latest.row - 1 : 0;
            const target = { start: { line, character: 0 }, end: { line, character: 0 } };
            return [{ originSelectionRange: leaf.range, targetUri: URI.parse(outcome.file.toString()).toString(), targetRange: target, targetSelectionRange: target }];
        }
        return super.getDefinition(document, params);
    }
}
