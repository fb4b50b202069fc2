/**
 * "Strat: Preview as Everyone" and "Strat: Preview as Internal": switch the previews' audience
 * (the preview toolbar's lock button runs them). With no preview open, one opens beside the
 * editor, since the user asked to see the scorecard.
 */
import type { Audience } from '@strat/language';
import type { Disposable } from 'vscode';
import { commands } from 'vscode';
import type { PreviewAudience } from '../preview/preview-audience.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import { COMMANDS } from './command-ids.js';

export function registerAudienceCommands(audience: PreviewAudience, previews: PreviewManager): Disposable[] {
    const previewAs = (chosen: Audience) => () => {
        audience.set(chosen);
        if (!previews.isShowing) previews.open({ toSide: true });
    };
    return [
        commands.registerCommand(COMMANDS.previewAsEveryone, previewAs('public')),
        commands.registerCommand(COMMANDS.previewAsInternal, previewAs('internal')),
    ];
}
