/**
 * Clicking an element or a diagnostic in the preview: open its document, select its name and
 * show it — in the editor that already shows the document, else in the column the user opened
 * the preview from.
 */
import type { ViewColumn } from 'vscode';
import { Position, Range, Selection, TextEditorRevealType, Uri, window, workspace } from 'vscode';
import type { RevealMessage } from './preview-protocol.js';

/** An element's name: what the scorecard's locations point at. */
const NAME = /[\p{L}_][\p{L}\p{N}_]*/u;

export async function revealInEditor(place: RevealMessage, fallbackColumn: ViewColumn | undefined): Promise<void> {
    const uri = Uri.parse(place.uri, true);
    const document = await workspace.openTextDocument(uri);
    const position = document.validatePosition(new Position(place.line, place.character));
    const range = document.getWordRangeAtPosition(position, NAME) ?? new Range(position, position);
    const shownIn = window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    const editor = await window.showTextDocument(document, {
        viewColumn: shownIn?.viewColumn ?? fallbackColumn,
        preserveFocus: false,
    });
    // the name selected, the cursor at its start (as after Go to Definition)
    editor.selection = new Selection(range.end, range.start);
    editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
}
