/**
 * The preview commands: open the scorecard (in place or to the side), switch its scope, and the
 * OKR code lens' "open the scorecard at this OKR" (arguments: document URI string, OKR name).
 */
import type { Disposable } from 'vscode';
import { commands, Uri } from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';
import { COMMANDS } from './command-ids.js';

/**
 * The document a command was invoked for: the editor title and explorer menus pass a `Uri`, the
 * code lens a URI string; from the palette there is none.
 */
function documentArgument(value: unknown): Uri | undefined {
    if (value instanceof Uri) return value;
    if (typeof value === 'string' && value.length > 0) return Uri.parse(value, true);
    return undefined;
}

export function registerPreviewCommands(previews: PreviewManager): Disposable[] {
    return [
        commands.registerCommand(COMMANDS.openScorecard, (resource?: unknown, okr?: unknown) => {
            const fromCodeLens = typeof resource === 'string' && typeof okr === 'string';
            previews.open({
                document: documentArgument(resource),
                toSide: fromCodeLens,
                okr: typeof okr === 'string' ? okr : undefined,
            });
        }),
        commands.registerCommand(COMMANDS.openScorecardToSide, (resource?: unknown) => {
            previews.open({ document: documentArgument(resource), toSide: true });
        }),
        commands.registerCommand(COMMANDS.toggleScorecardScope, () => {
            previews.toggleScope();
        }),
    ];
}
