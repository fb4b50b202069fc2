/** "Strat: Compare Scorecard with…" (a git revision, default HEAD) and "Strat: Stop Comparing". */
import type { Disposable } from 'vscode';
import { commands } from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';
import { COMMANDS } from './command-ids.js';

export function registerCompareCommands(previews: PreviewManager): Disposable[] {
    return [
        // A revision may be passed (tests, keybindings with args); otherwise the user picks one.
        commands.registerCommand(COMMANDS.compareScorecard, (ref?: unknown) => previews.compare(typeof ref === 'string' && ref.trim() !== '' ? ref : undefined)),
        commands.registerCommand(COMMANDS.stopComparing, () => previews.stopComparing()),
    ];
}
