/** Applying what the language server returns (text edits, workspace edits) to test files. */
import { TextDocument } from 'langium';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export function applyTextEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///edit.strat', 'strat', 0, text), edits);
}

/** Applies a workspace edit to `name → text` files kept under `file:///ws/<name>` (as lspWorkspace names them). */
export function applyWorkspaceEdit(files: Record<string, string>, edit: WorkspaceEdit | undefined | null): Record<string, string> {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        const name = uri.replace('file:///ws/', '');
        if (!(name in result)) {
            throw new Error(`the edit changes ${uri}, which is not a file of the test workspace`);
        }
        result[name] = applyTextEdits(result[name], edits);
    }
    return result;
}
